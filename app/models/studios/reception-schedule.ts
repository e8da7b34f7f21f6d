// A studio's stated reception hours (接待时间, studios.opening_hours) as a rule
// the rota can be checked against: "每周三 14:00–17:00", "每月第一个周六
// 9:00–11:00", "每月第二、第四个周四 9:00–11:30", "每月最后一个周五 …".
// Text in another form ("工作日随时接待") is kept as written and not checked.
// All times are Beijing time. Shared by the seed, the server and the pages.
import { parseBeijingLocal, toBeijingLocal } from "../../utils/beijing-time";

export interface ReceptionRule {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Which weeks of the month (1–5, -1 = the last); null = every week. */
  weeks: number[] | null;
  /** "HH:MM" */
  start: string;
  end: string;
}

const DAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"];
const ORDINALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 最后: -1 };
const ORDINAL_NAMES: Record<number, string> = { 1: "第一", 2: "第二", 3: "第三", 4: "第四", 5: "第五", [-1]: "最后一" };

const TIME = String.raw`(\d{1,2})[:：](\d{2})`;
const RULE_RE = new RegExp(
  String.raw`^每(周|月((?:第?[一二三四五1-5]|最后一?)(?:[、，,和及]第?(?:[一二三四五1-5]|最后一?))*)个?)(?:周|星期|礼拜)?([日天一二三四五六])\s*(?:上午|下午|晚上)?\s*${TIME}\s*(?:–|—|-|~|～|至|到)\s*${TIME}$`,
);

const hhmm = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;

export function parseSchedule(text: string): ReceptionRule | null {
  const m = RULE_RE.exec(text.trim().replace(/\s+/g, " ").replace(/每周(周|星期)/, "每周"));
  if (!m) return null;
  const weekday = m[3] === "天" ? 0 : DAY_NAMES.indexOf(m[3]);
  const weeks =
    m[1] === "周"
      ? null
      : m[2]
          .split(/[、，,和及]/)
          .map((w) => ORDINALS[w.replace(/^第/, "").replace(/^最后一?$/, "最后")])
          .filter((w): w is number => w !== undefined);
  const start = hhmm(m[4], m[5]);
  const end = hhmm(m[6], m[7]);
  if (Number(m[4]) > 23 || Number(m[6]) > 23 || Number(m[5]) > 59 || Number(m[7]) > 59 || start >= end) return null;
  if (weeks && !weeks.length) return null;
  return { weekday, weeks, start, end };
}

export function describeSchedule(rule: ReceptionRule): string {
  const time = `${rule.start.replace(/^0/, "")}–${rule.end.replace(/^0/, "")}`;
  const day = `周${DAY_NAMES[rule.weekday]}`;
  if (!rule.weeks) return `每${day} ${time}`;
  const which = rule.weeks.map((w) => ORDINAL_NAMES[w]).join("、");
  return `每月${which}个${day} ${time}`;
}

/** The Beijing calendar date of an instant, as y-m-d numbers and the weekday. */
function beijingDate(at: Date) {
  const [y, m, d] = toBeijingLocal(at).slice(0, 10).split("-").map(Number);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

function daysInMonth(y: number, m: number) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether a Beijing calendar date is one of the rule's days. */
function isReceptionDay(rule: ReceptionRule, y: number, m: number, d: number) {
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() !== rule.weekday) return false;
  if (!rule.weeks) return true;
  const nth = Math.ceil(d / 7);
  const last = d + 7 > daysInMonth(y, m);
  return rule.weeks.some((w) => (w === -1 ? last : w === nth));
}

const local = (y: number, m: number, d: number, time: string) =>
  parseBeijingLocal(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T${time}`)!;

/** The next `count` reception times that start after `from`. */
export function nextReceptions(rule: ReceptionRule, from: Date, count: number) {
  const out: { startsAt: Date; endsAt: Date }[] = [];
  const { y, m, d } = beijingDate(from);
  // Walk day by day in UTC calendar arithmetic; at most a few years of days.
  for (let day = Date.UTC(y, m - 1, d), n = 0; out.length < count && n < 3 * 366; day += 86_400_000, n++) {
    const date = new Date(day);
    const [yy, mm, dd] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!isReceptionDay(rule, yy, mm, dd)) continue;
    const startsAt = local(yy, mm, dd, rule.start);
    if (startsAt <= from) continue;
    out.push({ startsAt, endsAt: local(yy, mm, dd, rule.end) });
  }
  return out;
}

/** Whether a shift falls on one of the rule's days, within its hours. */
export function fitsSchedule(rule: ReceptionRule, startsAt: Date, endsAt: Date) {
  const a = beijingDate(startsAt);
  const b = beijingDate(endsAt);
  if (a.y !== b.y || a.m !== b.m || a.d !== b.d || !isReceptionDay(rule, a.y, a.m, a.d)) return false;
  return toBeijingLocal(startsAt).slice(11) >= rule.start && toBeijingLocal(endsAt).slice(11) <= rule.end;
}
