// The life of a consultation session: publish, close and reopen sign-ups,
// cancel (with a reason, everyone signed up is told) and record as held (with
// the minutes). Creating and editing sessions is in studio-sessions.server.ts.

import { db } from "../../../db/client";
import { studioSessions } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { sessionActors } from "./studios.server";
import { SESSION_TRANSITIONS, type SessionTransition } from "./session-rules";
import { assertAllowed } from "../platform/state-table";
import type { AppUser } from "../directory/users.server";
import { activeSignupUserIds, lockSession, sessionLink, studioFor } from "./session-capacity.server";
import { signupWindow } from "./studio-sessions.server";
import { updateVersioned } from "../platform/versioned.server";

/**
 * Move a session through its life. `cancel` needs a reason and tells everyone
 * signed up; `hold` needs the minutes and is allowed once the session began.
 */
export async function transitionSession(
  id: number,
  transition: SessionTransition,
  actor: AppUser,
  options: { reason?: string; minutes?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  return db.transaction(async (t) => {
    const s = await lockSession(t, id);
    const rule = SESSION_TRANSITIONS[transition];
    assertAllowed(rule, { actors: sessionActors(actor, await studioFor(t, s.studioId)), state: s.status });
    const to = rule.to!;
    const changes: Partial<typeof studioSessions.$inferInsert> = { status: to, updatedAt: now };
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
    const row = await updateVersioned(t, studioSessions, { id }, { ...changes });
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "studio_session",
      subjectId: id,
      action: rule.event,
      fromState: s.status,
      toState: to,
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
