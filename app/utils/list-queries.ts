// The filters of the public list pages, parsed once here so that a page and
// its CSV/XLSX export read the same URL the same way (开放数据 = 页面所见).
import { z } from "zod";
import { DOCUMENT_KIND_LABELS } from "./labels";
import { filterText } from "./schemas";
import { defineSchema } from "./define-schema";

/** No export is longer than this; the response says when a list was cut (X-Export-Truncated). */
export const EXPORT_MAX_ROWS = 10_000;

const idParam = /* @__PURE__ */ defineSchema(() => z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined));
const pageParam = /* @__PURE__ */ defineSchema(() => z.coerce.number().int().min(1).max(10_000).catch(1));
const kinds = Object.keys(DOCUMENT_KIND_LABELS) as [keyof typeof DOCUMENT_KIND_LABELS, ...(keyof typeof DOCUMENT_KIND_LABELS)[]];

export const documentsQuery = /* @__PURE__ */ defineSchema(() => z.object({
  kind: z.enum(kinds).optional().catch(undefined),
  organisation: idParam,
  year: z.coerce.number().int().min(1949).max(2100).optional().catch(undefined),
  department: idParam,
  page: pageParam,
}));
export type DocumentsQuery = z.infer<typeof documentsQuery>;
export const documentFilters = (q: DocumentsQuery) => ({ kind: q.kind, organisationId: q.organisation, year: q.year, departmentId: q.department });

export const PROPOSAL_LIST_STATES = ["accepted", "assigned", "replied", "rehandling", "closed", "merged", "not_accepted", "converted"] as const;
export const proposalsQuery = /* @__PURE__ */ defineSchema(() => z.object({
  state: z.enum(PROPOSAL_LIST_STATES).optional().catch(undefined),
  department: idParam,
  category: z.enum(["A", "B", "C", "D"]).optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  page: pageParam,
}));
export type ProposalsQuery = z.infer<typeof proposalsQuery>;
export const proposalFilters = (q: ProposalsQuery) => ({ state: q.state, departmentId: q.department, category: q.category, overdue: q.overdue === "1" });

export const departmentsQuery = /* @__PURE__ */ defineSchema(() => z.object({
  q: filterText(100),
  level: z.enum(["province", "city", "district"]).optional().catch(undefined),
}));
export type DepartmentsQuery = z.infer<typeof departmentsQuery>;
export const departmentFilters = (q: DepartmentsQuery) => ({ query: q.q || undefined, level: q.level });

export const studiosQuery = /* @__PURE__ */ defineSchema(() => z.object({
  q: filterText(100),
  district: filterText(40),
  sector: idParam,
  page: pageParam,
}));
export type StudiosQuery = z.infer<typeof studiosQuery>;
export const studioFilters = (q: StudiosQuery) => ({ q: q.q || undefined, district: q.district || undefined, sectorId: q.sector });

export const sessionsQuery = /* @__PURE__ */ defineSchema(() => z.object({ when: z.enum(["upcoming", "past"]).catch("upcoming") }));
export type SessionsQuery = z.infer<typeof sessionsQuery>;

export const statisticsQuery = /* @__PURE__ */ defineSchema(() => z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) }));

/** The URL's search parameters as a plain object for the schemas above. */
export function paramsOf(url: URL | string) {
  return Object.fromEntries(new URL(url).searchParams);
}
