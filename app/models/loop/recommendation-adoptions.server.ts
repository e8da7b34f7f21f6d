// Reads of the adoption marks (采纳情况) a formal reply carries, for the
// department's own page and the API.
import { asc, inArray, eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { recommendationAdoptions } from "../../../db/loop.schema";
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
