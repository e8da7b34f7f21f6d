// The assignment and reply state machines as data (交办、答复), in the style of
// loop-rules.ts: which action moves an assignment from which states, on which
// kind of assignment (a proposal's, or a research-report recommendation's), for
// which handling role, and who takes it. Domain functions check every action
// here first, and loaders derive their `can` maps from it, so no page restates
// a rule and a refusal always says why (403 wrong person, 409 wrong moment or
// wrong kind of assignment).
import type { AssignmentState } from "../../../db/loop.schema";
import { ASSIGNMENT_ROLE_LABELS, ASSIGNMENT_STATE_LABELS } from "../../utils/labels";

export type AssignmentRole = "sole" | "lead" | "co" | "separate";
/** What the assignment is for: a whole proposal (按件交办) or one recommendation of a report (逐条交办). */
export type AssignmentSubject = "proposal" | "recommendation";
/** The assigned department's own people (or its token) or staff (提案工作人员). */
export type AssignmentActor = "department" | "staff";

export type AssignmentAction =
  | "sign"
  | "request_reassignment"
  | "decide_reassignment"
  | "note"
  | "send_opinion"
  | "waive_opinion"
  | "reply"
  | "correct_reply"
  | "report_adoption";

interface AssignmentRule {
  subjects: AssignmentSubject[];
  roles: AssignmentRole[];
  from: AssignmentState[];
  /** null: stays, or depends on the input. */
  to: AssignmentState | null;
  actor: AssignmentActor;
  label: string;
  /** Added to the refusal in these states (what to do first). */
  hint?: Partial<Record<AssignmentState, string>>;
}

const ALL_ROLES: AssignmentRole[] = ["sole", "lead", "co", "separate"];
export const FORMAL_ROLES: AssignmentRole[] = ["sole", "lead", "separate"];
const BOTH: AssignmentSubject[] = ["proposal", "recommendation"];

export const ASSIGNMENT_RULES: Record<AssignmentAction, AssignmentRule> = {
  sign: { subjects: BOTH, roles: ALL_ROLES, from: ["assigned"], to: "signed", actor: "department", label: "签收" },
  request_reassignment: {
    subjects: BOTH,
    roles: ALL_ROLES,
    from: ["assigned", "signed"],
    to: "reassignment_requested",
    actor: "department",
    label: "申请调整",
  },
  decide_reassignment: { subjects: BOTH, roles: ALL_ROLES, from: ["reassignment_requested"], to: null, actor: "staff", label: "处理调整申请" },
  note: { subjects: ["proposal"], roles: ALL_ROLES, from: ["assigned", "signed", "rehandling"], to: null, actor: "department", label: "记录办理情况" },
  send_opinion: {
    subjects: ["proposal"],
    roles: ["co"],
    from: ["signed"],
    to: "replied",
    actor: "department",
    label: "提交会办意见",
    hint: { assigned: "（请先签收）" },
  },
  waive_opinion: {
    subjects: ["proposal"],
    roles: ["co"],
    from: ["assigned", "signed", "reassignment_requested"],
    to: null,
    actor: "staff",
    label: "免除会办意见",
  },
  reply: {
    subjects: ["proposal"],
    roles: FORMAL_ROLES,
    from: ["signed", "rehandling"],
    to: null,
    actor: "department",
    label: "答复",
    hint: { assigned: "（请先签收）" },
  },
  correct_reply: { subjects: ["proposal"], roles: FORMAL_ROLES, from: ["signed", "rehandling", "replied"], to: null, actor: "department", label: "更正答复" },
  report_adoption: {
    subjects: ["recommendation"],
    roles: ALL_ROLES,
    from: ["assigned", "signed", "replied"],
    to: null,
    actor: "department",
    label: "报告采纳情况",
  },
};

export const ASSIGNMENT_ACTIONS = Object.keys(ASSIGNMENT_RULES) as AssignmentAction[];

const WRONG_SUBJECT: Record<AssignmentSubject, string> = {
  proposal: "这是提案的交办（按件办理，采纳情况在正式答复中逐条标注）",
  recommendation: "这是调研报告建议的交办（逐条报告采纳情况和进度）",
};

export interface AssignmentFacts {
  subject: AssignmentSubject;
  role: AssignmentRole;
  state: AssignmentState;
}

export type RefusalCode = "forbidden" | "conflict";

