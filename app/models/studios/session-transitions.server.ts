// The life of a consultation session: publish, close and reopen sign-ups,
// cancel (with a reason, everyone signed up is told) and record as held (with
// the minutes). Creating and editing sessions is in studio-sessions.server.ts.

import { db } from "../../../db/client";
import { studioSessions, type SessionStatus } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { SESSION_STATUS_LABELS } from "./studio-labels";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { assertCanManage } from "./studios.server";
import type { AppUser } from "../directory/users.server";
import { activeSignupUserIds, lockSession, sessionLink, studioFor } from "./session-capacity.server";
import { signupWindow } from "./studio-sessions.server";
import { updateVersioned } from "../platform/versioned.server";

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
    const row = await updateVersioned(t, studioSessions, { id }, { ...changes });
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
