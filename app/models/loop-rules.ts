// The proposal state machine as data: which action moves a proposal from
// which states to which, and who may take it. Domain functions check every
// action here first, so a refused transition always says why.
import type { ProposalState } from "../../db/loop.schema";

/** The actor's relation to the proposal, not just their account role. */
export type Actor = "author" | "cosigner" | "staff" | "department" | "public";

export type ProposalAction =
  | "edit"
  | "invite"
  | "submit"
  | "withdraw"
  | "accept"
  | "return"
  | "reject"
  | "convert"
  | "merge"
  | "mark_key"
  | "assign"
  | "evaluate"
  | "close";

interface Rule {
  from: ProposalState[];
  /** null: the target depends on the input (evaluate, assign). */
  to: ProposalState | null;
  actors: Actor[];
  label: string;
}

export const PROPOSAL_RULES: Record<ProposalAction, Rule> = {
  edit: { from: ["draft"], to: "draft", actors: ["author"], label: "修改草稿" },
  invite: { from: ["draft"], to: "draft", actors: ["author"], label: "邀请联名" },
  submit: { from: ["draft"], to: "submitted", actors: ["author"], label: "提交" },
  withdraw: { from: ["draft", "submitted"], to: "withdrawn", actors: ["author"], label: "撤回" },
  accept: { from: ["submitted"], to: "accepted", actors: ["staff"], label: "立案" },
  return: { from: ["submitted"], to: "draft", actors: ["staff"], label: "退回修改" },
  reject: { from: ["submitted"], to: "not_accepted", actors: ["staff"], label: "不予立案" },
  convert: { from: ["submitted"], to: "converted", actors: ["staff"], label: "转为意见建议" },
  merge: { from: ["submitted"], to: "merged", actors: ["staff"], label: "并案" },
  mark_key: { from: ["accepted", "assigned", "replied", "rehandling"], to: null, actors: ["staff"], label: "设为重点提案" },
  assign: { from: ["accepted"], to: "assigned", actors: ["staff"], label: "交办" },
  evaluate: { from: ["replied"], to: null, actors: ["author"], label: "评价答复" },
  close: { from: ["replied"], to: "closed", actors: ["staff"], label: "办结" },
};

export const STATE_LABELS: Record<ProposalState, string> = {
  draft: "草稿",
  submitted: "已提交，待审查",
  accepted: "已立案，待交办",
  not_accepted: "不予立案",
  converted: "已转为意见建议",
  merged: "已并案",
  assigned: "办理中",
  replied: "已答复",
  rehandling: "重办中",
  closed: "已办结",
  withdrawn: "已撤回",
};

const ACTOR_LABELS: Record<Actor, string> = {
  author: "提案人",
  cosigner: "联名人",
  staff: "提案工作人员",
  department: "承办单位",
  public: "公众",
};

/** null when allowed; otherwise the reason, in Chinese, for the UI and the API. */
export function refusal(action: ProposalAction, state: ProposalState, actors: Actor[]): string | null {
  const rule = PROPOSAL_RULES[action];
  if (!rule.actors.some((a) => actors.includes(a))) {
    return `只有${rule.actors.map((a) => ACTOR_LABELS[a]).join("或")}可以${rule.label}`;
  }
  if (!rule.from.includes(state)) {
    return `提案当前为“${STATE_LABELS[state]}”，不能${rule.label}`;
  }
  return null;
}

export const ASSIGNMENT_STATE_LABELS = {
  assigned: "待签收",
  signed: "办理中",
  reassignment_requested: "申请调整中",
  replied: "已答复",
  rehandling: "重办中",
  closed: "已办结",
  withdrawn: "已撤回",
} as const;

export const ROLE_LABELS_ASSIGNMENT = { sole: "单办", lead: "主办", co: "会办", separate: "分办" } as const;

export const CATEGORY_LABELS = {
  A: "A类（已解决或基本解决）",
  B: "B类（列入计划拟解决）",
  C: "C类（因条件限制暂时无法解决）",
  D: "D类（留作参考）",
} as const;

export const SATISFACTION_LABELS = { satisfied: "满意", basically_satisfied: "基本满意", unsatisfied: "不满意" } as const;
