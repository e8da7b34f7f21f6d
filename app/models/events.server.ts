import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { events } from "../../db/schema";

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

/**
 * Append one event. Always called with the transaction that makes the change,
 * so the change and its record commit together or not at all.
 */
export async function recordEvent(tx: DbOrTx, input: EventInput) {
  const [row] = await tx
    .insert(events)
    .values({
      actorId: input.actorId,
      subjectType: input.subjectType,
      subjectId: String(input.subjectId),
      action: input.action,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      note: input.note ?? null,
      data: input.data ?? {},
    })
    .returning();
  return row;
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
