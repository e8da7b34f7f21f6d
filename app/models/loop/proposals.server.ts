// Proposals (提案) from drafting to submission: write, invite co-signers
// (联名), co-sign (会签), submit, withdraw; the shared rule check, lock and
// state transition; and reads. Staff review and acceptance live in
// proposal-review.server.ts. Every step: one transaction, a rule check, an event.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db, rowsOf } from "../../../db/client";
import { cosigners, proposals, type ProposalState } from "../../../db/loop.schema";
import { follows } from "../../../db/notifications.schema";
import { users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { markdownProblem } from "../../utils/markdown-limits";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { PROPOSAL_RULES, refusal, type Actor, type ProposalAction } from "./loop-rules";
import { notify, settleNotices } from "../platform/notifications.server";
import { isLookupKey } from "../../utils/params";
import { refreshProposalReplies } from "../../../search/index";
import { actsForOrganisation, hasRole, isProposer, isStaff } from "../../auth/permissions";
import { updateVersioned } from "../platform/versioned.server";
import { resolveInvitee } from "./cosigner-search.server";
import { formColumns, type DraftForm } from "./proposal-form.server";
import { adoptionMarksJoin, adoptionSummariesOf } from "./adoption-summaries.server";

export type Proposal = typeof proposals.$inferSelect;
export type ProposalKind = Proposal["kind"];

/** How a user relates to a proposal: author (or their organisation), co-signer, staff… */
export async function actorsFor(user: AppUser | null, p: Proposal, tx: DbOrTx = db): Promise<Actor[]> {
  if (!user) return ["public"];
  const actors: Actor[] = ["public"];
  const sameOrganisation = actsForOrganisation(user, p.organisationId);
  if (p.authorId === user.id || sameOrganisation) actors.push("author");
  if (isStaff(user)) actors.push("staff");
  const [c] = await tx
    .select()
    .from(cosigners)
    .where(and(eq(cosigners.proposalId, p.id), eq(cosigners.userId, user.id)));
  if (c) actors.push("cosigner");
  return actors;
}

export function check(action: ProposalAction, p: Proposal, actors: Actor[]) {
  const reason = refusal(action, p.state, actors);
  if (!reason) return;
  // Wrong person: 403; right person, wrong moment: 409.
  const allowedActor = PROPOSAL_RULES[action].actors.some((a) => actors.includes(a));
  throw new DomainError(reason, allowedActor ? "conflict" : "forbidden");
}

export async function lockProposal(t: DbOrTx, id: number) {
  const [p] = await t.select().from(proposals).where(eq(proposals.id, id)).for("update");
  if (!p) throw new DomainError("提案不存在", "not_found");
  return p;
}

export async function transition(
  t: DbOrTx,
  p: Proposal,
  to: ProposalState,
  actorId: string,
  action: string,
  extra: Partial<typeof proposals.$inferInsert> = {},
  note: string | null = null,
  data: Record<string, unknown> = {},
) {
  await updateVersioned(t, proposals, { id: p.id }, { ...extra, state: to });
  await recordEvent(t, { actorId, subjectType: "proposal", subjectId: p.id, action: `proposal.${action}`, fromState: p.state, toState: to, note, data });
  // Reviewed (or withdrawn): staff's 请进行立案审查 notice for this submission is answered.
  if (p.state === "submitted" && to !== "submitted") await settleNotices(t, await staffUserIds(t), `/staff/proposals/${p.id}`, NEW_SUBMISSION);
  await refreshProposalReplies(t, p.id);
}

function validateText(title: string, body: string) {
  const t = title.trim();
  if (!t) throw new DomainError("请填写提案标题", "invalid", "title");
  if (t.length > 200) throw new DomainError("标题不能超过 200 个字符", "invalid", "title");
  if (!body.trim()) throw new DomainError("请填写提案正文", "invalid", "body");
  if (body.length > 100_000) throw new DomainError("正文不能超过 10 万字", "invalid", "body");
  const problem = markdownProblem(body, 100_000);
  if (problem) throw new DomainError(problem, "invalid", "body");
}

export async function createProposal(
  user: AppUser,
  input: { title: string; body?: string; form?: DraftForm; kind: ProposalKind; year: number; onBehalfOfOrganisation: boolean },
) {
  if (!isProposer(user)) {
    throw new DomainError("只有政协委员或党派团体可以撰写提案", "forbidden");
  }
  const organisationId = input.onBehalfOfOrganisation ? user.organisationId : null;
  if (input.onBehalfOfOrganisation && (!organisationId || !hasRole(user, "organisation"))) {
    throw new DomainError("您的账号不能代表组织提交提案", "forbidden", "kind");
  }
  const kind: ProposalKind = organisationId ? (input.kind === "committee_proposal" ? "committee_proposal" : "party_proposal") : input.kind === "joint_proposal" ? "joint_proposal" : "member_proposal";
  return db.transaction(async (t) => {
    const columns = input.form ? await formColumns(t, input.form) : { body: input.body ?? "" };
    validateText(input.title, columns.body);
    const [row] = await t
      .insert(proposals)
      .values({ ...columns, authorId: user.id, organisationId, kind, title: input.title.trim(), year: input.year })
      .returning();
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: row.id, action: "proposal.drafted", toState: "draft" });
    return row;
  });
}

