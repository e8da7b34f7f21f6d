// Consultation sessions (协商活动) of member studios: draft → published →
// closed → held (minutes recorded), or cancelled (everyone signed up is told).
// Sign-ups are first come: beyond capacity people join a waitlist, which moves
// up when someone cancels. Every sign-up and cancellation takes the session's
// row lock (SELECT … FOR UPDATE) inside its transaction, so concurrent
// requests are serialised on the session and capacity holds.
import { and, asc, desc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import { organisations, users } from "../../db/schema";
import {
  sessionOpinions,
  sessionSignups,
  studioSessions,
  studios,
  type SessionAudience,
  type SessionStatus,
} from "../../db/studios.schema";
import { formatBeijingRange } from "../utils/beijing-time";
import { DomainError } from "../utils/errors";
import { SESSION_STATUS_LABELS } from "../utils/studio-labels";
import { recordEvent } from "./events.server";
import { notify } from "./notifications.server";
import { assertCanManage, canManageStudio, getStudioById } from "./studios.server";
import type { AppUser } from "./users.server";

export type StudioSession = typeof studioSessions.$inferSelect;
export type Signup = typeof sessionSignups.$inferSelect;

export interface SessionInput {
  topic: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  reservedForMembers: number;
  audience: SessionAudience;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
}

/** Sessions the public may see: everything but drafts. */
export const VISIBLE_STATUSES: SessionStatus[] = ["published", "closed", "held", "cancelled"];
const ACTIVE_SIGNUP = ["confirmed", "waitlisted"] as const;

const sessionLink = (id: number) => `/sessions/${id}`;

export async function getSession(id: number, tx: DbOrTx = db) {
  const [row] = await tx.select().from(studioSessions).where(eq(studioSessions.id, id));
  return row ?? null;
}

/** The session with its studio, or null when the user may not see it (drafts are the organisers'). */
export async function getVisibleSession(id: number, user: AppUser | null) {
  const [row] = await db
    .select({ session: studioSessions, studio: studios })
    .from(studioSessions)
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(eq(studioSessions.id, id));
  if (!row) return null;
  const canManage = canManageStudio(user, row.studio);
  if (row.session.status === "draft" && !canManage) return null;
  return { ...row, canManage };
}

/** When sign-ups open and close: at publication and at the start unless set. */
export function signupWindow(s: Pick<StudioSession, "signupOpensAt" | "signupClosesAt" | "publishedAt" | "startsAt">) {
  return { opensAt: s.signupOpensAt ?? s.publishedAt ?? null, closesAt: s.signupClosesAt ?? s.startsAt };
}

export type SignupOpenness = "open" | "not_yet" | "closed" | "unavailable";

/** Whether new sign-ups are taken now. */
export function signupOpenness(
  s: Pick<StudioSession, "status" | "signupOpensAt" | "signupClosesAt" | "publishedAt" | "startsAt">,
  now = new Date(),
): SignupOpenness {
  if (s.status !== "published") return s.status === "closed" ? "closed" : "unavailable";
  const { opensAt, closesAt } = signupWindow(s);
  if (opensAt && now < opensAt) return "not_yet";
  if (now >= closesAt) return "closed";
  return "open";
}

function validateInput(input: SessionInput) {
  if (!input.topic.trim()) throw new DomainError("请填写活动主题", "invalid", "topic");
  if (!input.place.trim()) throw new DomainError("请填写活动地点", "invalid", "place");
  if (input.endsAt <= input.startsAt) throw new DomainError("结束时间须晚于开始时间", "invalid", "endsAt");
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 10_000) {
    throw new DomainError("名额须为 1–10000 的整数", "invalid", "capacity");
  }
  if (!Number.isInteger(input.reservedForMembers) || input.reservedForMembers < 0 || input.reservedForMembers > input.capacity) {
    throw new DomainError("委员预留名额须在 0 与总名额之间", "invalid", "reservedForMembers");
  }
  if (input.signupClosesAt && input.signupClosesAt > input.startsAt) {
    throw new DomainError("报名截止时间不能晚于活动开始时间", "invalid", "signupClosesAt");
  }
  if (input.signupOpensAt && input.signupOpensAt >= (input.signupClosesAt ?? input.startsAt)) {
    throw new DomainError("报名开始时间须早于报名截止时间", "invalid", "signupOpensAt");
  }
}

async function lockSession(tx: DbOrTx, id: number) {
  const [row] = await tx.select().from(studioSessions).where(eq(studioSessions.id, id)).for("update");
  if (!row) throw new DomainError("活动不存在", "not_found");
  return row;
}

