// Capacity of a studio session (名额): the row lock every sign-up, cancellation
// and edit takes, the counts, and moving the waitlist up. Shared by the session
// lifecycle (studio-sessions) and the sign-ups (session-signups).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { sessionSignups, studioSessions } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { getStudioById } from "./studios.server";
import type { Signup, StudioSession } from "../../../db/studios.schema";

export const ACTIVE_SIGNUP = ["confirmed", "waitlisted"] as const;
export const sessionLink = (id: number) => `/sessions/${id}`;

export async function lockSession(tx: DbOrTx, id: number) {
  const [row] = await tx.select().from(studioSessions).where(eq(studioSessions.id, id)).for("update");
  if (!row) throw new DomainError("活动不存在", "not_found");
  return row;
}

export async function studioFor(tx: DbOrTx, studioId: number) {
  const studio = await getStudioById(studioId, tx);
  if (!studio) throw new DomainError("工作室不存在", "not_found");
  return studio;
}

export async function counts(tx: DbOrTx, sessionId: number) {
  const [row] = await tx
    .select({
      confirmed: sql<number>`count(*) filter (where ${sessionSignups.status} = 'confirmed')::int`,
      confirmedPublic: sql<number>`count(*) filter (where ${sessionSignups.status} = 'confirmed' and not ${sessionSignups.asMember})::int`,
      waitlisted: sql<number>`count(*) filter (where ${sessionSignups.status} = 'waitlisted')::int`,
    })
    .from(sessionSignups)
    .where(eq(sessionSignups.sessionId, sessionId));
  return row;
}

export function signupCounts(sessionId: number) {
  return counts(db, sessionId);
}

/** Whether one more person (a member or not) fits in the confirmed places. */
export function fits(s: Pick<StudioSession, "capacity" | "reservedForMembers">, c: { confirmed: number; confirmedPublic: number }, asMember: boolean) {
  if (c.confirmed >= s.capacity) return false;
  return asMember || c.confirmedPublic < s.capacity - s.reservedForMembers;
}

/**
 * The places one more person could still take: a member any free place, anyone
 * else only those not kept for members (what `fits` lets them have).
 */
export function placesLeft(s: Pick<StudioSession, "capacity" | "reservedForMembers">, c: { confirmed: number; confirmedPublic: number }, asMember: boolean) {
  const free = Math.max(0, s.capacity - c.confirmed);
  return asMember ? free : Math.max(0, Math.min(free, s.capacity - s.reservedForMembers - c.confirmedPublic));
}

/**
 * Move people up from the waitlist while places are free, in the order they
 * joined (the first who fits: a public place left free only for members is not
 * given to the public). Called with the session locked; each is notified.
 */
export async function promoteWaitlist(tx: DbOrTx, s: StudioSession, actorId: string | null) {
  const promoted: string[] = [];
  for (;;) {
    const c = await counts(tx, s.id);
    if (c.confirmed >= s.capacity || c.waitlisted === 0) break;
    const waiting = await tx
      .select()
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, s.id), eq(sessionSignups.status, "waitlisted")))
      .orderBy(asc(sessionSignups.id));
    const next = waiting.find((w) => fits(s, c, w.asMember));
    if (!next) break;
    await tx
      .update(sessionSignups)
      .set({ status: "confirmed", confirmedAt: new Date() })
      .where(eq(sessionSignups.id, next.id));
    await recordEvent(tx, {
      actorId,
      subjectType: "studio_session",
      subjectId: s.id,
      action: "signup.promoted",
      fromState: "waitlisted",
      toState: "confirmed",
      data: { userId: next.userId, signupId: next.id },
    });
    await notify(tx, {
      userIds: [next.userId],
      subject: `候补转正：${s.topic}`,
      body: `您报名的协商活动“${s.topic}”（${formatBeijingRange(s.startsAt, s.endsAt)}，${s.place}）有名额空出，您已由候补转为正式报名。如不能参加，请及时取消报名，把名额留给他人。`,
      link: sessionLink(s.id),
    });
    promoted.push(next.userId);
  }
  return promoted;
}

export function activeSignupUserIds(tx: DbOrTx, sessionId: number) {
  return tx
    .select({ userId: sessionSignups.userId })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.sessionId, sessionId), inArray(sessionSignups.status, [...ACTIVE_SIGNUP])))
    .then((rows) => rows.map((r) => r.userId));
}

export async function waitlistPosition(tx: DbOrTx, signup: Pick<Signup, "id" | "sessionId" | "status">) {
  if (signup.status !== "waitlisted") return null;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(sessionSignups)
    .where(
      and(
        eq(sessionSignups.sessionId, signup.sessionId),
        eq(sessionSignups.status, "waitlisted"),
        sql`${sessionSignups.id} <= ${signup.id}`,
      ),
    );
  return row.n;
}

