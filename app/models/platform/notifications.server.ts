// Telling people what concerns them: an in-app inbox row per user and, for
// users with an e-mail address, a mail in the outbox — both written in the
// caller's transaction, so a notification exists exactly when its change does.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { mailOutbox, notifications } from "../../../db/notifications.schema";
import { users } from "../../../db/schema";

export interface Notice {
  userIds: string[];
  subject: string;
  body: string;
  link?: string;
  /** What the notice asks about, when a later step settles it (settleNoticesAbout). */
  about?: NoticeAbout;
}

/** A duty swap to answer (dutySwaps.id), or a report's recommendations to sign (documents.id). */
export interface NoticeAbout {
  type: "duty_swap" | "report_assignment";
  id: number;
}

export async function notify(tx: DbOrTx, notice: Notice) {
  const ids = [...new Set(notice.userIds.filter(Boolean))];
  if (!ids.length) return;
  await tx.insert(notifications).values(
    ids.map((userId) => ({
      userId,
      subject: notice.subject,
      body: notice.body,
      link: notice.link ?? null,
      aboutType: notice.about?.type ?? null,
      aboutId: notice.about?.id ?? null,
    })),
  );
  const recipients = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)));
  const mails = recipients.filter((r): r is { email: string } => !!r.email);
  if (mails.length) {
    const text = `${notice.body}${notice.link ? `\n\n${notice.link}` : ""}`;
    await tx.insert(mailOutbox).values(mails.map((m) => ({ toAddress: m.email, subject: `【协商】${notice.subject}`, body: text })));
  }
}

/**
 * A notice that asked for an answer or a step (an invitation, 请及时签收) stops
 * counting as unread once it is given: marks read the recipients' unread notices
 * with this link whose subject starts with `subjectPrefix`. In the caller's
 * transaction, beside the answer's own change and event.
 */
export async function settleNotices(tx: DbOrTx, userIds: string[], link: string, subjectPrefix: string) {
  if (!userIds.length) return;
  await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(inArray(notifications.userId, userIds), eq(notifications.link, link), isNull(notifications.readAt), sql`starts_with(${notifications.subject}, ${subjectPrefix})`));
}

/**
 * The same for notices that say what they ask about (Notice.about): marks read the
 * recipients' unread notices about it — one swap's request and not another's from the same
 * studio, though both link to /member/rota. In the caller's transaction.
 */
export async function settleNoticesAbout(tx: DbOrTx, userIds: string[], about: NoticeAbout) {
  if (!userIds.length) return;
  await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(inArray(notifications.userId, userIds), eq(notifications.aboutType, about.type), eq(notifications.aboutId, about.id), isNull(notifications.readAt)));
}

export function listNotifications(userId: string, limit = 50) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(limit);
}

export async function unreadCount(userId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row.n;
}

export async function markAllRead(userId: string) {
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export function listOutbox(limit = 100) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
}
