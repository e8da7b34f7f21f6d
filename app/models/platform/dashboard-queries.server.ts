// Read models for the workbenches: counts and the recent audit trail.
import { and, desc, eq, sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { departments, events, organisations, userRoles, users, type Role } from "../../../db/schema";
import { ALL_AREAS } from "../../utils/cache-areas.server";
import { memoPerDataVersion } from "../../utils/per-data-version.server";
import { describeEventSubjects } from "./event-subjects.server";

/**
 * Active users per role and the active departments and organisations, for the staff and
 * admin workbenches: one statement (each round trip costs the app a socket write and a read).
 */
export async function directoryFigures(): Promise<{ roles: Record<Role, number>; directory: { departments: number; organisations: number } }> {
  const [row] = rowsOf<{ roles: Partial<Record<Role, number>> | null; departments: number; organisations: number }>(
    await db.execute(sql`
      select
        (select json_object_agg(x.role, x.n) from (
          select ${userRoles.role} as role, count(*)::int as n from ${userRoles}
          join ${users} on ${users.id} = ${userRoles.userId} where ${users.active} group by ${userRoles.role}) x) as roles,
        (select count(*) filter (where ${departments.active})::int from ${departments}) as departments,
        (select count(*) filter (where ${organisations.active})::int from ${organisations}) as organisations`),
  );
  const roles = { public: 0, member: 0, organisation: 0, department: 0, staff: 0, admin: 0, ...(row.roles ?? {}) };
  return { roles, directory: { departments: Number(row.departments), organisations: Number(row.organisations) } };
}

/**
 * directoryFigures as every staff and admin workbench shows them: the same for all of them,
 * so read again only after an event that touches the directory or the accounts
 * (per-data-version.server.ts; role grants, deactivations and new accounts are user events).
 */
export const sharedDirectoryFigures = memoPerDataVersion(["directory", "accounts"], directoryFigures);

/**
 * The staff workbench's 最近的操作记录 (the latest 15 events with their subjects): the same for
 * every staff member, so read again only when an event has been recorded (any area: every
 * event moves at least one).
 */
export const staffRecentEvents = memoPerDataVersion(ALL_AREAS, () => recentEvents(15));

export function recentEventsFor(subjectType: string, subjectId: string | number, limit = 30, options = { admin: false }) {
  return recentEvents(limit, subjectType, String(subjectId), options);
}

/** The audit trail, newest first, each row with its subject's name and page (event-subjects.server.ts). */
export async function recentEvents(limit = 15, subjectType?: string, subjectId?: string, options = { admin: false }) {
  const rows = await db
    .select({
      id: events.id,
      occurredAt: events.occurredAt,
      action: events.action,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      note: events.note,
      actorName: users.displayName,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(
      and(
        subjectType ? eq(events.subjectType, subjectType) : undefined,
        subjectId ? eq(events.subjectId, subjectId) : undefined,
      ),
    )
    .orderBy(desc(events.id))
    .limit(limit);
  const subjects = await describeEventSubjects(rows, options);
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString(), subject: subjects.get(`${r.subjectType}:${r.subjectId}`) ?? null }));
}
