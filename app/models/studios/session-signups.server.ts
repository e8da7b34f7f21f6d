// Sign-ups for studio sessions (报名): first come; beyond capacity a waitlist
// that moves up when someone cancels. Every sign-up and cancellation takes the
// session's row lock (SELECT … FOR UPDATE) inside its transaction, so
// concurrent requests are serialised on the session and capacity holds.
import { and, asc, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { organisations, users } from "../../../db/schema";
import { sessionSignups, studioSessions, studios } from "../../../db/studios.schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { isServiceAccount, type AppUser } from "../directory/users.server";
import { ACTIVE_SIGNUP, counts, fits, lockSession, promoteWaitlist, studioFor, waitlistPosition } from "./session-capacity.server";
import type { Signup } from "../../../db/studios.schema";
import { signupOpenness } from "./studio-sessions.server";
import { canManageStudio, isMember } from "../../auth/permissions";
import { SIGNUP_RULES, type SignupActor } from "./signup-rules";
import { allows, assertAllowed, refusalOf } from "../platform/state-table";
import type { SessionAudience, SessionStatus, SignupStatus, StudioSession } from "../../../db/studios.schema";

const attendable = SIGNUP_RULES.attend.from.filter((s): s is SignupStatus => s !== "none");

/**
 * The actor's relations to a session's sign-ups, for the state table
 * (signup-rules.ts). Anyone counts as the audience of a public session (signing
 * in is asked for separately); members of every session.
 */
export function signupActors(
  user: AppUser | null,
  session: { audience: SessionAudience },
  signup?: { userId: string } | null,
  studio?: { leadId: string | null },
): SignupActor[] {
  const actors: SignupActor[] = [];
  if (session.audience === "public" || isMember(user)) actors.push("audience");
  if (user && signup && signup.userId === user.id) actors.push("participant");
  if (studio && canManageStudio(user, studio)) actors.push("organiser");
  return actors;
}

/**
 * What the session page offers this viewer (its `can` map), from the table and
 * the sign-up window; `blocked` says why no sign-up button, in the page's order.
 */
export function signupRights(
  s: Pick<StudioSession, "status" | "audience" | "startsAt" | "signupOpensAt" | "signupClosesAt" | "publishedAt">,
  user: AppUser | null,
  mine: { userId: string; status: SignupStatus } | null,
  now = new Date(),
) {
  const facts = { actors: signupActors(user, s, mine), within: s.status, state: mine?.status ?? ("none" as const) };
  const window = signupOpenness(s, now);
  const signUp = SIGNUP_RULES.sign_up;
  const blocked =
    mine ? null
    : window === "not_yet" ? ("not_yet" as const)
    : window !== "open" ? ("closed" as const)
    : refusalOf(signUp, facts, ["actor"]) ? ("members_only" as const)
    : !user ? ("sign_in" as const)
    : null;
  return {
    /** Sign-ups are a thing in this state (the sign-up box is shown). */
    signups: (SIGNUP_RULES.cancel.within as readonly SessionStatus[]).includes(s.status),
    signUp: !!user && window === "open" && allows(signUp, facts),
    cancel: allows(SIGNUP_RULES.cancel, facts) && now < s.startsAt,
    blocked,
  };
}

export interface SignupResult {
  signup: Signup;
  /** 1-based place in the waitlist; null when confirmed. */
  position: number | null;
}

/**
 * One-click sign-up. Members may sign up for any session that is open; signed-in
 * members of the public only for sessions open to the public, and only for the
 * places not reserved for members. Beyond capacity, the waitlist.
 */
export async function signUp(sessionId: number, user: AppUser, now = new Date()): Promise<SignupResult> {
  return db.transaction(async (t) => {
    // The row lock serialises every sign-up and cancellation of this session.
    const s = await lockSession(t, sessionId);
    if (s.status === "draft") throw new DomainError("活动不存在", "not_found");
    // Places are for people: an API token's service account never takes one.
    if (await isServiceAccount(t, user.id)) throw new DomainError("接口令牌只能办理本单位的交办事项，不能报名活动", "forbidden");
    const asMember = isMember(user);
    const rule = SIGNUP_RULES.sign_up;
    assertAllowed(rule, { actors: signupActors(user, s), within: s.status }, ["actor", "within"]);
    const window = signupOpenness(s, now);
    if (window !== "open") throw new DomainError(window === "not_yet" ? "报名尚未开始" : "报名已截止", "conflict");

    const [existing] = await t
      .select({ status: sessionSignups.status })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.userId, user.id), ne(sessionSignups.status, "cancelled")));
    assertAllowed(rule, { state: existing?.status ?? "none" }, ["state"]);

    // One person's sign-ups are serialised too, so two overlapping sessions
    // cannot both be taken by parallel requests.
    await t.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for("no key update");
    const [clash] = await t
      .select({ id: studioSessions.id, topic: studioSessions.topic })
      .from(sessionSignups)
      .innerJoin(studioSessions, eq(studioSessions.id, sessionSignups.sessionId))
      .where(
        and(
          eq(sessionSignups.userId, user.id),
          inArray(sessionSignups.status, [...ACTIVE_SIGNUP]),
          inArray(studioSessions.status, ["published", "closed"]),
          ne(studioSessions.id, sessionId),
          lt(studioSessions.startsAt, s.endsAt),
          gt(studioSessions.endsAt, s.startsAt),
        ),
      )
      .limit(1);
    if (clash) throw new DomainError(`与您已报名的活动“${clash.topic}”时间冲突`, "conflict");

    const c = await counts(t, sessionId);
    const status = fits(s, c, asMember) ? "confirmed" : "waitlisted";
    const [signup] = await t
      .insert(sessionSignups)
      .values({ sessionId, userId: user.id, status, asMember, confirmedAt: status === "confirmed" ? now : null })
      .returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "studio_session",
      subjectId: sessionId,
      action: status === "confirmed" ? "signup.confirmed" : "signup.waitlisted",
      toState: status,
      data: { userId: user.id, signupId: signup.id },
    });
    return { signup, position: await waitlistPosition(t, signup) };
  });
}

