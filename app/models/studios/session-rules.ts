// The life of a consultation session (协商活动) as data: draft → published ⇄
// closed (sign-ups) → held (minutes recorded), or cancelled with a reason;
// and what organisers may do in each state (edit, minutes, 社情民意).
// session-transitions, studio-sessions and session-outcomes check every action
// here; the management page's `can` map is computed from it. Sign-ups and
// attendance are in signup-rules.ts.
// Pure: no I/O.
import { sessionStatusEnum, type SessionStatus } from "../../../db/studios.schema";
import type { Rule } from "../platform/state-table";
import { SESSION_STATUS_LABELS } from "./studio-labels";

export const SESSION_STATES: readonly SessionStatus[] = sessionStatusEnum.enumValues;

/** `organiser`: staff (admins included) and the studio's lead (工作室召集人). */
export type SessionActor = "organiser";

export type SessionTransition = "publish" | "close" | "reopen" | "cancel" | "hold";
export type SessionAction = SessionTransition | "edit" | "minutes" | "opinion";

const NOT_ORGANISER = { message: "只有提案工作人员和本工作室召集人可以管理本工作室", code: "forbidden" } as const;

function transition(from: SessionStatus[], to: SessionStatus, label: string, event: string): Rule<SessionStatus, SessionActor> & { event: string } {
  return {
    from,
    to,
    actors: ["organiser"],
    label,
    event,
    refuse: { actor: NOT_ORGANISER, state: (s) => ({ message: `活动当前为“${SESSION_STATUS_LABELS[s]}”，不能${label}`, code: "conflict" }) },
  };
}

/** Status changes, each with the event it writes. */
export const SESSION_TRANSITIONS: Record<SessionTransition, Rule<SessionStatus, SessionActor> & { event: string }> = {
  publish: transition(["draft"], "published", "发布", "session.published"),
  close: transition(["published"], "closed", "截止报名", "session.closed"),
  reopen: transition(["closed"], "published", "重新开放报名", "session.reopened"),
  // With a reason; everyone signed up is told.
  cancel: transition(["draft", "published", "closed"], "cancelled", "取消", "session.cancelled"),
  // With the minutes, once the session has begun.
  hold: transition(["published", "closed"], "held", "记录为已举行", "session.held"),
};

export const SESSION_RULES: Record<SessionAction, Rule<SessionStatus, SessionActor>> = {
  ...SESSION_TRANSITIONS,
  edit: {
    from: ["draft", "published", "closed"],
    to: null,
    actors: ["organiser"],
    label: "修改",
    refuse: { actor: NOT_ORGANISER, state: (s) => ({ message: `活动${SESSION_STATUS_LABELS[s]}，不能再修改`, code: "conflict" }) },
  },
  minutes: {
    from: ["held"],
    to: null,
    actors: ["organiser"],
    label: "更新纪要",
    refuse: { actor: NOT_ORGANISER, state: { message: "只有已举行的活动才有纪要", code: "conflict" } },
  },
  opinion: {
    from: ["held"],
    to: null,
    actors: ["organiser"],
    label: "登记社情民意",
    refuse: { actor: NOT_ORGANISER, state: { message: "活动记录为已举行后才能登记社情民意", code: "conflict" } },
  },
};
