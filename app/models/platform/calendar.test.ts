import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addWorkingDays, calendarDaysBetween, defaultDeadline, isDay, isWorkingDay, todayInBeijing, workingDaysBetween, type DayKind } from "./calendar";

// The same data the seed loads into calendar_days.
const require = createRequire(import.meta.url);
const data = require("chinese-days/dist/chinese-days.json") as Record<"holidays" | "workdays", Record<string, string>>;
const overrides = new Map<string, DayKind>([
  ...Object.keys(data.holidays).map((d) => [d, "holiday"] as [string, DayKind]),
  ...Object.keys(data.workdays).map((d) => [d, "workday"] as [string, DayKind]),
]);

describe("working days on the Chinese calendar", () => {
  it("knows the 2026 Spring Festival holiday and its make-up Saturdays", () => {
    expect(isWorkingDay("2026-02-14", overrides)).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2026-02-16", overrides)).toBe(false); // Monday, 春节
    expect(isWorkingDay("2026-02-28", overrides)).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2026-02-21", overrides)).toBe(false); // ordinary Saturday
  });

  it("counts across the Spring Festival", () => {
    // Friday 2026-02-13, then the make-up Saturday 14th, then the holiday until the 23rd.
    expect(addWorkingDays("2026-02-13", 1, overrides)).toBe("2026-02-14");
    expect(addWorkingDays("2026-02-14", 1, overrides)).toBe("2026-02-24");
    expect(workingDaysBetween("2026-02-13", "2026-02-24", overrides)).toBe(2);
  });

  it("counts across National Day 2026", () => {
    // 2026-10-01..07 are holidays; 2026-09-20 (Sun) and 2026-10-10 (Sat) are make-up days.
    expect(isWorkingDay("2026-10-05", overrides)).toBe(false);
    expect(isWorkingDay("2026-10-10", overrides)).toBe(true);
    expect(addWorkingDays("2026-09-30", 1, overrides)).toBe("2026-10-08");
    expect(addWorkingDays("2026-09-30", 3, overrides)).toBe("2026-10-10");
    expect(workingDaysBetween("2026-09-30", "2026-10-12", overrides)).toBe(4);
  });

  it("is plain Monday–Friday where no schedule is known, and admins can add one", () => {
    expect(isWorkingDay("2027-10-04", overrides)).toBe(true); // not yet published: an ordinary Monday
    const withAdmin = new Map(overrides).set("2027-10-04", "holiday");
    expect(isWorkingDay("2027-10-04", withAdmin)).toBe(false);
    expect(addWorkingDays("2027-10-01", 1, withAdmin)).toBe("2027-10-05");
  });

  it("sets the default deadline three months later, on a working day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(defaultDeadline("2026-03-15", overrides)).toBe("2026-06-15");
    // 2026-07-04 + 3 months = 2026-10-04, inside National Day → 2026-10-08.
    expect(defaultDeadline("2026-07-04", overrides)).toBe("2026-10-08");
    expect(workingDaysBetween("2026-06-15", "2026-06-10", overrides)).toBe(-3);
  });

  it("tells today's date in Beijing", () => {
    expect(todayInBeijing(new Date("2026-11-21T17:00:00Z"))).toBe("2026-11-22");
    expect(todayInBeijing(new Date("2026-11-21T15:59:59.999Z"))).toBe("2026-11-21");
    expect(todayInBeijing(new Date("2026-11-21T16:00:00Z"))).toBe("2026-11-22");
  });

  it("agrees with the time-zone database on every hour of three years", () => {
    const zone = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 3600_000 + 7_000) {
      const at = new Date(t);
      if (todayInBeijing(at) !== zone.format(at)) throw new Error(`differs at ${at.toISOString()}`);
    }
  });

  it("accepts only real calendar days", () => {
    expect(isDay("2026-02-28")).toBe(true);
    for (const bad of ["2026-02-30", "2026-13-01", "2026-00-10", "建议", "", "2026-2-1", "2026-02-28T00:00"]) expect(isDay(bad), bad).toBe(false);
  });
});

describe("workingDaysBetween (closed form) agrees with counting day by day", () => {
  it("over random spans, with holidays and working weekends", async () => {
    const { addDays, isWorkingDay, workingDaysBetween } = await import("./calendar");
    const overrides = new Map<string, "holiday" | "workday">([
      ["2026-01-01", "holiday"],
      ["2026-02-14", "workday"],
      ["2026-02-16", "holiday"],
      ["2026-02-17", "holiday"],
      ["2026-02-28", "workday"],
      ["2026-10-01", "holiday"],
      ["2026-10-10", "workday"],
      ["2026-10-11", "workday"], // a Sunday made a working day
      ["2026-10-03", "holiday"], // a Saturday marked holiday: no change
    ]);
    const slow = (from: string, to: string) => {
      const sign = to > from ? 1 : -1;
      let day = sign > 0 ? from : to;
      const end = sign > 0 ? to : from;
      let n = 0;
      while (day < end) {
        day = addDays(day, 1);
        if (isWorkingDay(day, overrides)) n++;
      }
      return sign * n;
    };
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 500; i++) {
      const from = addDays("2025-11-01", rand(500));
      const to = addDays(from, rand(200) - 60);
      expect(workingDaysBetween(from, to, overrides)).toBe(slow(from, to));
    }
  });

  it("counts calendar days between two days as a day-by-day walk does, across months, leap days and years", () => {
    for (const [from, n] of [["2024-02-27", 3], ["2025-12-30", 5], ["2026-03-29", 1], ["2026-01-01", 365], ["2026-05-05", 0]] as const) {
      expect(calendarDaysBetween(from, addDays(from, n))).toBe(n);
    }
    expect(calendarDaysBetween("2026-05-05", "2026-05-01")).toBe(0);
  });
});
