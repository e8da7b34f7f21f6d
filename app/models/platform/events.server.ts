import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db, rowsOf } from "../../../db/client";
import { events } from "../../../db/schema";
import { insertJsonRows } from "../../../db/json-rows";
import { bumpDataVersion, type EventStub } from "../../utils/data-version.server";
import { areasOfEvent } from "../../utils/cache-areas.server";

export interface EventInput {
  actorId: string | null;
  subjectType: string;
  subjectId: string | number;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** The events row an input is stored as. */
function rowOf(input: EventInput) {
  return {
    actorId: input.actorId,
    subjectType: input.subjectType,
    subjectId: String(input.subjectId),
    action: input.action,
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    note: input.note ?? null,
    data: input.data ?? {},
  };
}

/**
 * Append one event. Always called with the transaction that makes the change,
 * so the change and its record commit together or not at all.
 */
export async function recordEvent(tx: DbOrTx, input: EventInput) {
  const [row] = await tx
    .insert(events)
    .values(rowOf(input))
    .returning();
  // Cached public pages of the areas this event touches are now out of date
  // (see app/utils/response-cache.server.ts and cache-areas.server.ts).
  bumpDataVersion(areasOfEvent(input.subjectType, input.action));
  return row;
}

/** Append many events in one statement (batched imports); same rules as recordEvent. */
export async function recordEvents(tx: DbOrTx, inputs: EventInput[]) {
  if (!inputs.length) return;
  // One JSON parameter per statement rather than eight per event (db/json-rows.ts).
  for (let i = 0; i < inputs.length; i += 2000) {
    await tx.execute(insertJsonRows(events, inputs.slice(i, i + 2000).map(rowOf)));
  }
  bumpDataVersion([...new Set(inputs.flatMap((input) => areasOfEvent(input.subjectType, input.action)))]);
}

/**
 * A cheap fingerprint of the events table, for other processes' caches: the
 * newest id, and how many of the newest 1,000 ids exist. Ids are taken in
 * order but transactions commit in any order, so an event committed late
 * under an older id changes the count even when the newest id stays.
 */
export async function eventsFingerprint(tx: DbOrTx = db): Promise<string> {
  const [row] = rowsOf<{ top: string | number; n: number }>(
    await tx.execute(sql`select coalesce(max(id), 0) as top, count(*)::int as n from events
      where id > (select coalesce(max(id), 0) - 1000 from events)`),
  );
  return `${row.top}:${row.n}`;
}

/**
 * The newest 1,000 events, for other processes' caches to find what changed
 * (wide enough for a transaction that commits long after it took its ids).
 */
export async function recentEventStubs(tx: DbOrTx = db): Promise<EventStub[]> {
  const rows = rowsOf<{ id: string | number; subject_type: string; action: string }>(
    await tx.execute(sql`select id, subject_type, action from events
      where id > (select coalesce(max(id), 0) - 1000 from events)`),
  );
  return rows.map((r) => ({ id: Number(r.id), subjectType: r.subject_type, action: r.action }));
}

/** The timeline of one subject, oldest first. */
export function listEvents(tx: DbOrTx, subjectType: string, subjectId: string | number) {
  return tx
    .select()
    .from(events)
    .where(and(eq(events.subjectType, subjectType), eq(events.subjectId, String(subjectId))))
    .orderBy(asc(events.id));
}

/** The latest events across the site, for staff and admin dashboards. */
export function listRecentEvents(tx: DbOrTx, limit = 20) {
  return tx.select().from(events).orderBy(desc(events.id)).limit(limit);
}
