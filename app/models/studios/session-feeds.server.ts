// Calendar files and feeds for studio sessions, and the sign-up list exports
// (CSV, XLSX) for organisers.
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { calendarTokens, sessionSignups, studioSessions, studios } from "../../../db/studios.schema";
import { formatBeijing } from "../../utils/beijing-time";
import { toCsv, toXlsx, type Column } from "../../utils/export.server";
import { SIGNUP_STATUS_LABELS } from "./studio-labels";
import { buildCalendar, type CalendarEvent } from "./icalendar.server";
import { shiftsOfMember } from "./rota-queries.server";
import type { StudioSession } from "../../../db/studios.schema";
import { VISIBLE_STATUSES } from "./studio-sessions.server";
import { type listSignups } from "./session-signups.server";

type SessionForCalendar = Pick<
  StudioSession,
  "id" | "topic" | "description" | "startsAt" | "endsAt" | "place" | "status" | "sequence" | "updatedAt"
>;

export function sessionEvent(s: SessionForCalendar, origin: string, studioName: string, tentative = false): CalendarEvent {
  return {
    uid: `session-${s.id}@xieshang`,
    start: s.startsAt,
    end: s.endsAt,
    summary: s.topic,
    description: [`${studioName} · 协商活动`, s.description].filter(Boolean).join("\n\n"),
    location: s.place,
    url: `${origin}/sessions/${s.id}`,
    status: s.status === "cancelled" ? "cancelled" : tentative ? "tentative" : "confirmed",
    sequence: s.sequence,
    updatedAt: s.updatedAt,
  };
}

export function sessionCalendar(s: SessionForCalendar, origin: string, studioName: string) {
  return buildCalendar(s.topic, [sessionEvent(s, origin, studioName)]);
}

/** A studio's sessions (published or later), from 90 days back. */
export async function studioCalendar(studio: { id: number; name: string }, origin: string) {
  const rows = await db
    .select()
    .from(studioSessions)
    .where(
      and(
        eq(studioSessions.studioId, studio.id),
        inArray(studioSessions.status, VISIBLE_STATUSES),
        gt(studioSessions.endsAt, sql`now() - interval '90 days'`),
      ),
    )
    .orderBy(asc(studioSessions.startsAt));
  return buildCalendar(`${studio.name} · 协商活动`, rows.map((s) => sessionEvent(s, origin, studio.name)), {
    description: `${studio.name}的协商活动`,
  });
}

/** A person's sign-ups (waitlisted ones as tentative) and, for members, their duty shifts. */
export async function personalCalendar(userId: string, displayName: string, origin: string) {
  const rows = await db
    .select({ session: studioSessions, studioName: studios.name, status: sessionSignups.status })
    .from(sessionSignups)
    .innerJoin(studioSessions, eq(studioSessions.id, sessionSignups.sessionId))
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(
      and(
        eq(sessionSignups.userId, userId),
        ne(sessionSignups.status, "cancelled"),
        gt(studioSessions.endsAt, sql`now() - interval '90 days'`),
      ),
    )
    .orderBy(asc(studioSessions.startsAt));
  const events = rows.map((r) => sessionEvent(r.session, origin, r.studioName, r.status === "waitlisted"));
  for (const shift of await shiftsOfMember(userId)) {
    events.push({
      uid: `duty-${shift.id}@xieshang`,
      start: shift.startsAt,
      end: shift.endsAt,
      summary: `接待日值班 · ${shift.studioName}`,
      location: shift.address || shift.studioName,
      url: `${origin}/member/rota`,
    });
  }
  return buildCalendar(`${displayName}的协商活动`, events);
}

/** The user's feed token, made on first use. */
export async function calendarTokenFor(userId: string, regenerate = false) {
  const token = randomBytes(24).toString("base64url");
  if (regenerate) {
    await db
      .insert(calendarTokens)
      .values({ userId, token })
      .onConflictDoUpdate({ target: calendarTokens.userId, set: { token, createdAt: new Date() } });
    return token;
  }
  await db.insert(calendarTokens).values({ userId, token }).onConflictDoNothing();
  const [row] = await db.select({ token: calendarTokens.token }).from(calendarTokens).where(eq(calendarTokens.userId, userId));
  return row.token;
}

export async function userIdForCalendarToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [row] = await db.select({ userId: calendarTokens.userId }).from(calendarTokens).where(eq(calendarTokens.token, token));
  return row?.userId ?? null;
}

type SignupRow = Awaited<ReturnType<typeof listSignups>>[number];

const SIGNUP_COLUMNS: Column<SignupRow>[] = [
  { header: "序号", value: (_r, i) => i + 1, width: 6 },
  { header: "姓名", value: (r) => r.displayName, width: 16 },
  { header: "用户名", value: (r) => r.username, width: 14 },
  { header: "身份", value: (r) => (r.asMember ? "政协委员" : "公众"), width: 10 },
  { header: "所属组织", value: (r) => r.organisationName ?? "", width: 20 },
  { header: "状态", value: (r) => SIGNUP_STATUS_LABELS[r.status], width: 8 },
  { header: "候补位次", value: (r) => r.position ?? "", width: 9 },
  { header: "报名时间（北京时间）", value: (r) => formatBeijing(r.createdAt), width: 26 },
  { header: "出席", value: (r) => (r.attended == null ? "未登记" : r.attended ? "出席" : "缺席"), width: 8 },
];

/** CSV with a BOM, so spreadsheet programs read the Chinese text as UTF-8; formula-safe. */
export function signupsCsv(rows: SignupRow[]) {
  return toCsv(SIGNUP_COLUMNS, rows);
}

export async function signupsXlsx(rows: SignupRow[], sheet = "报名名单") {
  return toXlsx(SIGNUP_COLUMNS, rows, sheet);
}
