// Replies (答复) to an assigned proposal: a co-handler's opinion to the lead
// (会办意见), formal and holding replies and their corrections (更正), and the
// staff review that publishes or rejects them. Assignment helpers live in
// handling.server.ts.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { db } from "../../../db/client";
import { assignments, replies } from "../../../db/loop.schema";
import { DomainError } from "../../utils/errors";
import { markdownProblem } from "../../utils/markdown-limits";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { indexProposalReplies } from "../../../search/index";
import { discloseReplies } from "./reply-disclosure.server";
import { lockProposal, proposerIds, staffUserIds, transition } from "./proposals.server";
import { FORMAL_ROLES, departmentUserIds, ownAssignment, refuse, setAssignmentState } from "./handling.server";
import { isStaff } from "../../auth/permissions";

export interface ReplyInput {
  kind: "formal" | "holding";
  category: "A" | "B" | "C" | "D" | null;
  body: string;
  consentToPublish: boolean;
  correctsId?: number | null;
}

/**
 * 答复. A co-handler's text is its opinion to the lead (no review). A formal or
 * holding reply waits for staff review before it is published.
 */
export async function submitReply(user: AppUser, id: number, input: ReplyInput) {
  if (!input.body.trim()) throw new DomainError("请填写答复正文", "invalid", "body");
  const problem = markdownProblem(input.body, 50_000);
  if (problem) throw new DomainError(problem, "invalid", "body");
  return db.transaction(async (t) => {
    const a = await ownAssignment(t, user, id);
    if (a.role === "co") {
      if (!["assigned", "signed"].includes(a.state)) throw refuse(a, "提交会办意见");
      const [r] = await t.insert(replies).values({ assignmentId: id, kind: "co_opinion", body: input.body.trim(), state: "published", createdBy: user.id }).returning();
      await setAssignmentState(t, a, "replied", user.id, "co_opinion_sent");
      const leads = await t.select().from(assignments).where(and(eq(assignments.proposalId, a.proposalId!), eq(assignments.role, "lead")));
      await notify(t, { userIds: await departmentUserIds(t, leads.map((l) => l.departmentId)), subject: "收到会办单位意见", body: input.body.trim().slice(0, 200), link: `/department/assignments/${leads[0]?.id ?? ""}` });
      return r;
    }
    if (input.correctsId) {
      // 更正: a corrected reply to a published one; the original stays visible, marked corrected.
      const [original] = await t.select().from(replies).where(and(eq(replies.id, input.correctsId), eq(replies.assignmentId, id)));
      if (!original || original.state !== "published" || original.kind === "co_opinion") throw new DomainError("只能更正本单位已公开的答复", "invalid", "correctsId");
      if (!["signed", "rehandling", "replied"].includes(a.state)) throw refuse(a, "更正答复");
    } else if (!["signed", "rehandling"].includes(a.state)) throw refuse(a, "答复（请先签收）");
    if (input.kind === "formal" && !input.category) throw new DomainError("正式答复须选择答复类别", "invalid", "category");
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
        createdBy: user.id,
      })
      .returning();
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: a.proposalId!, action: "reply.submitted", data: { replyId: r.id, kind: r.kind, category: r.category } });
    await notify(t, {
      userIds: await staffUserIds(t),
      subject: "有答复待审核",
      body: "",
      link: `/staff/replies`,
    });
    return r;
  });
}

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
    if (r.state !== "pending") throw new DomainError("该答复已审核过", "conflict");
    const [a] = await t.select().from(assignments).where(eq(assignments.id, r.assignmentId)).for("update");
    const p = await lockProposal(t, a.proposalId!);
    await t
      .update(replies)
      .set({ state: approve ? "published" : "rejected", reviewNote: note.trim() || null, reviewedBy: user.id, reviewedAt: new Date() })
      .where(eq(replies.id, replyId));
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
      const formal = await t
        .select()
        .from(assignments)
        .where(and(eq(assignments.proposalId, p.id), inArray(assignments.role, FORMAL_ROLES), notInArray(assignments.state, ["withdrawn"])));
      const allReplied = formal.every((f) => (f.id === a.id ? true : f.state === "replied" || f.state === "closed"));
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
