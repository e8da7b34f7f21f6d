// Replies (答复) to an assigned proposal: formal and holding replies with the
// adoption of each recommendation, their corrections (更正), and the staff
// review that publishes or rejects them (the reply table in
// assignment-rules.ts). Co-handlers' opinions live in co-handling.server.ts.
import { and, asc, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { assignments, proposals, recommendationAdoptions, replies, type Adoption } from "../../../db/loop.schema";
import { recommendations } from "../../../db/documents.schema";
import { DomainError } from "../../utils/errors";
import { markdownProblem } from "../../utils/markdown-limits";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { notify, settleNotices } from "../platform/notifications.server";
import { indexProposalReplies } from "../../../search/index";
import { discloseReplies } from "./reply-disclosure.server";
import { lockProposal, proposerIds, staffUserIds, transition } from "./proposals.server";
import { checkAssignment, departmentUserIds, ownAssignment, setAssignmentState } from "./handling.server";
import { isStaff } from "../../auth/permissions";
import { replyRefusal } from "./assignment-rules";
import { coOpinionsPending, outstandingCoHandlers } from "./co-handling.server";

export interface AdoptionMark {
  recommendationId: number;
  adoption: Adoption;
  reason: string;
}

export interface ReplyInput {
  kind: "formal" | "holding";
  category: "A" | "B" | "C" | "D" | null;
  body: string;
  consentToPublish: boolean;
  correctsId?: number | null;
  /** 联系人 and 联系电话 for the reply letter (答复函). */
  contactName?: string | null;
  contactPhone?: string | null;
  /** Formal replies: each recommendation of the proposal marked 已采纳/部分采纳/留作参考/不采纳 with a reason. */
  adoptions?: AdoptionMark[];
}

/** The live recommendations (kind recommendation) of a proposal's document, in order. */
export async function proposalRecommendations(t: DbOrTx, proposalId: number) {
  return t
    .select({ id: recommendations.id, path: recommendations.path, marker: recommendations.marker, title: recommendations.title })
    .from(recommendations)
    .innerJoin(proposals, eq(proposals.documentId, recommendations.documentId))
    .where(and(eq(proposals.id, proposalId), eq(recommendations.kind, "recommendation"), isNull(recommendations.removedInVersion)))
    .orderBy(asc(recommendations.id));
}

/** Every recommendation marked once, with a reason unless adopted. */
function checkMarks(recs: { id: number; title: string }[], marks: AdoptionMark[]) {
  const byId = new Map(marks.map((m) => [m.recommendationId, m]));
  if (byId.size !== marks.length) throw new DomainError("同一条建议只能标注一次", "invalid", "adoptions");
  for (const m of marks) if (!recs.some((r) => r.id === m.recommendationId)) throw new DomainError("标注的建议不属于本提案", "invalid", "adoptions");
  const missing = recs.filter((r) => !byId.has(r.id));
  if (missing.length) throw new DomainError(`请逐条标注建议的采纳情况（还有 ${missing.length} 条未标注：${missing.map((r) => r.title).slice(0, 3).join("；")}）`, "invalid", "adoptions");
  const noReason = marks.find((m) => m.adoption !== "adopted" && !m.reason.trim());
  if (noReason) throw new DomainError("部分采纳、留作参考或不采纳的建议须说明理由", "invalid", `reason-${noReason.recommendationId}`);
}

/**
 * 答复: a formal or holding reply (or a correction, 更正), waiting for staff
 * review before it is published. A formal reply marks each recommendation's
 * adoption, and waits until every co-handler has sent its opinion or staff
 * waived it. Co-handlers send 会办意见 instead (co-handling.server.ts).
 */
export async function submitReply(user: AppUser, id: number, input: ReplyInput) {
  if (!input.body.trim()) throw new DomainError("请填写答复正文", "invalid", "body");
  const problem = markdownProblem(input.body, 50_000);
  if (problem) throw new DomainError(problem, "invalid", "body");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id, "proposal");
    let marks = input.adoptions ?? [];
    if (input.correctsId) {
      checkAssignment("correct_reply", a, user);
      // 更正: a corrected reply to a published one; the original stays visible, marked corrected.
      const [original] = await t.select().from(replies).where(and(eq(replies.id, input.correctsId), eq(replies.assignmentId, id)));
      if (!original || original.state !== "published" || original.kind === "co_opinion") throw new DomainError("只能更正本单位已公开的答复", "invalid", "correctsId");
      if (!input.adoptions?.length) {
        // A correction of the text keeps the original's marks.
        const kept = await t.select().from(recommendationAdoptions).where(eq(recommendationAdoptions.replyId, original.id));
        marks = kept.map((k) => ({ recommendationId: k.recommendationId, adoption: k.adoption, reason: k.reason }));
      }
    } else checkAssignment("reply", a, user);
    if (input.kind === "formal" && !input.category) throw new DomainError("正式答复须选择答复类别", "invalid", "category");
    if (input.kind === "formal") {
      const waiting = await outstandingCoHandlers(t, a.proposalId!);
      if (waiting.length) throw coOpinionsPending(waiting.map((w) => w.name));
      checkMarks(await proposalRecommendations(t, a.proposalId!), marks);
    } else marks = [];
    const pending = await t.select().from(replies).where(and(eq(replies.assignmentId, id), eq(replies.state, "pending")));
    if (pending.length) throw new DomainError("已有答复在等待审核", "conflict");
    const [r] = await t
      .insert(replies)
      .values({
        assignmentId: id,
        kind: input.kind,
        category: input.kind === "formal" ? input.category : null,
        body: input.body.trim(),
        consentToPublish: input.consentToPublish,
        correctsId: input.correctsId ?? null,
        contactName: input.contactName?.trim() || null,
        contactPhone: input.contactPhone?.trim() || null,
        createdBy: user.id,
      })
      .returning();
    if (marks.length) {
      await t.insert(recommendationAdoptions).values(marks.map((m) => ({ replyId: r.id, recommendationId: m.recommendationId, adoption: m.adoption, reason: m.reason.trim().slice(0, 2000) })));
    }
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: a.proposalId!, action: "reply.submitted", data: { replyId: r.id, kind: r.kind, category: r.category } });
    await notify(t, {
      userIds: await staffUserIds(t),
      subject: REPLY_TO_REVIEW,
      body: "",
      link: `/staff/replies`,
    });
    return r;
  });
}