export async function updateDraft(user: AppUser, id: number, input: { title: string; body?: string; form?: DraftForm; version: number }) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("edit", p, await actorsFor(user, p, t));
    if (p.version !== input.version) throw new DomainError("提案已在别处修改，请刷新后再保存（您的内容已保留在下方）", "conflict");
    // A body written whole (the API) replaces the parts: the form then shows it as 具体建议.
    const columns = input.form ? await formColumns(t, input.form) : { body: input.body ?? "", analysis: "", suggestions: "", textFormat: "markdown" as const };
    validateText(input.title, columns.body);
    await updateVersioned(t, proposals, { id }, { ...columns, title: input.title.trim() });
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: id, action: "proposal.edited", fromState: "draft", toState: "draft" });
  });
}

/** The subject that opens staff's notice of a submission (settled when it leaves 已提交). */
const NEW_SUBMISSION = "新提交的提案：";

/** The subject that opens a co-sign invitation (answerCosign settles it). */
const COSIGN_INVITATION = "邀请您联名：";

/** Invite by user name or display name (resolveInvitee), or by id from the member search. */
export async function inviteCosigner(user: AppUser, id: number, who: string | { userId: string }) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("invite", p, await actorsFor(user, p, t));
    const inviteeId = typeof who === "string" ? await resolveInvitee(t, who, [p.authorId]) : who.userId;
    const [invitee] = await t.select().from(users).where(eq(users.id, inviteeId));
    if (!invitee || !invitee.active) throw new DomainError("找不到该用户", "invalid", "username");
    if (invitee.id === p.authorId) throw new DomainError("不能邀请自己联名", "invalid", "username");
    const [member] = await t.execute<{ ok: number }>(
      sql`select 1 as ok from user_roles where user_id = ${invitee.id} and role = 'member'`,
    ).then((r) => rowsOf<{ ok: number }>(r));
    if (!member) throw new DomainError("只能邀请政协委员联名", "invalid", "username");
    const inserted = await t.insert(cosigners).values({ proposalId: id, userId: invitee.id }).onConflictDoNothing().returning();
    if (!inserted.length) throw new DomainError("已邀请过该委员", "conflict", "username");
    if (p.kind === "member_proposal") await t.update(proposals).set({ kind: "joint_proposal" }).where(eq(proposals.id, id));
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: id, action: "proposal.cosigner_invited", data: { userId: invitee.id } });
    await notify(t, { userIds: [invitee.id], subject: `${COSIGN_INVITATION}${p.title}`, body: "请查看提案内容并确认是否联名。", link: `/member/proposals/${id}` });
  });
}

/** 会签: the invited member confirms or declines. */
export async function answerCosign(user: AppUser, id: number, confirm: boolean) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    const [c] = await t.select().from(cosigners).where(and(eq(cosigners.proposalId, id), eq(cosigners.userId, user.id)));
    if (!c) throw new DomainError("您没有被邀请联名此提案", "forbidden");
    if (p.state !== "draft") throw new DomainError(`提案当前为“${p.state === "submitted" ? "已提交" : p.state}”，不能再更改联名`, "conflict");
    if (c.state !== "invited") throw new DomainError("您已答复过该邀请", "conflict");
    const state = confirm ? "confirmed" : "declined";
    await t.update(cosigners).set({ state, answeredAt: new Date() }).where(and(eq(cosigners.proposalId, id), eq(cosigners.userId, user.id)));
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: id, action: confirm ? "proposal.cosigned" : "proposal.cosign_declined" });
    await notify(t, { userIds: [p.authorId], subject: `${user.displayName}${confirm ? "同意" : "谢绝"}联名：${p.title}`, body: "", link: `/member/proposals/${id}` });
    // Answered: the invitation is no longer waiting in the invitee's inbox.
    await settleNotices(t, [user.id], `/member/proposals/${id}`, COSIGN_INVITATION);
  });
}

