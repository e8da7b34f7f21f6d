// Studio sessions and duty shifts happen in Beijing time (UTC+8, no daylight
// saving). Forms use <input type="datetime-local"> ("2026-12-01T09:30"), read
// here as Beijing time; stored instants are UTC. Shared by server and browser.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-01T09:30" in Beijing time → the instant; null when malformed or not a real date. */
export function parseBeijingLocal(value: string): Date | null {
  const m = LOCAL_RE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(utc - OFFSET_MS);
}

/** The instant as "yyyy-mm-ddThh:mm" in Beijing time, for datetime-local inputs. */
export function toBeijingLocal(date: Date | string): string {
  const d = new Date(new Date(date).getTime() + OFFSET_MS);
  return d.toISOString().slice(0, 16);
}

const pad = (n: number) => String(n).padStart(2, "0");
const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

function parts(date: Date | string) {
  const d = new Date(new Date(date).getTime() + OFFSET_MS);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), wd: d.getUTCDay() };
}

/** "2026年12月1日（周二）09:30" */
export function formatBeijing(date: Date | string): string {
  const p = parts(date);
  return `${p.y}年${p.mo}月${p.d}日（周${WEEKDAYS[p.wd]}）${pad(p.h)}:${pad(p.mi)}`;
}

/** "2026年12月1日（周二）09:30–11:30"; the end date is repeated only when it differs. */
export function formatBeijingRange(start: Date | string, end: Date | string): string {
  const a = parts(start);
  const b = parts(end);
  const sameDay = a.y === b.y && a.mo === b.mo && a.d === b.d;
  return `${formatBeijing(start)}–${sameDay ? `${pad(b.h)}:${pad(b.mi)}` : formatBeijing(end)}`;
}
