// For tests and seeds: every recommendation of a proposal marked alike, as a
// formal reply must mark each one (handling-replies.server.ts).
import { db } from "../../../db/client";
import { assignments, type Adoption } from "../../../db/loop.schema";
import { eq } from "drizzle-orm";
import { proposalRecommendations, type AdoptionMark } from "./handling-replies.server";

export async function marksFor(proposalId: number, adoption: Adoption = "adopted", reason = adoption === "adopted" ? "" : "理由说明"): Promise<AdoptionMark[]> {
  return (await proposalRecommendations(db, proposalId)).map((r) => ({ recommendationId: r.id, adoption, reason }));
}

/** The same, found from an assignment id. */
export async function marksForAssignment(assignmentId: number, adoption: Adoption = "adopted") {
  const [a] = await db.select({ proposalId: assignments.proposalId }).from(assignments).where(eq(assignments.id, assignmentId));
  return marksFor(a.proposalId!, adoption);
}
