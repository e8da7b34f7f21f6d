// When is a disclosure item due, and how late is it? Pure functions over
// "yyyy-mm-dd" dates (Beijing time), computed with date-fns.
//
// Periodic items (每月/每季度/每半年/每年) are due per calendar period: the entry
// for a period must be published within `timeLimitDays` days after the period
// ends. An item is overdue when a period after the last one covered by a
// published entry has passed its deadline; the lateness counts from the first
// such missed deadline. Event items (事项发生后 N 个工作日内) and 随时 items are
// due N working days after the date the information was formed (an entry's
// `occurredOn`); one still unpublished after that is overdue. On-request and
// inactive items are never overdue. Working days come from the working-day
// calendar (app/models/platform/calendar.ts): Monday–Friday, holidays and 调休 overrides.
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getMonth,
  getQuarter,
  getYear,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from "date-fns";
import { addWorkingDays, type Overrides } from "../platform/calendar";

export type Frequency = "as_needed" | "monthly" | "quarterly" | "half_yearly" | "yearly" | "event";
export type PeriodicFrequency = "monthly" | "quarterly" | "half_yearly" | "yearly";
export type EntryStatus = "draft" | "pending_review" | "returned" | "published" | "superseded";

export const PERIODIC: readonly Frequency[] = ["monthly", "quarterly", "half_yearly", "yearly"];
/** 《政府信息公开条例》第二十六条: 20 working days, unless the item says otherwise. */
export const DEFAULT_WORKING_DAYS = 20;

export function isPeriodic(f: Frequency): f is PeriodicFrequency {
  return PERIODIC.includes(f);
}

