import { describe, expect, it } from "vitest";
import {
  daysBetween,
  eventDeadline,
  isValidDay,
  nextPeriod,
  overdueStatus,
  periodContaining,
  periodDeadline,
  previousPeriod,
  publishedLateBy,
  timeLimitText,
  type ScheduleEntry,
  type ScheduleItem,
} from "./disclosure-schedule";

const item = (over: Partial<ScheduleItem>): ScheduleItem => ({
  frequency: "monthly",
  frequencyDays: null,
  timeLimitDays: 0,
  effectiveFrom: "2024-01-01",
  mode: "proactive",
  active: true,
  ...over,
});
const published = (periodStart: string, periodEnd: string, publishedOn = periodEnd): ScheduleEntry => ({
  status: "published",
  periodStart,
  periodEnd,
  occurredOn: null,
  publishedOn,
});

describe("periods", () => {
  it("ends months on their last day, including February in leap and common years", () => {
    expect(periodContaining("monthly", "2024-02-10")).toEqual({ start: "2024-02-01", end: "2024-02-29", label: "2024年2月" });
    expect(periodContaining("monthly", "2025-02-28").end).toBe("2025-02-28");
    expect(periodContaining("monthly", "2100-02-01").end).toBe("2100-02-28"); // not a leap year
    expect(periodContaining("monthly", "2000-02-01").end).toBe("2000-02-29"); // a leap year
    expect(periodContaining("monthly", "2026-04-30").end).toBe("2026-04-30");
    expect(periodContaining("monthly", "2026-12-31")).toMatchObject({ start: "2026-12-01", end: "2026-12-31" });
  });

  it("splits the year into quarters, halves and years", () => {
    expect(periodContaining("quarterly", "2026-02-15")).toEqual({ start: "2026-01-01", end: "2026-03-31", label: "2026年第一季度" });
    expect(periodContaining("quarterly", "2026-06-30")).toMatchObject({ start: "2026-04-01", end: "2026-06-30", label: "2026年第二季度" });
    expect(periodContaining("quarterly", "2026-07-01")).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(periodContaining("quarterly", "2026-12-31")).toMatchObject({ start: "2026-10-01", end: "2026-12-31", label: "2026年第四季度" });
    expect(periodContaining("half_yearly", "2026-06-30")).toEqual({ start: "2026-01-01", end: "2026-06-30", label: "2026年上半年" });
    expect(periodContaining("half_yearly", "2026-07-01")).toEqual({ start: "2026-07-01", end: "2026-12-31", label: "2026年下半年" });
    expect(periodContaining("yearly", "2024-02-29")).toEqual({ start: "2024-01-01", end: "2024-12-31", label: "2024年度" });
  });

  it("walks forward and back across year ends", () => {
    const dec = periodContaining("monthly", "2025-12-05");
    expect(nextPeriod("monthly", dec).start).toBe("2026-01-01");
    expect(previousPeriod("monthly", nextPeriod("monthly", dec))).toEqual(dec);
    expect(nextPeriod("quarterly", periodContaining("quarterly", "2025-11-01")).label).toBe("2026年第一季度");
    expect(previousPeriod("half_yearly", periodContaining("half_yearly", "2026-03-01")).label).toBe("2025年下半年");
  });

  it("puts deadlines after the period end, through leap days", () => {
    expect(periodDeadline(periodContaining("monthly", "2024-01-31"), 30)).toBe("2024-03-01");
    expect(periodDeadline(periodContaining("monthly", "2023-01-31"), 30)).toBe("2023-03-02");
    expect(periodDeadline(periodContaining("monthly", "2024-02-01"), 10)).toBe("2024-03-10");
    expect(periodDeadline(periodContaining("yearly", "2023-06-01"), 60)).toBe("2024-02-29");
    expect(periodDeadline(periodContaining("yearly", "2024-06-01"), 60)).toBe("2025-03-01");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
  });

  it("rejects dates that do not exist", () => {
    expect(isValidDay("2024-02-29")).toBe(true);
    expect(isValidDay("2025-02-29")).toBe(false);
    expect(isValidDay("2026-13-01")).toBe(false);
    expect(isValidDay("2026-1-1")).toBe(false);
  });
});