export async function submitProposal(user: AppUser, id: number) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("submit", p, await actorsFor(user, p, t));
    const signers = await t.select().from(cosigners).where(eq(cosigners.proposalId, id));
    const waiting = signers.filter((s) => s.state === "invited").length;
    if (waiting) throw new DomainError(`还有 ${waiting} 位受邀委员未答复联名邀请，全部答复后才能提交`, "conflict");
    if (p.kind === "joint_proposal" && !signers.some((s) => s.state === "confirmed")) {
      throw new DomainError("联名提案至少需要一位委员确认联名", "conflict");
    }
    await transition(t, p, "submitted", user.id, "submitted", { submittedAt: new Date(), reason: null });
    const staffIds = await staffUserIds(t);
    await notify(t, { userIds: staffIds, subject: `${NEW_SUBMISSION}${p.title}`, body: "请进行立案审查。", link: `/staff/proposals/${id}` });
  });
}

export async function withdrawProposal(user: AppUser, id: number) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("withdraw", p, await actorsFor(user, p, t));
    await transition(t, p, "withdrawn", user.id, "withdrawn");
  });
}

export async function staffUserIds(t: DbOrTx) {
  const rows = await t.execute<{ user_id: string }>(
    sql`select distinct r.user_id from user_roles r join users u on u.id = r.user_id where r.role = 'staff' and u.active`,
  );
  return rowsOf<{ user_id: string }>(rows).map((r) => r.user_id);
}

/** Everyone who should hear about a proposal's progress: author, co-signers, merged proposers, followers. */
export async function proposerIds(t: DbOrTx, p: Proposal) {
  const ids = new Set<string>([p.authorId]);
  const signers = await t.select().from(cosigners).where(and(eq(cosigners.proposalId, p.id), eq(cosigners.state, "confirmed")));
  signers.forEach((s) => ids.add(s.userId));
  const merged = await t.select({ authorId: proposals.authorId }).from(proposals).where(eq(proposals.mergedIntoId, p.id));
  merged.forEach((m) => ids.add(m.authorId));
  const followers = await t.select({ userId: follows.userId }).from(follows).where(eq(follows.proposalId, p.id));
  followers.forEach((f) => ids.add(f.userId));
  return [...ids];
}

export async function getProposal(id: number, tx: DbOrTx = db) {
  const [p] = await tx.select().from(proposals).where(eq(proposals.id, id));
  return p ?? null;
}

export async function getProposalByCaseNo(caseNo: string) {
  if (!isLookupKey(caseNo)) return null;
  const [p] = await db.select().from(proposals).where(eq(proposals.caseNo, caseNo));
  return p ?? null;
}

/** A member's own proposals and the ones they are invited to co-sign. */
/**
 * A member's workbench list (我的提案): their own proposals, those they are
 * invited to co-sign, and their organisation's. One query: the list columns
 * and this user's co-signing state, never a query per proposal.
 */
/**
 * The member workbench's list: authored, invited to co-sign, or the organisation's (for its
 * liaison), newest first, each with its 采纳情况 (`adoptions`) — in one statement.
 */
export async function listMine(user: AppUser) {
  // Authored, invited to co-sign, or the organisation's: a union of index lookups (an OR
  // of the three scanned every proposal, 4 ms at 10,000).
  const organisation = hasRole(user, "organisation") && user.organisationId ? sql` union select id from proposals where organisation_id = ${user.organisationId}` : sql``;
  const ids = sql`select id from proposals where author_id = ${user.id} union select proposal_id from cosigners where user_id = ${user.id}${organisation}`;
  const rows = await db
    .select({
      id: proposals.id,
      title: proposals.title,
      state: proposals.state,
      caseNo: proposals.caseNo,
      authorId: proposals.authorId,
      myCosignState: cosigners.state,
      marks: sql<unknown>`adoption.marks`,
    })
    .from(proposals)
    .leftJoin(cosigners, and(eq(cosigners.proposalId, proposals.id), eq(cosigners.userId, user.id)))
    .leftJoin(adoptionMarksJoin(ids, "adoption"), sql`adoption.proposal_id = ${proposals.id}`)
    .where(sql`${proposals.id} in (${ids})`)
    .orderBy(desc(proposals.id));
  return rows.map(({ marks, ...p }) => ({ ...p, adoptions: adoptionSummariesOf(marks) }));
}

export function listCosigners(id: number) {
  return db
    .select({ userId: cosigners.userId, name: users.displayName, username: users.username, state: cosigners.state })
    .from(cosigners)
    .innerJoin(users, eq(users.id, cosigners.userId))
    .where(eq(cosigners.proposalId, id));
}

export function listByState(states: ProposalState[]) {
  return db.select().from(proposals).where(inArray(proposals.state, states)).orderBy(desc(proposals.submittedAt), desc(proposals.id));
}

/** Visible to the public: anything that has been accepted (it has a case number). */
export function isPublic(p: Proposal) {
  return p.caseNo !== null && !["draft", "submitted", "withdrawn"].includes(p.state);
}
