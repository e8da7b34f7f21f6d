// Chinese labels for search kinds and facet values (server and browser).
import { DOCUMENT_KIND_LABELS } from "../app/utils/labels";
import type { FacetName, SearchKind } from "./engine";

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  document: "报告与提案",
  recommendation: "建议",
  reply: "答复",
  disclosure: "公开信息",
  session: "协商活动",
  topic: "协商议题",
  opinion: "网民意见",
};

export const FACET_LABELS: Record<FacetName, string> = {
  kind: "类型",
  category: "类别",
  status: "状态",
  year: "年度",
  organisation: "提出单位",
  department: "涉及单位",
};

export const SEARCH_STATUS_LABELS: Record<string, string> = {
  published: "已公开",
  open: "征集中",
  closed: "已截止",
  summarised: "已汇总",
  approved: "已公开",
};

/** Document kinds, and reply categories (A–D) once replies are searchable. */
export const SEARCH_CATEGORY_LABELS: Record<string, string> = {
  ...DOCUMENT_KIND_LABELS,
  A: "A类 已解决或基本解决",
  B: "B类 列入计划拟解决",
  C: "C类 因条件限制暂时无法解决",
  D: "D类 留作参考",
};
