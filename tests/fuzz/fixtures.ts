// What the fuzzer needs from the database: a session cookie per role, and
// real values for route params (ids, slugs, case numbers) so a good share of
// requests reach the domain code instead of stopping at "not found". A few
// proposals are walked through the loop first, so proposal, assignment and
// reply pages have something to show.
import { randomUUID } from "node:crypto";
import { marksForAssignment } from "../../app/models/loop/loop-test-support";
import { and, eq } from "drizzle-orm";
import { db } from "../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogues } from "../../db/catalogues.schema";
import { assignments, proposalAttachments, proposals, replies } from "../../db/loop.schema";
import { departments, organisations, userRoles, users } from "../../db/schema";
import { documentDrafts, documents, recommendations } from "../../db/documents.schema";
import { calendarTokens, studioSessions, studios } from "../../db/studios.schema";
import { createSession } from "../../app/auth/session.server";
import { getUserById } from "../../app/models/directory/users.server";
import { assignProposal, signAssignment } from "../../app/models/loop/handling.server";
import { reviewReply, submitReply } from "../../app/models/loop/handling-replies.server";
import { acceptProposal } from "../../app/models/loop/proposal-review.server";
import { createProposal, inviteCosigner, submitProposal } from "../../app/models/loop/proposals.server";
import { calendarTokenFor } from "../../app/models/studios/session-feeds.server";

/** The roles the fuzzer plays, and the demo account that has each one. */
export const ROLES = {
  anonymous: null,
  citizen: "citizen",
  member: "member",
  organisation: "org-minmeng",
  department: "dept-mz",
  staff: "staff",
  admin: "admin",
} as const;
export type RoleName = keyof typeof ROLES;

export async function userNamed(username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
}

/** A fresh session cookie (`xs_session=…`) for a role; null for anonymous. */
export async function cookieFor(role: RoleName): Promise<string | null> {
  const username = ROLES[role];
  if (!username) return null;
  const user = await userNamed(username);
  return (await createSession(new Request("http://localhost/"), user.id)).split(";")[0];
}

const BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，市卫健委配合，建设社区养老服务综合体。";

/** Proposals in several states: draft with a pending co-signer, submitted, replied and published. */
export async function makeLoopFixtures() {
  const [member, staff, mz] = await Promise.all([userNamed("member"), userNamed("staff"), userNamed("dept-mz")]);
  const draft = await createProposal(member, { title: "模糊测试草稿", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await inviteCosigner(member, draft.id, "member2");
  const submitted = await createProposal(member, { title: "模糊测试已提交", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, submitted.id);
  const replied = await createProposal(member, { title: "模糊测试已答复", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, replied.id);
  await acceptProposal(staff, replied.id, { isKey: false, supervisingLeader: null });
  const [mzDept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
  await assignProposal(staff, replied.id, { mode: "single", leadDepartmentId: mzDept.id, coDepartmentIds: [] });
  const [a] = await db.select().from(assignments).where(and(eq(assignments.proposalId, replied.id), eq(assignments.departmentId, mzDept.id)));
  await signAssignment(mz, a.id);
  const reply = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "已办理。", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
  await reviewReply(staff, reply.id, true, "");
  await calendarTokenFor(member.id);
}

/** Users for the admin user pages to edit, so the demo accounts keep their roles and passwords. */
export async function makeTargetUsers(n = 3): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    await db.insert(users).values({ id, username: `fuzz-target-${i}-${id.slice(0, 6)}`, displayName: `模糊测试用户${i}`, passwordHash: "x" });
    await db.insert(userRoles).values({ userId: id, role: i === 0 ? "member" : "public" });
    ids.push(id);
  }
  return ids;
}

const numbers = async (rows: Promise<{ id: number }[]>) => (await rows).map((r) => String(r.id)).slice(0, 8);

/** Real values for each route param name the app uses; unknown names fall back to small numbers. */
export async function validParams(targetUserIds: string[]): Promise<Record<string, string[]>> {
  const sel = { id: catalogues.id };
  const slugs = [
    ...(await db.select({ s: documents.slug }).from(documents).limit(4)).map((r) => r.s),
    ...(await db.select({ s: catalogues.slug }).from(catalogues).limit(4)).map((r) => r.s),
    ...(await db.select({ s: studios.slug }).from(studios).limit(3)).map((r) => r.s),
    ...(await db.select({ s: organisations.slug }).from(organisations).limit(3)).map((r) => r.s),
  ];
  return {
    proposalId: await numbers(db.select({ id: proposals.id }).from(proposals)),
    caseNo: (await db.select({ c: proposals.caseNo }).from(proposals)).map((r) => r.c).filter((c): c is string => !!c),
    assignmentId: await numbers(db.select({ id: assignments.id }).from(assignments)),
    replyId: await numbers(db.select({ id: replies.id }).from(replies)),
    attachmentId: [...(await numbers(db.select({ id: proposalAttachments.id }).from(proposalAttachments))), ...(await numbers(db.select({ id: catalogueAttachments.id }).from(catalogueAttachments)))],
    catalogueId: await numbers(db.select(sel).from(catalogues)),
    itemId: await numbers(db.select({ id: catalogueItems.id }).from(catalogueItems)),
    entryId: await numbers(db.select({ id: catalogueEntries.id }).from(catalogueEntries)),
    departmentId: await numbers(db.select({ id: departments.id }).from(departments).limit(4)),
    organisationId: await numbers(db.select({ id: organisations.id }).from(organisations).limit(4)),
    recommendationId: await numbers(db.select({ id: recommendations.id }).from(recommendations).limit(6)),
    draftId: await numbers(db.select({ id: documentDrafts.id }).from(documentDrafts)),
    sessionId: await numbers(db.select({ id: studioSessions.id }).from(studioSessions)),
    token: (await db.select({ t: calendarTokens.token }).from(calendarTokens)).map((r) => r.t),
    userId: targetUserIds,
    slug: slugs,
    "*": ["nothing/here", "api/v1/nope"],
  };
}