describe("overdueStatus: periodic items", () => {
  it("monthly: on time until the deadline day, then late by calendar days", () => {
    const monthly = item({ frequency: "monthly", timeLimitDays: 10, effectiveFrom: "2026-01-01" });
    const entries = [published("2026-01-01", "2026-01-31")];
    // February's deadline is 2026-03-10.
    expect(overdueStatus(monthly, entries, "2026-03-10")).toMatchObject({ overdue: false, dueDate: "2026-03-10" });
    const late = overdueStatus(monthly, entries, "2026-03-15");
    expect(late).toMatchObject({ overdue: true, daysLate: 5, dueDate: "2026-03-10" });
    expect(late.missing.map((p) => p.label)).toEqual(["2026年2月"]);
    // Two months missing: lateness counts from the first missed deadline.
    const later = overdueStatus(monthly, entries, "2026-04-11");
    expect(later.missing.map((p) => p.label)).toEqual(["2026年2月", "2026年3月"]);
    expect(later.daysLate).toBe(32);
    expect(later.nextPeriod?.label).toBe("2026年3月");
  });

  it("monthly with no time limit: due at the month's end, February 29 in a leap year", () => {
    const monthly = item({ frequency: "monthly", effectiveFrom: "2024-02-01" });
    expect(overdueStatus(monthly, [], "2024-02-29").overdue).toBe(false);
    expect(overdueStatus(monthly, [], "2024-03-01")).toMatchObject({ overdue: true, daysLate: 1, dueDate: "2024-02-29" });
    const common = item({ frequency: "monthly", effectiveFrom: "2025-02-01" });
    expect(overdueStatus(common, [], "2025-03-01")).toMatchObject({ overdue: true, daysLate: 1, dueDate: "2025-02-28" });
    // January 31 published; the next month ends on the 29th in 2024.
    const jan = [published("2024-01-01", "2024-01-31")];
    expect(overdueStatus(item({ effectiveFrom: "2024-01-01" }), jan, "2024-02-29")).toMatchObject({ overdue: false, dueDate: "2024-02-29" });
    expect(overdueStatus(item({ effectiveFrom: "2024-01-01" }), jan, "2024-03-31").daysLate).toBe(31);
  });

  it("quarterly: 15 days after each quarter", () => {
    const q = item({ frequency: "quarterly", timeLimitDays: 15, effectiveFrom: "2026-01-01" });
    expect(overdueStatus(q, [], "2026-04-15").overdue).toBe(false);
    expect(overdueStatus(q, [], "2026-04-16")).toMatchObject({ overdue: true, daysLate: 1, dueDate: "2026-04-15" });
    const done = [published("2026-01-01", "2026-03-31", "2026-04-10")];
    expect(overdueStatus(q, done, "2026-07-15")).toMatchObject({ overdue: false, dueDate: "2026-07-15" });
    expect(overdueStatus(q, done, "2026-10-20")).toMatchObject({ overdue: true, daysLate: 97 });
    // Year end: Q4 2026 is due on 2027-01-15.
    const q3 = [published("2026-07-01", "2026-09-30")];
    expect(overdueStatus(q, q3, "2027-01-15").overdue).toBe(false);
    expect(overdueStatus(q, q3, "2027-01-16")).toMatchObject({ overdue: true, daysLate: 1, missing: [{ label: "2026年第四季度" }] });
  });

  it("half-yearly and yearly, with a leap year between deadline and today", () => {
    const h = item({ frequency: "half_yearly", timeLimitDays: 20, effectiveFrom: "2023-07-01" });
    expect(overdueStatus(h, [], "2024-01-20").overdue).toBe(false);
    expect(overdueStatus(h, [], "2024-03-01")).toMatchObject({ overdue: true, dueDate: "2024-01-20", daysLate: 41 });
    const y = item({ frequency: "yearly", timeLimitDays: 31, effectiveFrom: "2023-01-01" });
    expect(overdueStatus(y, [], "2024-01-31").overdue).toBe(false);
    // 2024 has 366 days: a year after the deadline is 366 days late.
    expect(overdueStatus(y, [], "2025-01-31")).toMatchObject({ overdue: true, daysLate: 366, dueDate: "2024-01-31" });
    expect(overdueStatus(y, [published("2023-01-01", "2023-12-31")], "2025-01-31").overdue).toBe(false);
    expect(overdueStatus(y, [published("2023-01-01", "2023-12-31")], "2025-02-01")).toMatchObject({ overdue: true, daysLate: 1 });
  });

  it("a new entry for the latest period clears the flag; drafts and returned entries do not", () => {
    const monthly = item({ frequency: "monthly", timeLimitDays: 10, effectiveFrom: "2025-01-01" });
    const today = "2026-11-22";
    expect(overdueStatus(monthly, [], today).missing.length).toBe(22);
    const draft: ScheduleEntry = { status: "draft", periodStart: "2026-10-01", periodEnd: "2026-10-31", occurredOn: null, publishedOn: null };
    expect(overdueStatus(monthly, [draft, { ...draft, status: "returned" }, { ...draft, status: "pending_review" }], today).overdue).toBe(true);
    expect(overdueStatus(monthly, [published("2026-10-01", "2026-10-31", "2026-11-20")], today)).toMatchObject({ overdue: false, dueDate: "2026-12-10" });
    // A superseded entry still counts: it was published, and its correction covers the same period.
    expect(overdueStatus(monthly, [{ ...published("2026-10-01", "2026-10-31"), status: "superseded" }], today).overdue).toBe(false);
  });

  it("a new item is not overdue for periods before it takes effect", () => {
    const monthly = item({ frequency: "monthly", timeLimitDays: 0, effectiveFrom: "2026-11-22" });
    expect(overdueStatus(monthly, [], "2026-11-30")).toMatchObject({ overdue: false, dueDate: "2026-11-30" });
    expect(overdueStatus(monthly, [], "2026-12-01")).toMatchObject({ overdue: true, daysLate: 1 });
  });

  it("never flags on-request or inactive items", () => {
    expect(overdueStatus(item({ mode: "on_request" }), [], "2030-01-01")).toMatchObject({ scheduled: false, overdue: false });
    expect(overdueStatus(item({ active: false }), [], "2030-01-01").overdue).toBe(false);
  });
});

