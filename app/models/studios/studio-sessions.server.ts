// Consultation sessions (协商活动) of member studios: draft → published →
// closed → held (minutes recorded), or cancelled (everyone signed up is told).
// This module creates and edits sessions and tells when sign-ups are open;
// status changes are in session-transitions, minutes and 社情民意 in
// session-outcomes, sign-ups in session-signups, capacity and the waitlist in
// session-capacity, lists in session-queries.
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import {
  studioSessions,
  studios,
  type SessionAudience,
  type SessionStatus,
  type StudioSession,
} from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { assertCanManage, sessionActors } from "./studios.server";
import { SESSION_RULES } from "./session-rules";
import { assertAllowed } from "../platform/state-table";
import { canManageStudio } from "../../auth/permissions";
import type { AppUser } from "../directory/users.server";
import { activeSignupUserIds, counts, lockSession, promoteWaitlist, sessionLink, studioFor } from "./session-capacity.server";
import { updateVersioned } from "../platform/versioned.server";


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
    assertAllowed(SESSION_RULES.edit, { actors: sessionActors(actor, await studioFor(t, s.studioId)), state: s.status });
    if (s.version !== input.version) throw new DomainError("该活动已被他人修改，请查看最新内容后重新提交", "conflict");
    const c = await counts(t, id);
    if (input.capacity < c.confirmed) {
      throw new DomainError(`已有 ${c.confirmed} 人确认报名，名额不能少于此数`, "conflict", "capacity");
    }
    const moved =
      s.startsAt.getTime() !== input.startsAt.getTime() || s.endsAt.getTime() !== input.endsAt.getTime() || s.place !== input.place.trim();
    const { version: _v, ...fields } = input;
    const row = await updateVersioned(t, studioSessions, { id }, {
        ...fields,
        topic: input.topic.trim(),
        place: input.place.trim(),
        sequence: moved ? sql`${studioSessions.sequence} + 1` : studioSessions.sequence,
      });
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
