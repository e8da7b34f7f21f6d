// Display labels shared by server and browser code (so not in *.server.ts).
import type { HandlingNoteKind, Satisfaction } from "../../db/enums";
import type { Role } from "../../db/schema";

export const ROLE_LABELS: Record<Role, string> = {
  public: "公众",
  member: "政协委员",
  organisation: "党派团体",
  department: "承办单位",
  staff: "提案工作人员",
  admin: "管理员",
};

export const LEVEL_LABELS = { province: "省级", city: "市级", district: "区县级" } as const;

export const DEPARTMENT_KIND_LABELS = {
  party: "党委部门",
  government: "政府部门",
  court: "法院",
  procuratorate: "检察院",
  mass: "群团组织",
  enterprise: "企事业单位",
  other: "其他",
} as const;

export const ORGANISATION_KIND_LABELS = {
  party: "民主党派",
  federation: "工商联",
  committee: "专门委员会",
  sector: "界别",
} as const;

export const DOCUMENT_KIND_LABELS = {
  research_report: "调研报告",
  party_proposal: "党派提案",
  member_proposal: "委员提案",
  joint_proposal: "联名提案",
  committee_proposal: "专委会提案",
  social_opinion: "社情民意",
} as const;

export const MENTION_ROLE_LABELS = { lead: "牵头", co: "配合", mentioned: "提及" } as const;

export const PROPOSAL_STATE_LABELS = {
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
} as const;

export const ASSIGNMENT_STATE_LABELS = {
  assigned: "待签收",
  signed: "办理中",
  reassignment_requested: "申请调整中",
  replied: "已答复",
  rehandling: "重办中",
  closed: "已办结",
  withdrawn: "已撤回",
} as const;

export const ASSIGNMENT_ROLE_LABELS = { sole: "单办", lead: "主办", co: "会办", separate: "分办" } as const;

export const REPLY_CATEGORY_LABELS = {
  A: "A类：已解决或基本解决",
  B: "B类：列入计划拟解决",
  C: "C类：因条件限制暂时无法解决",
  D: "D类：留作参考",
} as const;

export const REPLY_KIND_LABELS = { formal: "正式答复", holding: "阶段性答复", co_opinion: "会办意见" } as const;

/** 采纳情况 (one enum for report and proposal recommendations). */
export const ADOPTION_LABELS = { adopted: "已采纳", partly: "部分采纳", reference: "留作参考", not_adopted: "不采纳" } as const;

/** What a node of a document is (node-kinds.ts). */
export const NODE_KIND_LABELS = { recommendation: "建议", background: "背景情况", heading: "标题" } as const;

export const SATISFACTION_LABELS = { satisfied: "满意", basically_satisfied: "基本满意", unsatisfied: "不满意" } as const satisfies Record<Satisfaction, string>;

export const NOTE_KIND_LABELS = { progress: "办理进展", meeting: "面商", forum: "座谈", phone: "电话", letter: "函件" } as const satisfies Record<HandlingNoteKind, string>;

export const TIMELINE_LABELS: Record<string, string> = {
  "proposal.submitted": "提交",
  "proposal.accepted": "立案",
  "proposal.assigned": "交办",
  "proposal.merged_in": "并入相似提案",
  "assignment.signed": "承办单位签收",
  "assignment.reassignment_approved": "调整承办单位",
  "reply.published": "答复公开",
  "proposal.replied": "全部答复完成",
  "proposal.evaluated": "提案人评价",
  "proposal.rehandling": "重办",
  "proposal.closed": "办结",
  "proposal.closed_after_silence": "办结（提案人逾期未评价）",
  "proposal.marked_key": "列为重点提案",
  "assignment.co_opinion_sent": "会办单位提交会办意见",
  "assignment.opinion_waived": "免除会办意见",
};

// Routes take enum values from here, never from db/ (routes stay out of the data layer).
export { HANDLING_NOTE_KINDS, SATISFACTION_VALUES } from "../../db/enums";

/** The department workbench's buckets (app/models/loop/department-workbench.server.ts), in the order it shows them. */
export const WORKBENCH_BUCKET_LABELS = {
  new: "新交办",
  overdue: "已逾期",
  due_soon: "10 个工作日内到期",
  in_progress: "办理中",
  replied: "已答复",
  evaluated: "已办结",
  withdrawn: "已撤回",
} as const;
export type WorkbenchBucket = keyof typeof WORKBENCH_BUCKET_LABELS;
export const WORKBENCH_BUCKETS = Object.keys(WORKBENCH_BUCKET_LABELS) as [WorkbenchBucket, ...WorkbenchBucket[]];
/** The filters of the department's paged list of research-report recommendations. */
export const RECOMMENDATION_FILTER_LABELS = { open: "办理中", done: "已答复与已办结" } as const;
export type RecommendationFilter = keyof typeof RECOMMENDATION_FILTER_LABELS;
export const RECOMMENDATION_FILTERS = Object.keys(RECOMMENDATION_FILTER_LABELS) as [RecommendationFilter, ...RecommendationFilter[]];
