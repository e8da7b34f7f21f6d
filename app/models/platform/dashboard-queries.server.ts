// Read models for the workbenches: counts and the recent audit trail.
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { departments, events, organisations, userRoles, users, type Role } from "../../../db/schema";
import { describeEventSubjects } from "./event-subjects.server";

export async function roleCounts(): Promise<Record<Role, number>> {
  const rows = await db
    .select({ role: userRoles.role, n: sql<number>`count(*)::int` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(eq(users.active, true))
    .groupBy(userRoles.role);
  const counts = { public: 0, member: 0, organisation: 0, department: 0, staff: 0, admin: 0 };
  for (const r of rows) counts[r.role] = r.n;
  return counts;
}

export async function directoryCounts() {
  const [[d], [o]] = await Promise.all([
    db.select({ n: sql<number>`count(*) filter (where ${departments.active})::int` }).from(departments),
    db.select({ n: sql<number>`count(*) filter (where ${organisations.active})::int` }).from(organisations),
  ]);
  return { departments: d.n, organisations: o.n };
}

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

/** Colleagues in the same department (承办单位的办理人员). */
export function departmentColleagues(departmentId: number) {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(sql`${users.departmentId} = ${departmentId} and ${users.active}`)
    .orderBy(users.username);
}