describe("overdueStatus: event and as-needed items", () => {
  const holidays = new Map([
    ["2026-10-01", "holiday"],
    ["2026-10-02", "holiday"],
    ["2026-10-05", "holiday"],
    ["2026-10-06", "holiday"],
    ["2026-10-07", "holiday"],
    ["2026-10-10", "workday"],
  ] as const);

  it("counts N working days from the event: weekdays, holidays and make-up days", () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27.
    expect(eventDeadline("2026-11-20", 5)).toBe("2026-11-27");
    // Across a leap day (2028-02-29 is a Tuesday).
    expect(eventDeadline("2028-02-25", 3)).toBe("2028-03-01");
    // National Day week: 09-30 + 3 working days skips the holidays (10-08, 10-09, then the make-up Saturday).
    expect(eventDeadline("2026-09-30", 3, holidays)).toBe("2026-10-10");
    expect(eventDeadline("2026-09-30", 3)).toBe("2026-10-05");
  });

  it("is overdue while an entry about an event stays unpublished past its deadline", () => {
    const ev = item({ frequency: "event", frequencyDays: 5, effectiveFrom: "2026-01-01" });
    const draft: ScheduleEntry = { status: "pending_review", periodStart: null, periodEnd: null, occurredOn: "2026-11-02", publishedOn: null };
    expect(overdueStatus(ev, [draft], "2026-11-09")).toMatchObject({ overdue: false, dueDate: "2026-11-09" });
    expect(overdueStatus(ev, [draft], "2026-11-12")).toMatchObject({ overdue: true, daysLate: 3, lateEntries: 1 });
    expect(overdueStatus(ev, [{ ...draft, status: "published", publishedOn: "2026-11-12" }], "2026-11-30").overdue).toBe(false);
    expect(overdueStatus(ev, [], "2030-01-01")).toMatchObject({ scheduled: true, overdue: false, dueDate: null });
  });

  it("随时 items default to 20 working days", () => {
    const asNeeded = item({ frequency: "as_needed", effectiveFrom: "2026-01-01" });
    const draft: ScheduleEntry = { status: "draft", periodStart: null, periodEnd: null, occurredOn: "2026-10-09", publishedOn: null };
    expect(overdueStatus(asNeeded, [draft], "2026-11-06").overdue).toBe(false);
    expect(overdueStatus(asNeeded, [draft], "2026-11-09")).toMatchObject({ overdue: true, daysLate: 3, dueDate: "2026-11-06" });
    expect(timeLimitText(asNeeded)).toBe("信息形成或变更之日起 20 个工作日内");
  });

  it("measures how late a published entry came out", () => {
    const q = item({ frequency: "quarterly", timeLimitDays: 15 });
    expect(publishedLateBy(q, published("2026-01-01", "2026-03-31", "2026-04-15"))).toBe(0);
    expect(publishedLateBy(q, published("2026-01-01", "2026-03-31", "2026-04-25"))).toBe(10);
    const ev = item({ frequency: "event", frequencyDays: 5 });
    expect(publishedLateBy(ev, { status: "published", periodStart: null, periodEnd: null, occurredOn: "2026-11-02", publishedOn: "2026-11-11" })).toBe(2);
    expect(timeLimitText(q)).toBe("每季度结束后 15 日内");
  });
});