export interface Period {
  start: string;
  end: string;
  label: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (d: Date) => format(d, "yyyy-MM-dd");

function toDate(value: string): Date {
  if (!DAY.test(value)) throw new Error(`not a date: ${value}`);
  const d = parseISO(value);
  if (Number.isNaN(d.getTime()) || day(d) !== value) throw new Error(`not a date: ${value}`);
  return d;
}

/** A real calendar date written yyyy-mm-dd (2025-02-29 is not). */
export function isValidDay(value: string): boolean {
  try {
    toDate(value);
    return true;
  } catch {
    return false;
  }
}

const QUARTERS = ["一", "二", "三", "四"];

export function periodLabel(frequency: PeriodicFrequency, start: string): string {
  const d = toDate(start);
  const y = getYear(d);
  switch (frequency) {
    case "monthly":
      return `${y}年${getMonth(d) + 1}月`;
    case "quarterly":
      return `${y}年第${QUARTERS[getQuarter(d) - 1]}季度`;
    case "half_yearly":
      return `${y}年${getMonth(d) < 6 ? "上" : "下"}半年`;
    case "yearly":
      return `${y}年度`;
  }
}

/** The calendar period (month, quarter, half-year or year) that contains `value`. */
export function periodContaining(frequency: PeriodicFrequency, value: string): Period {
  const d = toDate(value);
  let start: Date;
  let end: Date;
  switch (frequency) {
    case "monthly":
      start = startOfMonth(d);
      end = endOfMonth(d);
      break;
    case "quarterly":
      start = startOfQuarter(d);
      end = endOfQuarter(d);
      break;
    case "half_yearly":
      start = getMonth(d) < 6 ? startOfYear(d) : addMonths(startOfYear(d), 6);
      end = endOfMonth(addMonths(start, 5));
      break;
    case "yearly":
      start = startOfYear(d);
      end = endOfYear(d);
      break;
  }
  return { start: day(start), end: day(end), label: periodLabel(frequency, day(start)) };
}

export function nextPeriod(frequency: PeriodicFrequency, period: Period): Period {
  return periodContaining(frequency, day(addDays(toDate(period.end), 1)));
}

export function previousPeriod(frequency: PeriodicFrequency, period: Period): Period {
  return periodContaining(frequency, day(addDays(toDate(period.start), -1)));
}

/** The last day on which the period's entry is on time. */
export function periodDeadline(period: Period, timeLimitDays: number): string {
  return day(addDays(toDate(period.end), Math.max(0, timeLimitDays)));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function eventDeadline(occurredOn: string, workingDays: number, overrides: Overrides = new Map()): string {
  return addWorkingDays(occurredOn, workingDays, overrides);
}

export interface ScheduleItem {
  frequency: Frequency;
  frequencyDays: number | null;
  timeLimitDays: number;
  effectiveFrom: string;
  mode: "proactive" | "on_request";
  active: boolean;
}

export interface ScheduleEntry {
  status: EntryStatus;
  periodStart: string | null;
  periodEnd: string | null;
  occurredOn: string | null;
  /** Publication day (Beijing time), for published and superseded entries. */
  publishedOn: string | null;
}

export interface OverdueStatus {
  /** Whether the item is subject to a schedule at all. */
  scheduled: boolean;
  overdue: boolean;
  /** Calendar days past the earliest missed deadline (0 when on time). */
  daysLate: number;
  /** The missed deadline when overdue, otherwise the next one (null when nothing is due). */
  dueDate: string | null;
  /** Periodic items: the periods past their deadline with no entry. */
  missing: Period[];
  /** Periodic items: the period the next entry should cover. */
  nextPeriod: Period | null;
  /** Event items: unpublished entries past their deadline. */
  lateEntries: number;
}

const MAX_PERIODS = 600;

function isOut(e: ScheduleEntry) {
  return e.status === "published" || e.status === "superseded";
}

export function workingDaysFor(item: Pick<ScheduleItem, "frequency" | "frequencyDays">): number {
  return item.frequencyDays ?? DEFAULT_WORKING_DAYS;
}

/** Is this item overdue on `today`, and by how much? */
export function overdueStatus(
  item: ScheduleItem,
  entries: readonly ScheduleEntry[],
  today: string,
  overrides: Overrides = new Map(),
): OverdueStatus {
  const none: OverdueStatus = { scheduled: false, overdue: false, daysLate: 0, dueDate: null, missing: [], nextPeriod: null, lateEntries: 0 };
  if (!item.active || item.mode === "on_request") return none;

  if (isPeriodic(item.frequency)) {
    const frequency = item.frequency;
    // The latest day covered by a published entry; periods up to it count as done.
    let covered: string | null = null;
    for (const e of entries) {
      if (!isOut(e) || !e.periodEnd) continue;
      if (!covered || e.periodEnd > covered) covered = e.periodEnd;
    }
    let period = periodContaining(frequency, item.effectiveFrom);
    if (covered && covered >= period.start) period = nextPeriod(frequency, periodContaining(frequency, covered));
    const missing: Period[] = [];
    for (let i = 0; i < MAX_PERIODS && periodDeadline(period, item.timeLimitDays) < today; i++) {
      missing.push(period);
      period = nextPeriod(frequency, period);
    }
    if (!missing.length) {
      return { ...none, scheduled: true, dueDate: periodDeadline(period, item.timeLimitDays), nextPeriod: period };
    }
    const deadline = periodDeadline(missing[0], item.timeLimitDays);
    return {
      ...none,
      scheduled: true,
      overdue: true,
      daysLate: daysBetween(deadline, today),
      dueDate: deadline,
      missing,
      // The most recent missed period: publishing it brings the item up to date.
      nextPeriod: missing[missing.length - 1],
    };
  }

  // Event-driven (event, as_needed): each unpublished entry runs its own clock.
  const n = workingDaysFor(item);
  let earliestLate: string | null = null;
  let nextDue: string | null = null;
  let lateEntries = 0;
  for (const e of entries) {
    if (isOut(e) || !e.occurredOn || e.occurredOn < item.effectiveFrom) continue;
    const deadline = eventDeadline(e.occurredOn, n, overrides);
    if (deadline < today) {
      lateEntries++;
      if (!earliestLate || deadline < earliestLate) earliestLate = deadline;
    } else if (!nextDue || deadline < nextDue) {
      nextDue = deadline;
    }
  }
  if (earliestLate) {
    return { ...none, scheduled: true, overdue: true, daysLate: daysBetween(earliestLate, today), dueDate: earliestLate, lateEntries };
  }
  return { ...none, scheduled: true, dueDate: nextDue };
}

/**
 * How late a published entry came out: days after its deadline (0 when on
 * time or when the item has no deadline for it).
 */
export function publishedLateBy(item: ScheduleItem, entry: ScheduleEntry, overrides: Overrides = new Map()): number {
  if (!entry.publishedOn || item.mode === "on_request") return 0;
  let deadline: string | null = null;
  if (isPeriodic(item.frequency) && entry.periodEnd) {
    deadline = periodDeadline(periodContaining(item.frequency, entry.periodEnd), item.timeLimitDays);
  } else if (!isPeriodic(item.frequency) && entry.occurredOn) {
    deadline = eventDeadline(entry.occurredOn, workingDaysFor(item), overrides);
  }
  return deadline ? Math.max(0, daysBetween(deadline, entry.publishedOn)) : 0;
}

/** How the rule reads in a catalogue (公开时限). */
export function timeLimitText(item: Pick<ScheduleItem, "frequency" | "frequencyDays" | "timeLimitDays" | "mode">): string {
  if (item.mode === "on_request") return "按申请答复期限";
  if (isPeriodic(item.frequency)) {
    const unit = { monthly: "每月", quarterly: "每季度", half_yearly: "每半年", yearly: "每年" }[item.frequency];
    return item.timeLimitDays > 0 ? `${unit}结束后 ${item.timeLimitDays} 日内` : `${unit}结束前`;
  }
  return `信息形成或变更之日起 ${workingDaysFor(item)} 个工作日内`;
}
