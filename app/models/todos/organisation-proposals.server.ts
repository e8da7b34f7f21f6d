// The party workbench's list (党派团体工作台): every proposal submitted in an
// organisation's name, in every state, newest first. One query; only that
// organisation's liaisons read it (actsForOrganisation). 采纳情况 (adoption per department)
// as the member workbench shows it, joined into the same statement.
import { desc, eq, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { users } from "../../../db/schema";
import { actsForOrganisation, type Who } from "../../auth/permissions";
import { DomainError } from "../../utils/errors";
import { adoptionMarksJoin, adoptionSummariesOf } from "../loop/adoption-summaries.server";

export async function listOrganisationProposals(user: Who, organisationId: number) {
  if (!actsForOrganisation(user, organisationId)) throw new DomainError("只有本组织的提案联络人可以查看", "forbidden");
  const rows = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      state: proposals.state,
      caseNo: proposals.caseNo,
      kind: proposals.kind,
      authorName: users.displayName,
      returnReason: proposals.reason,
      marks: sql<unknown>`adoption.marks`,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.authorId))
    .leftJoin(adoptionMarksJoin(sql`select id from proposals where organisation_id = ${organisationId}`, "adoption"), sql`adoption.proposal_id = ${proposals.id}`)
    .where(eq(proposals.organisationId, organisationId))
    .orderBy(desc(proposals.id));
  return rows.map(({ marks, ...p }) => ({ ...p, adoptions: adoptionSummariesOf(marks) }));
}
