// Staff review of a submitted proposal (立案审查): accept with a gap-free case
// number (立案), return, not accept or convert, merge into an accepted case
// (并案), mark key (重点提案). On acceptance the proposal becomes a public
// document with its tree of recommendations.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { caseCounters, cosigners, proposals } from "../../../db/loop.schema";
import { organisations, users } from "../../../db/schema";
import { structureText } from "../../structurer";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { loadDirectory, saveStructuredDocument } from "../documents/documents.server";
import { recordEvent } from "../platform/events.server";
import { PROPOSAL_RULES } from "./loop-rules";
import { notify } from "../platform/notifications.server";
import { actorsFor, check, lockProposal, proposerIds, transition } from "./proposals.server";

/** Next case number of the year, e.g. 2026-0007. The counter row is locked, so concurrent acceptances queue and a rollback frees the number. */
async function nextCaseNo(t: DbOrTx, year: number) {
  const [row] = await t
    .insert(caseCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseCounters.year, set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last });
  return `${year}-${String(row.last).padStart(4, "0")}`;
}

/** 立案: case number, public document with its recommendations, notifications. */
export async function acceptProposal(user: AppUser, id: number, input: { isKey: boolean; supervisingLeader: string | null }) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("accept", p, await actorsFor(user, p, t));
    if (input.isKey && !input.supervisingLeader?.trim()) throw new DomainError("重点提案须填写督办领导", "invalid", "supervisingLeader");
    const caseNo = await nextCaseNo(t, p.year);
    const author = (await t.select().from(users).where(eq(users.id, p.authorId)))[0];
    const signers = await t
      .select({ name: users.displayName })
      .from(cosigners)
      .innerJoin(users, eq(users.id, cosigners.userId))
      .where(and(eq(cosigners.proposalId, id), eq(cosigners.state, "confirmed")));
    const organisation = p.organisationId ? (await t.select().from(organisations).where(eq(organisations.id, p.organisationId)))[0] : null;
    const [tree] = structureText(`# ${p.title}\n\n${p.body}`, { directory: await loadDirectory(t), format: "markdown" }).documents;
    const saved = await saveStructuredDocument(
      {
        meta: {
          slug: `case-${caseNo}`,
          kind: p.kind,
          title: p.title,
          year: p.year,
          organisationId: p.organisationId,
          // 是否同意公开 (issue 15): without consent the document names no one.
          authors: p.publicConsent ? [author.displayName, ...signers.map((s) => s.name)] : [],
          byline: organisation?.name ?? (p.publicConsent ? author.displayName : null),
        },
        sourceText: p.body,
        sourceFormat: "markdown",
        tree: tree ?? { title: p.title, byline: null, organisation: null, intro: p.body, children: [] },
        note: `立案 ${caseNo}`,
      },
      user.id,
      t,
    );
    await transition(t, p, "accepted", user.id, "accepted", {
      caseNo,
      documentId: saved.id,
      acceptedAt: new Date(),
      isKey: input.isKey,
      supervisingLeader: input.isKey ? input.supervisingLeader!.trim() : null,
    }, null, { caseNo });
    await notify(t, { userIds: await proposerIds(t, p), subject: `提案已立案（${caseNo}）：${p.title}`, body: "提案委员会将交办承办单位办理。", link: `/proposals/${caseNo}` });
    return caseNo;
  });
}

export async function reviewDecision(user: AppUser, id: number, decision: "return" | "reject" | "convert", reason: string) {
  if (!reason.trim()) throw new DomainError("请填写理由", "invalid", "reason");
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check(decision, p, await actorsFor(user, p, t));
    const to = PROPOSAL_RULES[decision].to!;
    await transition(t, p, to, user.id, decision === "return" ? "returned" : decision === "reject" ? "not_accepted" : "converted", { reason: reason.trim() }, reason.trim());
    const text = { return: "被退回修改", reject: "不予立案", convert: "转为意见建议" }[decision];
    await notify(t, { userIds: await proposerIds(t, p), subject: `提案${text}：${p.title}`, body: `理由：${reason.trim()}`, link: `/member/proposals/${id}` });
  });
}

/** 并案: the proposal joins an accepted case; its proposer is told, and will hear of the reply. */
export async function mergeProposal(user: AppUser, id: number, intoCaseNo: string) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("merge", p, await actorsFor(user, p, t));
    const [into] = await t.select().from(proposals).where(eq(proposals.caseNo, intoCaseNo.trim()));
    if (!into || !["accepted", "assigned", "replied", "rehandling"].includes(into.state)) {
      throw new DomainError("请填写一个已立案的案号", "invalid", "intoCaseNo");
    }
    await transition(t, p, "merged", user.id, "merged", { mergedIntoId: into.id }, `并入 ${into.caseNo}`, { into: into.id, caseNo: into.caseNo });
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: into.id, action: "proposal.merged_in", note: p.title, data: { from: p.id } });
    await notify(t, { userIds: [p.authorId], subject: `提案已并入 ${into.caseNo} 办理：${p.title}`, body: "答复时您也会收到通知。", link: `/proposals/${into.caseNo}` });
  });
}

export async function markKey(user: AppUser, id: number, isKey: boolean, leader: string | null) {
  if (isKey && !leader?.trim()) throw new DomainError("重点提案须填写督办领导", "invalid", "supervisingLeader");
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("mark_key", p, await actorsFor(user, p, t));
    await t.update(proposals).set({ isKey, supervisingLeader: isKey ? leader!.trim() : null }).where(eq(proposals.id, id));
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: id, action: isKey ? "proposal.marked_key" : "proposal.unmarked_key", note: leader });
  });
}
