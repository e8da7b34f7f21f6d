// Display labels shared by server and browser code (so not in *.server.ts).
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
