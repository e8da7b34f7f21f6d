// What a held session leaves behind: its minutes (纪要), which organisers may
// correct, and the 社情民意 raised there. Turning an opinion into a proposal
// draft is in session-opinions.server.ts.
import { asc, eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { sessionOpinions, studioSessions } from "../../../db/studios.schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { sessionActors } from "./studios.server";
import { SESSION_RULES } from "./session-rules";
import { assertAllowed } from "../platform/state-table";
import type { AppUser } from "../directory/users.server";
import { lockSession, studioFor } from "./session-capacity.server";
import { updateVersioned } from "../platform/versioned.server";

/** Minutes of a held session can be corrected; each correction is an event. */
export async function updateMinutes(id: number, minutes: string, actor: AppUser) {
  return db.transaction(async (t) => {
    const s = await lockSession(t, id);
    assertAllowed(SESSION_RULES.minutes, { actors: sessionActors(actor, await studioFor(t, s.studioId)), state: s.status });
    if (!minutes.trim()) throw new DomainError("请填写活动纪要", "invalid", "minutes");
    await updateVersioned(t, studioSessions, { id }, { minutes: minutes.trim() });
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
    assertAllowed(SESSION_RULES.opinion, { actors: sessionActors(actor, await studioFor(t, s.studioId)), state: s.status });
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