async function studioFor(tx: DbOrTx, studioId: number) {
  const studio = await getStudioById(studioId, tx);
  if (!studio) throw new DomainError("工作室不存在", "not_found");
  return studio;
}

/** A studio's organiser creates a session as a draft. */
export async function createSession(studioId: number, input: SessionInput, actor: AppUser) {
  validateInput(input);
  return db.transaction(async (t) => {
    const studio = await studioFor(t, studioId);
    assertCanManage(actor, studio);
    if (!studio.active) throw new DomainError("该工作室已停用，不能发布活动", "conflict");
    const [row] = await t
      .insert(studioSessions)
      .values({ ...input, topic: input.topic.trim(), place: input.place.trim(), studioId, createdBy: actor.id })
      .returning();
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: row.id,
      action: "session.created",
      toState: "draft",
      data: { studioId },
    });
    return row;
  });
}

async function counts(tx: DbOrTx, sessionId: number) {
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
function fits(s: Pick<StudioSession, "capacity" | "reservedForMembers">, c: { confirmed: number; confirmedPublic: number }, asMember: boolean) {
  if (c.confirmed >= s.capacity) return false;
  return asMember || c.confirmedPublic < s.capacity - s.reservedForMembers;
}

/**
 * Move people up from the waitlist while places are free, in the order they
 * joined (the first who fits: a public place left free only for members is not
 * given to the public). Called with the session locked; each is notified.
 */
async function promoteWaitlist(tx: DbOrTx, s: StudioSession, actorId: string | null) {
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

function activeSignupUserIds(tx: DbOrTx, sessionId: number) {
  return tx
    .select({ userId: sessionSignups.userId })
    .from(sessionSignups)
    .where(and(eq(sessionSignups.sessionId, sessionId), inArray(sessionSignups.status, [...ACTIVE_SIGNUP])))
    .then((rows) => rows.map((r) => r.userId));
}

/**
 * Edit a session that is not yet held or cancelled. Capacity cannot drop below
 * the people already confirmed; more places move the waitlist up; a new time
 * or place is announced to everyone signed up.
 */
export async function updateSession(id: number, input: SessionInput & { version: number }, actor: AppUser) {
  validateInput(input);
  return db.transaction(async (t) => {
    const s = await lockSession(t, id);
    assertCanManage(actor, await studioFor(t, s.studioId));
    if (s.status === "held" || s.status === "cancelled") {
      throw new DomainError(`活动${SESSION_STATUS_LABELS[s.status]}，不能再修改`, "conflict");
    }
    if (s.version !== input.version) throw new DomainError("该活动已被他人修改，请查看最新内容后重新提交", "conflict");
    const c = await counts(t, id);
    if (input.capacity < c.confirmed) {
      throw new DomainError(`已有 ${c.confirmed} 人确认报名，名额不能少于此数`, "conflict", "capacity");
    }
    const moved =
      s.startsAt.getTime() !== input.startsAt.getTime() || s.endsAt.getTime() !== input.endsAt.getTime() || s.place !== input.place.trim();
    const { version: _v, ...fields } = input;
    const [row] = await t
      .update(studioSessions)
      .set({
        ...fields,
        topic: input.topic.trim(),
        place: input.place.trim(),
        version: sql`${studioSessions.version} + 1`,
        sequence: moved ? sql`${studioSessions.sequence} + 1` : studioSessions.sequence,
        updatedAt: new Date(),
      })
      .where(eq(studioSessions.id, id))
      .returning();
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: id,
      action: "session.updated",
      data: moved ? { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), place: input.place } : {},
    });
    if (s.status !== "draft") {
      if (moved) {
        await notify(t, {
          userIds: await activeSignupUserIds(t, id),
          subject: `活动时间或地点变更：${row.topic}`,
          body: `您报名的协商活动“${row.topic}”调整为 ${formatBeijingRange(row.startsAt, row.endsAt)}，地点：${row.place}。`,
          link: sessionLink(id),
        });
      }
      await promoteWaitlist(t, row, actor.id);
    }
    return row;
  });
}

type Transition = "publish" | "close" | "reopen" | "cancel" | "hold";

const TRANSITIONS: Record<Transition, { from: SessionStatus[]; to: SessionStatus; action: string }> = {
  publish: { from: ["draft"], to: "published", action: "session.published" },
  close: { from: ["published"], to: "closed", action: "session.closed" },
  reopen: { from: ["closed"], to: "published", action: "session.reopened" },
  cancel: { from: ["draft", "published", "closed"], to: "cancelled", action: "session.cancelled" },
  hold: { from: ["published", "closed"], to: "held", action: "session.held" },
};

const TRANSITION_VERBS: Record<Transition, string> = {
  publish: "发布",
  close: "截止报名",
  reopen: "重新开放报名",
  cancel: "取消",
  hold: "记录为已举行",
};