/** null when allowed; otherwise the reason (Chinese) and its code: 403 wrong person, 409 wrong kind or moment. */
export function assignmentRefusal(action: AssignmentAction, a: AssignmentFacts, actor: AssignmentActor | null): { message: string; code: RefusalCode } | null {
  const rule = ASSIGNMENT_RULES[action];
  if (!rule.subjects.includes(a.subject)) return { message: `${WRONG_SUBJECT[a.subject]}，不能${rule.label}`, code: "conflict" };
  if (actor !== rule.actor) {
    return { message: `只有${rule.actor === "staff" ? "提案工作人员" : "承办单位"}可以${rule.label}`, code: "forbidden" };
  }
  if (!rule.roles.includes(a.role)) {
    const who = rule.roles.map((r) => ASSIGNMENT_ROLE_LABELS[r]).join("、");
    const instead = a.role === "co" && action === "reply" ? "，请提交会办意见" : "";
    return { message: `${ASSIGNMENT_ROLE_LABELS[a.role]}单位不能${rule.label}（限${who}单位）${instead}`, code: "conflict" };
  }
  if (!rule.from.includes(a.state)) {
    return { message: `该交办当前为“${ASSIGNMENT_STATE_LABELS[a.state]}”，不能${rule.label}${rule.hint?.[a.state] ?? ""}`, code: "conflict" };
  }
  return null;
}

/** What the viewer may do now, for a page's `can` map (the same table the domain checks). */
export function assignmentCan(a: AssignmentFacts, actor: AssignmentActor | null): Record<AssignmentAction, boolean> {
  return Object.fromEntries(ASSIGNMENT_ACTIONS.map((x) => [x, assignmentRefusal(x, a, actor) === null])) as Record<AssignmentAction, boolean>;
}

export const subjectOf = (a: { proposalId: number | null }): AssignmentSubject => (a.proposalId ? "proposal" : "recommendation");

// ───────────────────────────── replies ─────────────────────────────

export type ReplyState = "pending" | "published" | "rejected";
export type ReplyAction = "approve" | "reject";

/** Staff review (答复审核): a pending reply is published or sent back once; nothing else moves a reply. */
export const REPLY_RULES: Record<ReplyAction, { from: ReplyState[]; to: ReplyState; label: string }> = {
  approve: { from: ["pending"], to: "published", label: "通过" },
  reject: { from: ["pending"], to: "rejected", label: "驳回" },
};

export const REPLY_STATE_LABELS: Record<ReplyState, string> = { pending: "待审核", published: "已公开", rejected: "已驳回" };

export function replyRefusal(action: ReplyAction, state: ReplyState, isStaffUser: boolean): { message: string; code: RefusalCode } | null {
  if (!isStaffUser) return { message: "只有提案工作人员可以审核答复", code: "forbidden" };
  if (!REPLY_RULES[action].from.includes(state)) return { message: "该答复已审核过", code: "conflict" };
  return null;
}

/** What 交办 is asked to do with which departments (the staff form, the API). */
export interface AssignmentChoice {
  mode?: string;
  leadDepartmentId?: number | null;
  coDepartmentIds?: number[];
  separateDepartmentIds?: number[];
}

/**
 * 交办's rules on the departments chosen, which need no database: the problems, in the
 * order assignProposal reports them. The staff form shows them all at once
 * (loop-schemas.ts, assignFormRules); the domain throws the first.
 */
export function assignmentChoiceProblems(v: AssignmentChoice): { field: keyof AssignmentChoice; message: string }[] {
  const problems: { field: keyof AssignmentChoice; message: string }[] = [];
  const unique = (list: unknown) => [...new Set(Array.isArray(list) ? (list as number[]) : [])];
  if ((v.mode === "single" || v.mode === "lead_co") && !v.leadDepartmentId) problems.push({ field: "leadDepartmentId", message: "请选择主办单位" });
  if (v.mode === "lead_co" && !unique(v.coDepartmentIds).some((d) => d !== v.leadDepartmentId)) problems.push({ field: "coDepartmentIds", message: "主办/会办须至少选择一个会办单位" });
  if (v.mode === "separate" && unique(v.separateDepartmentIds).length < 2) problems.push({ field: "separateDepartmentIds", message: "分办须至少选择两个承办单位" });
  return problems;
}
