// For the loop's tests: every recommendation of a proposal marked alike, as a
// formal reply must mark each one (handling-replies.server.ts); a member's draft
// with two recommendations; a department's assignment on a proposal.
import { and, eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, type Adoption } from "../../../db/loop.schema";
import type { AppUser } from "../directory/users.server";
import { proposalRecommendations, type AdoptionMark } from "./handling-replies.server";
import { createProposal } from "./proposals.server";

export async function marksFor(proposalId: number, adoption: Adoption = "adopted", reason = adoption === "adopted" ? "" : "理由说明"): Promise<AdoptionMark[]> {
  return (await proposalRecommendations(db, proposalId)).map((r) => ({ recommendationId: r.id, adoption, reason }));
}

/** The same, found from an assignment id. */
export async function marksForAssignment(assignmentId: number, adoption: Adoption = "adopted") {
  const [a] = await db.select({ proposalId: assignments.proposalId }).from(assignments).where(eq(assignments.id, assignmentId));
  return marksFor(a.proposalId!, adoption);
}

/** Two recommendations, the first with a lead (市民政局) and a co department (市卫健委). */
export const PROPOSAL_BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，市卫健委配合，建设社区养老服务综合体。\n\n## 二、加强护理人才培养\n\n建议市人社局将养老护理员纳入紧缺职业目录。";

export async function draftProposal(author: AppUser, title = "关于加强社区养老服务的提案") {
  return createProposal(author, { title, body: PROPOSAL_BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
}

export async function assignmentOf(proposalId: number, departmentId: number) {
  const [a] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.proposalId, proposalId), eq(assignments.departmentId, departmentId)));
  return a;
}
