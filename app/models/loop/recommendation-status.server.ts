// The handling each recommendation is under, for the public document and
// recommendation pages and the API: a proposal's recommendations show the
// proposal's handling (one source of truth: its 主办/会办 departments, deadline,
// state, reply category, evaluation) and the adoption the lead marked in its
// published formal reply; a report's recommendations show their own
// assignments with adoption and progress. Background nodes get nothing.
import { and, asc, desc, eq, inArray, notInArray } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, evaluations, proposals, recommendationAdoptions, replies, type Adoption } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { todayInBeijing } from "../platform/calendar";
import { overdueDays } from "./handling.server";

export interface DepartmentHandling {
  assignmentId: number;
  departmentId: number;
  departmentName: string;
  role: "sole" | "lead" | "co" | "separate";
  state: (typeof assignments.$inferSelect)["state"];
  deadline: string;
  overdueDays: number;
  adoption: Adoption | null;
  adoptionReason: string | null;
  progress: number | null;
}

export interface AdoptionView {
  departmentName: string;
  adoption: Adoption;
  reason: string;
}

export interface ProposalHandling {
  caseNo: string;
  state: (typeof proposals.$inferSelect)["state"];
  categories: string[];
  evaluation: { attitude: string; result: string } | null;
  departments: DepartmentHandling[];
}

export interface RecommendationHandling {
  /** The proposal's handling (the same for every recommendation of it), or null for a report. */
  proposal: ProposalHandling | null;
  /** A report recommendation's own assignments (empty for a proposal's). */
  departments: DepartmentHandling[];
  /** Adoption marked in published formal replies (proposals); reports carry it on their assignments. */
  adoptions: AdoptionView[];
}

const assignmentColumns = { a: assignments, departmentName: departments.name };

function view(rows: { a: typeof assignments.$inferSelect; departmentName: string }[], today: string): DepartmentHandling[] {
  return rows.map(({ a, departmentName }) => ({
    assignmentId: a.id,
    departmentId: a.departmentId,
    departmentName,
    role: a.role,
    state: a.state,
    deadline: a.deadline,
    overdueDays: overdueDays(a, today),
    adoption: a.adoption,
    adoptionReason: a.adoptionReason,
    progress: a.progress,
  }));
}

/** The handling of a document's recommendations, by recommendation id (the ids given). */
export async function handlingOfRecommendations(documentId: number, recommendationIds: number[]): Promise<Map<number, RecommendationHandling>> {
  const out = new Map<number, RecommendationHandling>();
  if (!recommendationIds.length) return out;
  const today = todayInBeijing();
  const [p] = await db.select().from(proposals).where(eq(proposals.documentId, documentId));
  if (p) {
    const [assigned, published, evals, marks] = await Promise.all([
      db
        .select(assignmentColumns)
        .from(assignments)
        .innerJoin(departments, eq(departments.id, assignments.departmentId))
        .where(and(eq(assignments.proposalId, p.id), notInArray(assignments.state, ["withdrawn"])))
        .orderBy(asc(assignments.id)),
      db
        .select({ id: replies.id, category: replies.category, correctsId: replies.correctsId, assignmentId: replies.assignmentId })
        .from(replies)
        .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
        .where(and(eq(assignments.proposalId, p.id), eq(replies.kind, "formal"), eq(replies.state, "published")))
        .orderBy(asc(replies.id)),
      db.select().from(evaluations).where(eq(evaluations.proposalId, p.id)).orderBy(desc(evaluations.id)).limit(1),
      db
        .select({ replyId: recommendationAdoptions.replyId, recommendationId: recommendationAdoptions.recommendationId, adoption: recommendationAdoptions.adoption, reason: recommendationAdoptions.reason, departmentName: departments.name })
        .from(recommendationAdoptions)
        .innerJoin(replies, eq(replies.id, recommendationAdoptions.replyId))
        .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
        .innerJoin(departments, eq(departments.id, assignments.departmentId))
        .where(and(inArray(recommendationAdoptions.recommendationId, recommendationIds), eq(replies.state, "published"), eq(assignments.proposalId, p.id))),
    ]);
    // The latest published formal reply of each department counts (a correction replaces the original).
    const latest = new Map<number, number>();
    for (const r of published) latest.set(r.assignmentId, r.id);
    const current = new Set(latest.values());
    const proposal: ProposalHandling = {
      caseNo: p.caseNo ?? "",
      state: p.state,
      categories: [...new Set(published.filter((r) => current.has(r.id)).map((r) => r.category).filter((c): c is NonNullable<typeof c> => !!c))],
      evaluation: evals[0] ? { attitude: evals[0].attitude, result: evals[0].result } : null,
      departments: view(assigned, today),
    };
    for (const id of recommendationIds) {
      out.set(id, {
        proposal,
        departments: [],
        adoptions: marks.filter((m) => m.recommendationId === id && current.has(m.replyId)).map((m) => ({ departmentName: m.departmentName, adoption: m.adoption, reason: m.reason })),
      });
    }
    return out;
  }
  const rows = await db
    .select({ ...assignmentColumns, recommendationId: assignments.recommendationId })
    .from(assignments)
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(and(inArray(assignments.recommendationId, recommendationIds), notInArray(assignments.state, ["withdrawn"])))
    .orderBy(asc(assignments.id));
  for (const id of recommendationIds) {
    out.set(id, { proposal: null, departments: view(rows.filter((r) => r.recommendationId === id), today), adoptions: [] });
  }
  return out;
}

/** The public API's view of a recommendation's handling (schema RecommendationHandling); null for background and headings. */
export function handlingForApi(h: RecommendationHandling | undefined) {
  if (!h) return null;
  const dept = (d: DepartmentHandling) => ({
    departmentId: d.departmentId,
    department: d.departmentName,
    role: d.role,
    state: d.state,
    deadline: d.deadline,
    overdueDays: d.overdueDays,
    adoption: d.adoption,
    adoptionReason: d.adoptionReason,
    progress: d.progress,
  });
  return {
    proposal: h.proposal ? { caseNo: h.proposal.caseNo, state: h.proposal.state, categories: h.proposal.categories, evaluation: h.proposal.evaluation, departments: h.proposal.departments.map(dept) } : null,
    departments: h.departments.map(dept),
    adoptions: h.adoptions.map((a) => ({ department: a.departmentName, adoption: a.adoption, reason: a.reason })),
  };
}
