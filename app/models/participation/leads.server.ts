// 提案线索: a citizen sends a problem and a suggestion (with an optional place
// and attachments); staff triage it — forward it to a member (found by 界别 or
// studio), to a department as a 社情民意 item, or close it with a reason; the
// member may start a proposal draft from it with the loop's own
// createProposal. The link is kept and shown to the citizen (and, with their
// consent and staff's decision, publicly). Every step: one transaction,
// LEAD_RULES, an event, notices to the people concerned.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { leadAttachments, proposalLeads, type LeadState } from "../../../db/participation.schema";
import { departments, userRoles, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { storeUpload } from "../../utils/uploads.server";
import { formatBeijing } from "../../utils/beijing-time";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { notify, settleNotices } from "../platform/notifications.server";
import { createProposal, staffUserIds } from "../loop/proposals.server";
import { followerIds, setFollow } from "./follows.server";
import { checkLead, leadActors } from "./participation-access";
import type { LeadInput } from "./participation-schemas";
import { takePostSlot } from "./rate-limits.server";
import { tidyText, type PostContext } from "./opinions.server";
import { screenTexts } from "./word-list.server";

export type Lead = typeof proposalLeads.$inferSelect;
export const MAX_LEAD_FILES = 5;

export interface UploadedFile {
  bytes: Uint8Array;
  name: string;
}

/** Send a lead. It waits for staff; nothing of it is public before their decision. */
export async function submitLead(user: AppUser, input: LeadInput, files: UploadedFile[] = [], context: PostContext = {}) {
  const now = context.now ?? new Date();
  const fields = { title: input.title.trim(), problem: tidyText(input.problem), suggestion: tidyText(input.suggestion), place: input.place.trim() };
  if (files.length > MAX_LEAD_FILES) throw new DomainError(`附件不能超过 ${MAX_LEAD_FILES} 个`, "invalid", "files");
  // Checked and stored before the transaction (content-addressed: a rollback leaves an unused file, never a wrong one).
  const stored = files.map((f) => storeUpload(f.bytes, f.name));
  return db.transaction(async (t) => {
    const flaggedWords = await screenTexts(t, fields);
    await takePostSlot(t, "lead", user.id, context.ip, now);
    const [row] = await t
      .insert(proposalLeads)
      .values({ ...fields, authorId: user.id, consentPublic: input.consentPublic, flaggedWords, createdAt: now, updatedAt: now })
      .returning();
    if (stored.length) {
      await t.insert(leadAttachments).values(stored.map((s) => ({ leadId: row.id, fileName: s.fileName, storedName: s.storedName, mimeType: s.mimeType, size: s.size })));
    }
    await recordEvent(t, { actorId: user.id, subjectType: "participation_lead", subjectId: row.id, action: "lead.submitted", toState: "pending", data: { flaggedWords, files: stored.length } });
    await notify(t, { userIds: await staffUserIds(t), subject: `新的提案线索：${row.title}`, body: "请分办：转交委员、转承办单位或办结。", link: `/participation/leads/${row.id}` });
    return row;
  });
}

async function lockLead(t: DbOrTx, id: number) {
  const [row] = await t.select().from(proposalLeads).where(eq(proposalLeads.id, id)).for("update");
  if (!row) throw new DomainError("线索不存在", "not_found");
  return row;
}

async function setState(t: DbOrTx, lead: Lead, to: LeadState, actorId: string, action: string, extra: Partial<Lead> = {}, note: string | null = null, data: Record<string, unknown> = {}) {
  await t
    .update(proposalLeads)
    .set({ ...extra, state: to, version: sql`${proposalLeads.version} + 1`, updatedAt: new Date() })
    .where(eq(proposalLeads.id, lead.id));
  await recordEvent(t, { actorId, subjectType: "participation_lead", subjectId: lead.id, action: `lead.${action}`, fromState: lead.state, toState: to, note, data });
  // Triaged (or withdrawn): what staff were told about this lead — 新的提案线索, 委员退回了提案线索 — asked for this.
  if (lead.state === "pending" && to !== "pending") await settleNotices(t, await staffUserIds(t), `/participation/leads/${lead.id}`, "");
}

/** The citizen and the lead's followers. */
async function interested(t: DbOrTx, lead: Lead, except: string) {
  return [...new Set([lead.authorId, ...(await followerIds(t, "lead", lead.id))])].filter((id) => id !== except);
}

export async function withdrawLead(user: AppUser, id: number) {
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("withdraw", lead.state, leadActors(user, lead));
    await setState(t, lead, "withdrawn", user.id, "withdrawn");
  });
}

