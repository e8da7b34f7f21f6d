// Reads of the adoption marks (采纳情况) a formal reply carries, for the
// department's own page, the API and the proposers' workbench lists.
import { asc, eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { recommendationAdoptions } from "../../../db/loop.schema";
import { recommendations } from "../../../db/documents.schema";
import { proposalRecommendations } from "./handling-replies.server";
import { adoptionMarksJoin, adoptionSummariesOf, type AdoptionSummary } from "./adoption-summaries.server";

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

export type { AdoptionSummary } from "./adoption-summaries.server";

/**
 * The adoption marks as the proposal pages show them — on published replies that no
 * published correction replaced (a correction carries its own marks) — counted per
 * department, for the given proposals: one statement for all of them. (The member
 * workbench's list joins the same subquery into its own statement.)
 */
export async function adoptionSummaries(proposalIds: number[]): Promise<Map<number, AdoptionSummary[]>> {
  const out = new Map<number, AdoptionSummary[]>();
  if (!proposalIds.length) return out;
  const ids = sql`select unnest(${`{${proposalIds.map(Number).join(",")}}`}::int[])`;
  const rows = rowsOf<{ proposal_id: number; marks: unknown }>(await db.execute(sql`select adoption.proposal_id, adoption.marks from ${adoptionMarksJoin(ids, "adoption")}`));
  for (const r of rows) out.set(Number(r.proposal_id), adoptionSummariesOf(r.marks));
  return out;
}
