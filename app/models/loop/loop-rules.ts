// The proposal state machine as data: which action moves a proposal from
// which states to which, and who may take it. Domain functions check every
// action here first, so a refused transition always says why.
import type { ProposalState } from "../../../db/loop.schema";
import { PROPOSAL_STATE_LABELS } from "../../utils/labels";

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
    return `提案当前为“${PROPOSAL_STATE_LABELS[state]}”，不能${rule.label}`;
  }
  return null;
}