/** The notice that asks staff to review replies (settled when none is left pending). */
const REPLY_TO_REVIEW = "有答复待审核";

/** Staff review: 通过 publishes, 驳回 returns it to the department with the reason. */
export async function reviewReply(user: AppUser, replyId: number, approve: boolean, note: string) {
  if (!isStaff(user)) throw new DomainError("只有提案工作人员可以审核答复", "forbidden");
  if (!approve && !note.trim()) throw new DomainError("驳回须说明理由", "invalid", "note");
  await reviewReplyInTransaction(user, replyId, approve, note);
  // 提案答复公开: list the newly public reply in the disclosure catalogues.
  if (approve) await discloseReplies(user.id);
}

async function reviewReplyInTransaction(user: AppUser, replyId: number, approve: boolean, note: string) {
  return db.transaction(async (t) => {
    const [r] = await t.select().from(replies).where(eq(replies.id, replyId)).for("update");
    if (!r) throw new DomainError("答复不存在", "not_found");
    const refused = replyRefusal(approve ? "approve" : "reject", r.state, isStaff(user));
    if (refused) throw new DomainError(refused.message, refused.code);
    const [a] = await t.select().from(assignments).where(eq(assignments.id, r.assignmentId)).for("update");
    const p = await lockProposal(t, a.proposalId!);
    if (approve && r.kind === "formal") {
      const waiting = await outstandingCoHandlers(t, p.id);
      if (waiting.length) throw coOpinionsPending(waiting.map((w) => w.name));
    }
    await t
      .update(replies)
      .set({ state: approve ? "published" : "rejected", reviewNote: note.trim() || null, reviewedBy: user.id, reviewedAt: new Date() })
      .where(eq(replies.id, replyId));
    // 有答复待审核 names no reply: it is answered when none is left to review.
    const [left] = await t.select({ n: sql<number>`count(*)::int` }).from(replies).where(eq(replies.state, "pending"));
    if (!Number(left.n)) await settleNotices(t, await staffUserIds(t), "/staff/replies", REPLY_TO_REVIEW);
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "proposal",
      subjectId: p.id,
      action: approve ? "reply.published" : "reply.rejected",
      note: approve ? null : note.trim(),
      data: { replyId, kind: r.kind, category: r.category, departmentId: a.departmentId },
    });
    if (!approve) {
      await notify(t, { userIds: await departmentUserIds(t, [a.departmentId]), subject: "答复被驳回", body: note.trim(), link: `/department/assignments/${a.id}` });
      return;
    }
    if (r.kind === "formal" && a.state !== "replied") {
      await setAssignmentState(t, a, "replied", user.id, "replied");
      // 全部答复完成: every assignment answered — formal handlers replied, co-handlers heard or waived.
      const all = await t.select().from(assignments).where(and(eq(assignments.proposalId, p.id), notInArray(assignments.state, ["withdrawn"])));
      const allReplied = all.every((f) => (f.id === a.id ? true : f.state === "replied" || f.state === "closed"));
      if (allReplied && (p.state === "assigned" || p.state === "rehandling")) {
        await transition(t, p, "replied", user.id, "replied", { repliedAt: new Date() });
      }
    }
    // After the state change: the entries carry the proposal's state (it was indexed as "assigned").
    await indexProposalReplies(t, p.id);
    await notify(t, {
      userIds: await proposerIds(t, p),
      subject: `${r.kind === "holding" ? "阶段性答复" : "答复"}已公开（${p.caseNo}）：${p.title}`,
      body: "请查看答复并评价。",
      link: `/proposals/${p.caseNo}`,
    });
  });
}
