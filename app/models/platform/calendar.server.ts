// The working-day calendar in the database: seeded from the chinese-days
// package (State Council schedules it ships), editable by admins because each
// year's schedule is published in November–December.
import { createRequire } from "node:module";
import { asc, eq, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { calendarDays } from "../../../db/loop.schema";
import { DomainError } from "../../utils/errors";
import type { DayKind, Overrides } from "./calendar";
import { recordEvent } from "./events.server";

let cache: { at: number; overrides: Map<string, DayKind> } | null = null;
const TTL_MS = 60_000;

/** Holidays and make-up days; cached for a minute (admin edits clear it). */
export async function loadOverrides(tx: DbOrTx = db): Promise<Overrides> {
  if (cache && Date.now() - cache.at < TTL_MS && tx === db) return cache.overrides;
  const rows = await tx.select({ day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays);
  const overrides = new Map(rows.map((r) => [r.day, r.kind] as [string, DayKind]));
  if (tx === db) cache = { at: Date.now(), overrides };
  return overrides;
}

export async function seedCalendar(tx: DbOrTx) {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(calendarDays);
  if (n > 0) return 0;
  const require = createRequire(import.meta.url);
  const data = require("chinese-days/dist/chinese-days.json") as Record<"holidays" | "workdays", Record<string, string>>;
  const name = (v: string) => v.split(",")[1] ?? "";
  const rows = [
    ...Object.entries(data.holidays).map(([day, v]) => ({ day, kind: "holiday" as const, name: name(v) })),
    ...Object.entries(data.workdays).map(([day, v]) => ({ day, kind: "workday" as const, name: `${name(v)}调休` })),
  ];
  for (let i = 0; i < rows.length; i += 500) await tx.insert(calendarDays).values(rows.slice(i, i + 500)).onConflictDoNothing();
  return rows.length;
}

export function listCalendarYear(year: number) {
  return db.select().from(calendarDays).where(like(calendarDays.day, `${year}-%`)).orderBy(asc(calendarDays.day));
}

export async function setCalendarDay(day: string, kind: DayKind | "normal", name: string, actorId: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new DomainError("日期格式应为 2027-10-01", "invalid", "day");
  await db.transaction(async (t) => {
    const [before] = await t.select().from(calendarDays).where(eq(calendarDays.day, day));
    if (kind === "normal") {
      await t.delete(calendarDays).where(eq(calendarDays.day, day));
    } else {
      await t
        .insert(calendarDays)
        .values({ day, kind, name: name.trim().slice(0, 50), source: "admin" })
        .onConflictDoUpdate({ target: calendarDays.day, set: { kind, name: name.trim().slice(0, 50), source: "admin", updatedAt: new Date() } });
    }
    await recordEvent(t, {
      actorId,
      subjectType: "calendar",
      subjectId: day,
      action: "calendar.changed",
      fromState: before?.kind ?? "normal",
      toState: kind,
      note: name || null,
    });
  });
  cache = null;
}