interface TriageCommon {
  note: string;
  /** Show it publicly (only when the citizen consented). */
  publish: boolean;
}

function publishFlag(lead: Lead, publish: boolean) {
  if (publish && !lead.consentPublic) throw new DomainError("提供人未同意公开，不能公开这条线索", "invalid", "publish");
  return publish;
}

/** 转交委员: to a member, found by their 界别 or studio (`via` says which). */
export async function forwardToMember(user: AppUser, id: number, input: TriageCommon & { memberId: string; via: string }) {
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("forward_member", lead.state, leadActors(user, lead));
    const [member] = await t
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "member")))
      .where(and(eq(users.id, input.memberId), eq(users.active, true)));
    if (!member) throw new DomainError("请选择一位政协委员", "invalid", "memberId");
    const note = input.note.trim() || null;
    await setState(t, lead, "forwarded_member", user.id, "forwarded_member", {
      forwardedToUserId: member.id,
      forwardedVia: input.via.trim().slice(0, 100) || null,
      forwardedToDepartmentId: null,
      reason: note,
      published: publishFlag(lead, input.publish),
      triagedBy: user.id,
      triagedAt: new Date(),
    }, note, { memberId: member.id, via: input.via });
    await notify(t, { userIds: [member.id], subject: `转交给您的提案线索：${lead.title}`, body: note ?? "请阅处：可据此起草提案，或说明理由退回。", link: `/participation/leads/${id}` });
    await notify(t, { userIds: await interested(t, lead, user.id), subject: `您关注的提案线索已转交委员：${lead.title}`, body: `已转交${member.name}阅处。`, link: `/participation/leads/${id}` });
  });
}

/** 转承办单位: as a 社情民意 item, to a department's users. */
export async function forwardToDepartment(user: AppUser, id: number, input: TriageCommon & { departmentId: number }) {
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("forward_department", lead.state, leadActors(user, lead));
    const [dept] = await t.select().from(departments).where(and(eq(departments.id, input.departmentId), eq(departments.active, true)));
    if (!dept) throw new DomainError("请选择承办单位", "invalid", "departmentId");
    const note = input.note.trim() || null;
    await setState(t, lead, "forwarded_department", user.id, "forwarded_department", {
      forwardedToDepartmentId: dept.id,
      forwardedToUserId: null,
      forwardedVia: null,
      reason: note,
      published: publishFlag(lead, input.publish),
      triagedBy: user.id,
      triagedAt: new Date(),
    }, note, { departmentId: dept.id });
    const deptUsers = await t
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "department")))
      .where(and(eq(users.departmentId, dept.id), eq(users.active, true)));
    await notify(t, { userIds: deptUsers.map((u) => u.id), subject: `转来的社情民意：${lead.title}`, body: note ?? "请研究参考。", link: `/participation/leads/${id}` });
    await notify(t, { userIds: await interested(t, lead, user.id), subject: `您关注的提案线索已转${dept.name}`, body: "作为社情民意转承办单位研究参考。", link: `/participation/leads/${id}` });
  });
}

