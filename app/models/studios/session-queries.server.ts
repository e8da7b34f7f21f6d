// Lists of studio sessions for pages and the API (public and organisers').
import { and, asc, desc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { sessionSignups, studioSessions, studios, type SessionStatus } from "../../../db/studios.schema";
import { VISIBLE_STATUSES } from "./studio-sessions.server";
import { cursorPage } from "../../utils/api.server";

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
  return cursorPage(rows, limit);
}