/** The participant cancels; a confirmed place goes to the first on the waitlist who fits. */
export async function cancelSignup(sessionId: number, user: AppUser, now = new Date()) {
  return db.transaction(async (t) => {
    const s = await lockSession(t, sessionId);
    const [signup] = await t
      .select()
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.userId, user.id), ne(sessionSignups.status, "cancelled")));
    assertAllowed(SIGNUP_RULES.cancel, { state: signup?.status ?? "none", within: s.status, actors: signupActors(user, s, signup) });
    if (now >= s.startsAt) throw new DomainError("活动已经开始，不能取消报名", "conflict");
    await t.update(sessionSignups).set({ status: "cancelled", cancelledAt: now }).where(eq(sessionSignups.id, signup.id));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "studio_session",
      subjectId: sessionId,
      action: "signup.cancelled",
      fromState: signup.status,
      toState: "cancelled",
      data: { userId: user.id, signupId: signup.id },
    });
    const promoted = signup.status === "confirmed" ? await promoteWaitlist(t, s, user.id) : [];
    return { promoted };
  });
}

/** The user's current sign-up for a session, with the waitlist position. */
export async function mySignup(sessionId: number, userId: string) {
  const [signup] = await db
    .select()
    .from(sessionSignups)
    .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.userId, userId), ne(sessionSignups.status, "cancelled")));
  if (!signup) return null;
  return { signup, position: await waitlistPosition(db, signup) };
}

/** Everyone who signed up, confirmed first, then the waitlist in order, then cancellations. */
export async function listSignups(sessionId: number) {
  const rows = await db
    .select({
      id: sessionSignups.id,
      userId: users.id,
      displayName: users.displayName,
      username: users.username,
      email: users.email,
      organisationName: organisations.name,
      status: sessionSignups.status,
      asMember: sessionSignups.asMember,
      attended: sessionSignups.attended,
      createdAt: sessionSignups.createdAt,
      confirmedAt: sessionSignups.confirmedAt,
      cancelledAt: sessionSignups.cancelledAt,
    })
    .from(sessionSignups)
    .innerJoin(users, eq(users.id, sessionSignups.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessionSignups.sessionId, sessionId))
    .orderBy(
      sql`case ${sessionSignups.status} when 'confirmed' then 0 when 'waitlisted' then 1 else 2 end`,
      asc(sessionSignups.id),
    );
  let position = 0;
  return rows.map((r) => ({ ...r, position: r.status === "waitlisted" ? ++position : null }));
}

/** Organisers mark who came (confirmed sign-ups only), once the session has begun. */
export async function markAttendance(sessionId: number, attendedSignupIds: number[], actor: AppUser, now = new Date()) {
  return db.transaction(async (t) => {
    const s = await lockSession(t, sessionId);
    const rule = SIGNUP_RULES.attend;
    assertAllowed(rule, { actors: signupActors(actor, s, null, await studioFor(t, s.studioId)), within: s.status });
    if (s.startsAt > now) throw new DomainError("活动尚未开始，不能登记出席", "conflict");
    // Only sign-ups in the rule's from-states (confirmed) are marked.
    const confirmed = await t
      .select({ id: sessionSignups.id })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, sessionId), inArray(sessionSignups.status, attendable)));
    const ids = new Set(attendedSignupIds);
    for (const row of confirmed) {
      await t.update(sessionSignups).set({ attended: ids.has(row.id) }).where(eq(sessionSignups.id, row.id));
    }
    const present = confirmed.filter((r) => ids.has(r.id)).length;
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: sessionId,
      action: "session.attendance",
      note: `出席 ${present} 人，缺席 ${confirmed.length - present} 人`,
    });
    return { present, absent: confirmed.length - present };
  });
}

/** A person's sign-ups (not cancelled), soonest first, with waitlist positions. */
export async function signupsOfUser(userId: string, options: { includePast?: boolean } = {}) {
  const rows = await db
    .select({
      signupId: sessionSignups.id,
      status: sessionSignups.status,
      attended: sessionSignups.attended,
      session: studioSessions,
      studioSlug: studios.slug,
      studioName: studios.name,
    })
    .from(sessionSignups)
    .innerJoin(studioSessions, eq(studioSessions.id, sessionSignups.sessionId))
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(
      and(
        eq(sessionSignups.userId, userId),
        ne(sessionSignups.status, "cancelled"),
        options.includePast ? undefined : gt(studioSessions.endsAt, sql`now() - interval '30 days'`),
      ),
    )
    .orderBy(asc(studioSessions.startsAt));
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      position: await waitlistPosition(db, { id: r.signupId, sessionId: r.session.id, status: r.status }),
    })),
  );
}
