// Reads of the adoption marks (采纳情况) a formal reply carries, for the
// department's own page, the API and the proposers' workbench lists.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, recommendationAdoptions, replies, type Adoption } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { recommendations } from "../../../db/documents.schema";
import { proposalRecommendations } from "./handling-replies.server";

export async function adoptionsOfReplies(replyIds: number[]) {
  const out = new Map<number, { recommendationId: number; title: string; adoption: (typeof recommendationAdoptions.$inferSelect)["adoption"]; reason: string }[]>();
  if (!replyIds.length) return out;
  const rows = await db
    .select({ replyId: recommendationAdoptions.replyId, recommendationId: recommendationAdoptions.recommendationId, title: recommendations.title, adoption: recommendationAdoptions.adoption, reason: recommendationAdoptions.reason })
    .from(recommendationAdoptions)
    .innerJoin(recommendations, eq(recommendations.id, recommendationAdoptions.recommendationId))
    .where(inArray(recommendationAdoptions.replyId, replyIds))
    .orderBy(asc(recommendationAdoptions.recommendationId));
  for (const { replyId, ...mark } of rows) out.set(replyId, [...(out.get(replyId) ?? []), mark]);
  return out;
}

/** The recommendations a proposal's formal reply marks, in order. */
export function recommendationsOfProposal(proposalId: number) {
  return proposalRecommendations(db, proposalId);
}

/** One department's published marks on a proposal, counted per kind (已采纳 2, 留作参考 1). */
export interface AdoptionSummary {
  departmentName: string;
  counts: Partial<Record<Adoption, number>>;
}

/**
 * The adoption marks as the proposal pages show them — on published replies that no
 * published correction replaced (a correction carries its own marks) — counted per
 * department, for the proposals of a workbench list: one statement for all of them.
 */
export async function adoptionSummaries(proposalIds: number[]): Promise<Map<number, AdoptionSummary[]>> {
  const out = new Map<number, AdoptionSummary[]>();
  if (!proposalIds.length) return out;
  const rows = await db
    .select({ proposalId: assignments.proposalId, departmentName: departments.name, adoption: recommendationAdoptions.adoption, n: sql<number>`count(*)::int` })
    .from(recommendationAdoptions)
    .innerJoin(replies, eq(replies.id, recommendationAdoptions.replyId))
    .innerJoin(assignments, eq(assignments.id, replies.assignmentId))
    .innerJoin(departments, eq(departments.id, assignments.departmentId))
    .where(
      and(
        inArray(assignments.proposalId, proposalIds),
        eq(replies.state, "published"),
        sql`not exists (select 1 from replies c where c.corrects_id = ${replies.id} and c.state = 'published')`,
      ),
    )
    .groupBy(assignments.proposalId, assignments.id, departments.name, recommendationAdoptions.adoption)
    .orderBy(asc(assignments.proposalId), asc(assignments.id));
  for (const r of rows) {
    const list = out.get(r.proposalId!) ?? [];
    let summary = list.find((x) => x.departmentName === r.departmentName);
    if (!summary) list.push((summary = { departmentName: r.departmentName, counts: {} }));
    summary.counts[r.adoption] = (summary.counts[r.adoption] ?? 0) + Number(r.n);
    out.set(r.proposalId!, list);
  }
  return out;
}