/**
 * Move a session through its life. `cancel` needs a reason and tells everyone
 * signed up; `hold` needs the minutes and is allowed once the session began.
 */
export async function transitionSession(
  id: number,
  transition: Transition,
  actor: AppUser,
  options: { reason?: string; minutes?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  return db.transaction(async (t) => {
    const s = await lockSession(t, id);
    assertCanManage(actor, await studioFor(t, s.studioId));
    const rule = TRANSITIONS[transition];
    if (!rule.from.includes(s.status)) {
      throw new DomainError(`活动当前为“${SESSION_STATUS_LABELS[s.status]}”，不能${TRANSITION_VERBS[transition]}`, "conflict");
    }
    const changes: Partial<typeof studioSessions.$inferInsert> = { status: rule.to, updatedAt: now };
    if (transition === "publish") {
      if (s.startsAt <= now) throw new DomainError("活动开始时间已过，请先修改时间再发布", "conflict");
      changes.publishedAt = now;
    }
    if (transition === "reopen" && signupWindow(s).closesAt <= now) {
      throw new DomainError("报名截止时间已过，请先修改截止时间", "conflict");
    }
    if (transition === "cancel") {
      const reason = options.reason?.trim();
      if (!reason) throw new DomainError("请说明取消的原因，报名者会收到通知", "invalid", "reason");
      changes.cancelReason = reason;
      changes.cancelledAt = now;
      changes.sequence = s.sequence + 1;
    }
    if (transition === "hold") {
      if (s.startsAt > now) throw new DomainError("活动尚未开始，不能记录为已举行", "conflict");
      const minutes = options.minutes?.trim();
      if (!minutes) throw new DomainError("请填写活动纪要", "invalid", "minutes");
      changes.minutes = minutes;
      changes.heldAt = now;
    }
    const [row] = await t
      .update(studioSessions)
      .set({ ...changes, version: sql`${studioSessions.version} + 1` })
      .where(eq(studioSessions.id, id))
      .returning();
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: id,
      action: rule.action,
      fromState: s.status,
      toState: rule.to,
      note: transition === "cancel" ? (options.reason?.trim() ?? null) : null,
    });
    if (transition === "cancel") {
      await notify(t, {
        userIds: await activeSignupUserIds(t, id),
        subject: `活动取消：${s.topic}`,
        body: `您报名的协商活动“${s.topic}”（${formatBeijingRange(s.startsAt, s.endsAt)}，${s.place}）已取消。原因：${options.reason!.trim()}`,
        link: sessionLink(id),
      });
    }
    return row;
  });
}

/** Minutes of a held session can be corrected; each correction is an event. */
export async function updateMinutes(id: number, minutes: string, actor: AppUser) {
  return db.transaction(async (t) => {
    const s = await lockSession(t, id);
    assertCanManage(actor, await studioFor(t, s.studioId));
    if (s.status !== "held") throw new DomainError("只有已举行的活动才有纪要", "conflict");
    if (!minutes.trim()) throw new DomainError("请填写活动纪要", "invalid", "minutes");
    await t
      .update(studioSessions)
      .set({ minutes: minutes.trim(), version: sql`${studioSessions.version} + 1`, updatedAt: new Date() })
      .where(eq(studioSessions.id, id));
    await recordEvent(t, { actorId: actor.id, subjectType: "studio_session", subjectId: id, action: "session.minutes_updated" });
  });
}

export interface SignupResult {
  signup: Signup;
  /** 1-based place in the waitlist; null when confirmed. */
  position: number | null;
}

async function waitlistPosition(tx: DbOrTx, signup: Pick<Signup, "id" | "sessionId" | "status">) {
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
    const isMember = user.roles.includes("member");
    if (s.audience === "members" && !isMember) throw new DomainError("本次活动仅限政协委员报名", "forbidden");
    const openness = signupOpenness(s, now);
    if (openness === "not_yet") throw new DomainError("报名尚未开始", "conflict");
    if (openness === "closed") throw new DomainError("报名已截止", "conflict");
    if (openness === "unavailable") throw new DomainError(`活动${SESSION_STATUS_LABELS[s.status]}，不能报名`, "conflict");

    const [existing] = await t
      .select({ id: sessionSignups.id })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.userId, user.id), ne(sessionSignups.status, "cancelled")));
    if (existing) throw new DomainError("您已报名本次活动", "conflict");

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
    const status = fits(s, c, isMember) ? "confirmed" : "waitlisted";
    const [signup] = await t
      .insert(sessionSignups)
      .values({ sessionId, userId: user.id, status, asMember: isMember, confirmedAt: status === "confirmed" ? now : null })
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
    if (!signup) throw new DomainError("您没有报名本次活动", "not_found");
    if (s.status !== "published" && s.status !== "closed") {
      throw new DomainError(`活动${SESSION_STATUS_LABELS[s.status]}，不能取消报名`, "conflict");
    }
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
    assertCanManage(actor, await studioFor(t, s.studioId));
    if (!["published", "closed", "held"].includes(s.status)) throw new DomainError("该活动不能登记出席", "conflict");
    if (s.startsAt > now) throw new DomainError("活动尚未开始，不能登记出席", "conflict");
    const confirmed = await t
      .select({ id: sessionSignups.id })
      .from(sessionSignups)
      .where(and(eq(sessionSignups.sessionId, sessionId), eq(sessionSignups.status, "confirmed")));
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

