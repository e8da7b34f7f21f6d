// Consultation sessions (协商活动) of member studios: draft → published →
// closed → held (minutes recorded), or cancelled (everyone signed up is told).
// Sign-ups are in session-signups, capacity and the waitlist in
// session-capacity, lists in session-queries.
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
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
import { assertCanManage, canManageStudio } from "./studios.server";
import type { AppUser } from "./users.server";
import { activeSignupUserIds, counts, lockSession, promoteWaitlist, sessionLink, studioFor } from "./session-capacity.server";

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
