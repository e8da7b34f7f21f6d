// 网民意见 on a consultation topic: posted by signed-in accounts (members are
// marked 委员), screened by the word list, rate limited, and moderated before
// anyone else sees them: approve, reject with a reason the author sees, merge
// into an identical approved opinion, or take down later. The author can
// withdraw before moderation. Every step: one transaction, OPINION_RULES, an
// event (the moderation log), the search index, a notice to the author.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { consultationTopics, topicOpinions, type OpinionState } from "../../../db/participation.schema";
import { indexTopic } from "../../../search/index";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { checkOpinion, checkTopic, opinionActors, topicActors } from "./participation-access";
import { takePostSlot } from "./rate-limits.server";
import { lockTopic } from "./topics.server";
import { screenTexts } from "./word-list.server";

export type Opinion = typeof topicOpinions.$inferSelect;

/** Paragraphs kept, runs of blank lines and trailing spaces tidied. */
export function tidyText(text: string) {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface PostContext {
  /** The client address, for the per-address rate limit. */
  ip?: string | null;
  now?: Date;
}

/** Post an opinion: pending until staff approve it. */
export async function postOpinion(user: AppUser, topicId: number, input: { body: string }, context: PostContext = {}) {
  const now = context.now ?? new Date();
  const body = tidyText(input.body);
  if (body.length < 10) throw new DomainError("请至少写 10 个字，把意见说清楚", "invalid", "body");
  if (body.length > 3000) throw new DomainError("意见不能超过 3000 个字", "invalid", "body");
  return db.transaction(async (t) => {
    const [topic] = await t.select().from(consultationTopics).where(eq(consultationTopics.id, topicId)).for("share");
    if (!topic || topic.state === "draft") throw new DomainError("议题不存在", "not_found");
    checkTopic("post_opinion", topic, topicActors(user), now);
    const flaggedWords = await screenTexts(t, { body });
    await takePostSlot(t, "opinion", user.id, context.ip, now);
    const [row] = await t
      .insert(topicOpinions)
      .values({ topicId, authorId: user.id, asMember: user.roles.includes("member"), body, flaggedWords, createdAt: now })
      .returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "participation_opinion",
      subjectId: row.id,
      action: "opinion.posted",
      toState: "pending",
      data: { topicId, flaggedWords },
    });
    return row;
  });
}

async function lockOpinion(t: DbOrTx, id: number) {
  const [row] = await t.select().from(topicOpinions).where(eq(topicOpinions.id, id)).for("update");
  if (!row) throw new DomainError("意见不存在", "not_found");
  return row;
}

async function setState(t: DbOrTx, o: Opinion, to: OpinionState, actorId: string, action: string, extra: Partial<Opinion> = {}, note: string | null = null) {
  const [row] = await t
    .update(topicOpinions)
    .set({ ...extra, state: to, version: sql`${topicOpinions.version} + 1` })
    .where(and(eq(topicOpinions.id, o.id), eq(topicOpinions.version, o.version)))
    .returning();
  if (!row) throw new DomainError("该意见刚被他人处理，请刷新后再试", "conflict");
  await recordEvent(t, {
    actorId,
    subjectType: "participation_opinion",
    subjectId: o.id,
    action: `opinion.${action}`,
    fromState: o.state,
    toState: to,
    note,
    data: { topicId: o.topicId, ...(extra.mergedIntoId ? { mergedIntoId: extra.mergedIntoId } : {}) },
  });
  return row;
}

/** 撤回: the author, before moderation. */
export async function withdrawOpinion(user: AppUser, id: number) {
  await db.transaction(async (t) => {
    const o = await lockOpinion(t, id);
    checkOpinion("withdraw", o.state, opinionActors(user, o));
    await setState(t, o, "withdrawn", user.id, "withdrawn");
  });
}

export type ModerationDecision =
  | { decision: "approve" }
  | { decision: "reject"; reason: string }
  | { decision: "merge"; intoId: number; reason?: string }
  | { decision: "hide"; reason: string };

/** 审核: staff approve, reject (with a reason), merge into an approved duplicate, or take down. */
export async function moderateOpinion(user: AppUser, id: number, input: ModerationDecision, now = new Date()) {
  const reason = "reason" in input ? (input.reason ?? "").trim() : "";
  if ((input.decision === "reject" || input.decision === "hide") && !reason) throw new DomainError("请填写理由，作者会看到它", "invalid", "reason");
  if (reason.length > 500) throw new DomainError("理由不能超过 500 个字", "invalid", "reason");
  await db.transaction(async (t) => {
    const o = await lockOpinion(t, id);
    checkOpinion(input.decision, o.state, opinionActors(user, o));
    await lockTopic(t, o.topicId);
    const stamp = { moderatedBy: user.id, moderatedAt: now };
    const link = `/participation/topics/${o.topicId}#my-opinions`;
    switch (input.decision) {
      case "approve":
        await setState(t, o, "approved", user.id, "approved", stamp);
        await notify(t, { userIds: [o.authorId], subject: "您的意见已审核公开", body: o.body.slice(0, 100), link: `/participation/opinions/${o.id}` });
        break;
      case "reject":
        await setState(t, o, "rejected", user.id, "rejected", { ...stamp, reason }, reason);
        await notify(t, { userIds: [o.authorId], subject: "您的意见未通过审核", body: `理由：${reason}`, link });
        break;
      case "merge": {
        if (input.intoId === o.id) throw new DomainError("不能合并到这条意见本身", "invalid", "intoId");
        const [target] = await t.select().from(topicOpinions).where(eq(topicOpinions.id, input.intoId));
        if (!target || target.topicId !== o.topicId || target.state !== "approved") {
          throw new DomainError("只能合并到同一议题下已公开的意见", "invalid", "intoId");
        }
        const note = reason || `与第 ${target.id} 号意见相同`;
        await setState(t, o, "merged", user.id, "merged", { ...stamp, mergedIntoId: target.id, reason: note }, note);
        await notify(t, { userIds: [o.authorId], subject: "您的意见已与相同意见合并", body: note, link: `/participation/opinions/${target.id}` });
        break;
      }
      case "hide":
        await setState(t, o, "hidden", user.id, "hidden", { ...stamp, reason }, reason);
        await notify(t, { userIds: [o.authorId], subject: "您公开的意见已被撤下", body: `理由：${reason}`, link });
        break;
    }
    await indexTopic(t, o.topicId);
  });
}