export interface OpinionInput {
  title: string;
  body: string;
  raisedBy: string;
}

/** 社情民意 raised at a held session, recorded by its organisers. */
export async function addOpinion(sessionId: number, input: OpinionInput, actor: AppUser) {
  return db.transaction(async (t) => {
    const s = await lockSession(t, sessionId);
    assertCanManage(actor, await studioFor(t, s.studioId));
    if (s.status !== "held") throw new DomainError("活动记录为已举行后才能登记社情民意", "conflict");
    if (!input.title.trim()) throw new DomainError("请填写标题", "invalid", "title");
    if (!input.body.trim()) throw new DomainError("请填写内容", "invalid", "body");
    const [row] = await t
      .insert(sessionOpinions)
      .values({ sessionId, title: input.title.trim(), body: input.body.trim(), raisedBy: input.raisedBy.trim(), recordedBy: actor.id })
      .returning();
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: sessionId,
      action: "opinion.recorded",
      data: { opinionId: row.id },
    });
    return row;
  });
}

export function listOpinions(sessionId: number) {
  return db.select().from(sessionOpinions).where(eq(sessionOpinions.sessionId, sessionId)).orderBy(asc(sessionOpinions.id));
}

const listColumns = {
  id: studioSessions.id,
  topic: studioSessions.topic,
  startsAt: studioSessions.startsAt,
  endsAt: studioSessions.endsAt,
  place: studioSessions.place,
  capacity: studioSessions.capacity,
  reservedForMembers: studioSessions.reservedForMembers,
  audience: studioSessions.audience,
  status: studioSessions.status,
  signupOpensAt: studioSessions.signupOpensAt,
  signupClosesAt: studioSessions.signupClosesAt,
  publishedAt: studioSessions.publishedAt,
  studioId: studios.id,
  studioSlug: studios.slug,
  studioName: studios.name,
  confirmed: sql<number>`(select count(*)::int from ${sessionSignups} x where x.session_id = ${studioSessions.id} and x.status = 'confirmed')`,
  waitlisted: sql<number>`(select count(*)::int from ${sessionSignups} x where x.session_id = ${studioSessions.id} and x.status = 'waitlisted')`,
};

export interface SessionFilters {
  studioId?: number;
  /** upcoming: not yet ended nor held; past: ended or held. */
  when?: "upcoming" | "past";
  status?: SessionStatus;
  /** Organisers also see drafts. */
  includeDrafts?: boolean;
}

function sessionConditions(f: SessionFilters) {
  return and(
    f.includeDrafts ? undefined : inArray(studioSessions.status, VISIBLE_STATUSES),
    f.studioId ? eq(studioSessions.studioId, f.studioId) : undefined,
    f.status ? eq(studioSessions.status, f.status) : undefined,
    // Upcoming includes cancelled ones (shown as 已取消, so nobody turns up).
    f.when === "upcoming" ? and(gt(studioSessions.endsAt, sql`now()`), ne(studioSessions.status, "held")) : undefined,
    f.when === "past" ? or(lt(studioSessions.endsAt, sql`now()`), eq(studioSessions.status, "held")) : undefined,
  );
}

export async function listSessions(f: SessionFilters, limit = 50) {
  return db
    .select(listColumns)
    .from(studioSessions)
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(and(sessionConditions(f), eq(studios.active, true)))
    .orderBy(f.when === "past" ? desc(studioSessions.startsAt) : asc(studioSessions.startsAt))
    .limit(limit);
}

/** The API's list: id order with a cursor. */
export async function listSessionsAfter(f: SessionFilters, cursor: number | null, limit: number) {
  const rows = await db
    .select(listColumns)
    .from(studioSessions)
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(and(sessionConditions(f), cursor ? gt(studioSessions.id, cursor) : undefined))
    .orderBy(asc(studioSessions.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: more ? page[page.length - 1].id : null };
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
