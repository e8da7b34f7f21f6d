// 关注: accounts follow topics and leads; the domain functions notify the
// followers (with `notify`, in the same transaction) when something happens.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { participationFollows } from "../../../db/participation.schema";
import { recordEvent } from "../platform/events.server";

export type FollowSubject = "topic" | "lead";

export async function isFollowing(userId: string | null | undefined, subjectType: FollowSubject, subjectId: number, tx: DbOrTx = db) {
  if (!userId) return false;
  const [row] = await tx
    .select({ userId: participationFollows.userId })
    .from(participationFollows)
    .where(and(eq(participationFollows.userId, userId), eq(participationFollows.subjectType, subjectType), eq(participationFollows.subjectId, subjectId)));
  return !!row;
}

/** Follow or stop following, with an event. Idempotent. Permission is checked by the caller's rule. */
export async function setFollow(t: DbOrTx, userId: string, subjectType: FollowSubject, subjectId: number, follow: boolean) {
  if (follow) {
    const [row] = await t.insert(participationFollows).values({ userId, subjectType, subjectId }).onConflictDoNothing().returning();
    if (row) await recordEvent(t, { actorId: userId, subjectType: `participation_${subjectType}`, subjectId, action: `${subjectType}.followed` });
  } else {
    const [row] = await t
      .delete(participationFollows)
      .where(and(eq(participationFollows.userId, userId), eq(participationFollows.subjectType, subjectType), eq(participationFollows.subjectId, subjectId)))
      .returning();
    if (row) await recordEvent(t, { actorId: userId, subjectType: `participation_${subjectType}`, subjectId, action: `${subjectType}.unfollowed` });
  }
}

export async function followerIds(t: DbOrTx, subjectType: FollowSubject, subjectId: number) {
  const rows = await t
    .select({ userId: participationFollows.userId })
    .from(participationFollows)
    .where(and(eq(participationFollows.subjectType, subjectType), eq(participationFollows.subjectId, subjectId)));
  return rows.map((r) => r.userId);
}
