// Sign-ups for a consultation session (报名) as data: a person in the
// session's audience signs up while sign-ups are open (confirmed, or
// waitlisted beyond capacity); they cancel before it begins; a waitlisted
// place is confirmed when one frees up; organisers mark who came among the
// confirmed. `within` is the session's status (session-rules.ts).
// session-signups.server.ts and session-capacity.server.ts check every action
// here; the session page's `can` map is computed from it.
// Pure: no I/O.
import { signupStatusEnum, type SessionStatus, type SignupStatus } from "../../../db/studios.schema";
import type { Rule } from "../platform/state-table";
import { SESSION_STATUS_LABELS } from "./studio-labels";

/** A person's sign-up for one session; `none` when they never signed up. */
export type SignupState = "none" | SignupStatus;

export const SIGNUP_STATES: readonly SignupState[] = ["none", ...signupStatusEnum.enumValues];

/**
 * `audience`: in the session's audience (members, and for public sessions
 * anyone); `participant`: the person the sign-up is for; `organiser`: staff
 * and the studio's lead; `system`: the application (the waitlist).
 */
export type SignupActor = "audience" | "participant" | "organiser" | "system";

export type SignupAction = "sign_up" | "cancel" | "promote" | "attend";

export const SIGNUP_RULES: Record<SignupAction, Rule<SignupState, SignupActor, SessionStatus>> = {
  // Also within the sign-up window (signupOpenness); confirmed or waitlisted by capacity.
  sign_up: {
    from: ["none", "cancelled"],
    to: null,
    actors: ["audience"],
    within: ["published"],
    label: "报名",
    refuse: {
      actor: { message: "本次活动仅限政协委员报名", code: "forbidden" },
      within: (s) => ({ message: s === "closed" ? "报名已截止" : `活动${SESSION_STATUS_LABELS[s]}，不能报名`, code: "conflict" }),
      state: { message: "您已报名本次活动", code: "conflict" },
    },
    order: ["actor", "within", "state"],
  },
  // Also before the session begins; a confirmed place goes to the waitlist.
  cancel: {
    from: ["confirmed", "waitlisted"],
    to: "cancelled",
    actors: ["participant"],
    within: ["published", "closed"],
    label: "取消报名",
    refuse: {
      actor: { message: "只能取消自己的报名", code: "forbidden" },
      state: { message: "您没有报名本次活动", code: "not_found" },
      within: (s) => ({ message: `活动${SESSION_STATUS_LABELS[s]}，不能取消报名`, code: "conflict" }),
    },
    order: ["state", "within", "actor"],
  },
  // When a place is free, in the order people joined the waitlist.
  promote: {
    from: ["waitlisted"],
    to: "confirmed",
    actors: ["system"],
    within: ["published", "closed"],
    label: "候补转正",
    refuse: {
      actor: { message: "候补由系统按顺序递补", code: "forbidden" },
      state: { message: "只有候补的报名可以递补", code: "conflict" },
      within: (s) => ({ message: `活动${SESSION_STATUS_LABELS[s]}，不能递补`, code: "conflict" }),
    },
  },
  // Also once the session has begun.
  attend: {
    from: ["confirmed"],
    to: null, // sets `attended`
    actors: ["organiser"],
    within: ["published", "closed", "held"],
    label: "登记出席",
    refuse: {
      actor: { message: "只有提案工作人员和本工作室召集人可以管理本工作室", code: "forbidden" },
      state: { message: "只有已确认的报名可以登记出席", code: "conflict" },
      within: { message: "该活动不能登记出席", code: "conflict" },
    },
  },
};
