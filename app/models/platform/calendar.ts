// Working days on the Chinese calendar (工作日): Monday–Friday, except public
// holidays, plus the weekend days that are made working days (调休). Dates are
// plain "yyyy-mm-dd" strings in Beijing time. Pure functions over an overrides
// map loaded from the calendar_days table.
export type DayKind = "holiday" | "workday";
export type Overrides = ReadonlyMap<string, DayKind>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(day: string) {
  if (!DAY.test(day)) throw new Error(`not a date: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

/** A real calendar day as "yyyy-mm-dd" (not 2026-02-30, not 2026-13-01). */
export function isDay(value: string) {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && fromDate(d) === value;
}

function fromDate(d: Date) {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number) {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** Calendar days from one day to a later one (0 when `to` is not later). */
export function calendarDaysBetween(from: string, to: string) {
  return Math.max(0, Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000));
}

/** Calendar months, clamped to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(day: string, n: number) {
  const [y, m, d] = day.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return fromDate(target);
}

export function isWorkingDay(day: string, overrides: Overrides) {
  const kind = overrides.get(day);
  if (kind) return kind === "workday";
  const weekday = toDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function nextWorkingDay(day: string, overrides: Overrides, includeSelf = true) {
  let d = includeSelf ? day : addDays(day, 1);
  for (let i = 0; i < 400 && !isWorkingDay(d, overrides); i++) d = addDays(d, 1);
  return d;
}

/** The n-th working day after `day` (n ≥ 1); n = 0 gives `day` moved to a working day. */
export function addWorkingDays(day: string, n: number, overrides: Overrides) {
  if (n <= 0) return nextWorkingDay(day, overrides);
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, overrides)) left--;
  }
  return d;
}

/** Monday–Friday days in [1970-01-05 (a Monday), day]: closed form, no loop over days. */
function weekdaysUpTo(day: string) {
  const m = Math.round((toDate(day).getTime() - Date.UTC(1970, 0, 5)) / 86_400_000) + 1;
  const weeks = Math.floor(m / 7);
  return 5 * weeks + Math.min(m - 7 * weeks, 5);
}

// The overrides as sorted days with a running sum of how each changes the
// working-day count (a working Saturday +1, a weekday holiday −1), built once
// per overrides map: pages count overdue days for hundreds of rows.
const adjustments = new WeakMap<Overrides, { days: string[]; before: number[] }>();

function adjustmentUpTo(day: string, overrides: Overrides) {
  let index = adjustments.get(overrides);
  if (!index) {
    const days = [...overrides.keys()].filter((d) => DAY.test(d)).sort();
    const before = [0];
    for (const d of days) {
      const weekday = toDate(d).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const kind = overrides.get(d);
      before.push(before[before.length - 1] + (kind === "workday" && weekend ? 1 : kind === "holiday" && !weekend ? -1 : 0));
    }
    index = { days, before };
    adjustments.set(overrides, index);
  }
  // Overrides on or before `day`: binary search for the first day after it.
  let lo = 0;
  let hi = index.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return index.before[lo];
}

function workingDaysUpTo(day: string, overrides: Overrides) {
  return weekdaysUpTo(day) + adjustmentUpTo(day, overrides);
}

/** Working days in (from, to]: 0 when `to` is not after `from`, negative when before. */
export function workingDaysBetween(from: string, to: string, overrides: Overrides) {
  if (from === to) return 0;
  return workingDaysUpTo(to, overrides) - workingDaysUpTo(from, overrides);
}

/** 办理期限: three calendar months after assignment, moved to the next working day. */
export function defaultDeadline(assignedDay: string, overrides: Overrides) {
  return nextWorkingDay(addMonths(assignedDay, 3), overrides);
}

/**
 * Today in Beijing time, as yyyy-mm-dd. China has kept UTC+8 without summer time
 * since 1991, so the offset is added rather than asking Intl for the time zone:
 * every signed-in page counts its deadlines from today, and Intl's formatter
 * cost more than the rest of that count.
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;

export function todayInBeijing(now = new Date()) {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
