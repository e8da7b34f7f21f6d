// 双通道反馈 as data. Feedback on a published entry has two states: the
// question's moderation (pending → approved or rejected, by staff) and the
// answer's (none → pending → approved, or rejected and answered again). The
// responsible department answers — before or after the question is moderated,
// never a rejected one — and staff other than the answerer moderate the answer;
// an answer is made public only under an approved question.
// catalogue-feedback.server.ts checks every action here; the entry page's
// per-feedback `can` map is computed from it. Asking is the entry's `ask` rule.
// Pure: no I/O.
import { catalogueModerationEnum } from "../../../db/catalogues.schema";
import type { Rule } from "../platform/state-table";

export type Moderation = (typeof catalogueModerationEnum.enumValues)[number];
/** The answer's state; `none` until someone answers. */
export type AnswerState = "none" | Moderation;

export const QUESTION_STATES: readonly Moderation[] = catalogueModerationEnum.enumValues;
export const ANSWER_STATES: readonly AnswerState[] = ["none", ...catalogueModerationEnum.enumValues];

/** `responsible`: the entry's responsible people; `staff`: 信息公开工作人员 and admins; `answerer`: who wrote the pending answer. */
export type FeedbackActor = "responsible" | "staff" | "answerer";

export type QuestionAction = "moderate";
export type AnswerAction = "answer" | "revise" | "approve_answer" | "reject_answer";

/** The question: staff approve (make public) or reject it, once. */
export const QUESTION_RULES: Record<QuestionAction, Rule<Moderation, FeedbackActor>> = {
  moderate: {
    from: ["pending"],
    to: null, // approved or rejected, as decided
    actors: ["staff"],
    label: "审核提问",
    refuse: { actor: { message: "只有工作人员可以审核反馈", code: "forbidden" }, state: { message: "该反馈已审核过", code: "conflict" } },
  },
};

const ANSWER_REFUSALS = {
  actor: { message: "只有责任单位可以答复", code: "forbidden" },
  within: { message: "该反馈未通过审核，无需答复", code: "conflict" },
  state: { message: "该反馈已有公开的答复", code: "conflict" },
} as const;

const REVIEW_REFUSALS = {
  actor: { message: "只有工作人员可以审核答复", code: "forbidden" },
  state: { message: "没有待审核的答复", code: "conflict" },
  notBy: { message: "不能审核自己写的答复", code: "forbidden" },
  within: { message: "请先审核通过提问，再公开答复", code: "conflict" },
} as const;

/** The answer; `within` is the question's moderation. */
export const ANSWER_RULES: Record<AnswerAction, Rule<AnswerState, FeedbackActor, Moderation>> = {
  answer: {
    from: ["none", "rejected"],
    to: "pending",
    actors: ["responsible", "staff"],
    within: ["pending", "approved"],
    label: "答复",
    refuse: ANSWER_REFUSALS,
    order: ["actor", "within", "state"],
  },
  // A new text for an answer still waiting for moderation (the pages offer `answer` only).
  revise: {
    from: ["pending"],
    to: "pending",
    actors: ["responsible", "staff"],
    within: ["pending", "approved"],
    label: "修改待审核的答复",
    refuse: ANSWER_REFUSALS,
    order: ["actor", "within", "state"],
  },
  approve_answer: {
    from: ["pending"],
    to: "approved",
    actors: ["staff"],
    notBy: ["answerer"],
    within: ["approved"],
    label: "公开答复",
    refuse: REVIEW_REFUSALS,
    order: ["actor", "state", "notBy", "within"],
  },
  reject_answer: {
    from: ["pending"],
    to: "rejected",
    actors: ["staff"],
    notBy: ["answerer"],
    label: "退回答复",
    refuse: REVIEW_REFUSALS,
    order: ["actor", "state", "notBy"],
  },
};

export function answerStateOf(f: { answerStatus: Moderation | null }): AnswerState {
  return f.answerStatus ?? "none";
}