/** 办结: not taken up, with a reason the citizen reads. */
export async function closeLead(user: AppUser, id: number, input: TriageCommon) {
  const reason = input.note.trim();
  if (!reason) throw new DomainError("请填写办结理由，提供人会看到它", "invalid", "note");
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("close", lead.state, leadActors(user, lead));
    await setState(t, lead, "closed", user.id, "closed", { reason, published: publishFlag(lead, input.publish), triagedBy: user.id, triagedAt: new Date() }, reason);
    await notify(t, { userIds: await interested(t, lead, user.id), subject: `提案线索已办结：${lead.title}`, body: `理由：${reason}`, link: `/participation/leads/${id}` });
  });
}

/** The member gives the lead back to staff, with a reason. */
export async function declineLead(user: AppUser, id: number, reason: string) {
  const text = reason.trim();
  if (!text) throw new DomainError("请说明退回的理由", "invalid", "reason");
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("decline", lead.state, leadActors(user, lead));
    await setState(t, lead, "pending", user.id, "declined", { forwardedToUserId: null, forwardedVia: null, reason: text }, text);
    await notify(t, { userIds: await staffUserIds(t), subject: `委员退回了提案线索：${lead.title}`, body: `理由：${text}`, link: `/participation/leads/${id}` });
  });
}

/**
 * 据此起草提案: the member to whom the lead was forwarded gets a proposal draft
 * made by the loop's createProposal, with the lead quoted. The lead is claimed
 * first (row lock: two clicks make one draft), then the draft is made and
 * linked; if making it fails, the claim is undone.
 */
export async function startProposalFromLead(user: AppUser, id: number, now = new Date()) {
  const lead = await db.transaction(async (t) => {
    const row = await lockLead(t, id);
    checkLead("start_draft", row.state, leadActors(user, row));
    await setState(t, row, "drafted", user.id, "drafting");
    return row;
  });
  const body = [
    "## 存在的问题",
    "",
    lead.problem,
    "",
    "## 建议",
    "",
    lead.suggestion,
    "",
    `（来源：群众提案线索第 ${lead.id} 号${lead.place ? `，地点：${lead.place}` : ""}，${formatBeijing(lead.createdAt)}提交。）`,
  ].join("\n");
  let proposal;
  try {
    proposal = await createProposal(user, { title: `关于${lead.title.replace(/^关于/, "").replace(/的提案$/, "")}的提案`.slice(0, 200), body, kind: "member_proposal", year: Number(formatBeijing(now).slice(0, 4)), onBehalfOfOrganisation: false });
  } catch (error) {
    await db.transaction(async (t) => {
      const row = await lockLead(t, id);
      if (row.state === "drafted" && row.proposalId === null) await setState(t, row, "forwarded_member", user.id, "draft_failed");
    });
    throw error;
  }
  await db.transaction(async (t) => {
    const row = await lockLead(t, id);
    await t.update(proposalLeads).set({ proposalId: proposal.id, updatedAt: new Date() }).where(eq(proposalLeads.id, id));
    await recordEvent(t, { actorId: user.id, subjectType: "participation_lead", subjectId: id, action: "lead.drafted", fromState: row.state, toState: "drafted", data: { proposalId: proposal.id } });
    await notify(t, { userIds: await interested(t, row, user.id), subject: `您的提案线索已由委员起草为提案：${lead.title}`, body: `${user.displayName}已据此起草提案。`, link: `/participation/leads/${id}` });
  });
  return proposal;
}

export async function followLead(user: AppUser, id: number, follow: boolean) {
  await db.transaction(async (t) => {
    const lead = await lockLead(t, id);
    checkLead("follow", lead.state, leadActors(user, lead));
    await setFollow(t, user.id, "lead", id, follow);
  });
}

export function leadAttachmentList(leadIds: number[]) {
  if (!leadIds.length) return Promise.resolve([]);
  return db.select({ id: leadAttachments.id, leadId: leadAttachments.leadId, fileName: leadAttachments.fileName, size: leadAttachments.size }).from(leadAttachments).where(inArray(leadAttachments.leadId, leadIds));
}
