import { describe, expect, it } from "vitest";
import { formatTime } from "./events-table";

// What formatTime replaced: one Intl formatter with the time zone.
const BEIJING_TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

describe("formatTime (Beijing time by the fixed offset)", () => {
  it("writes what the Intl formatter writes, every hour of 2020–2031 and every minute of a day", () => {
    const mismatches: string[] = [];
    const check = (ms: number) => {
      const iso = new Date(ms).toISOString();
      if (formatTime(iso) !== BEIJING_TIME.format(new Date(iso))) mismatches.push(`${iso}: ${formatTime(iso)} ≠ ${BEIJING_TIME.format(new Date(iso))}`);
    };
    for (let ms = Date.UTC(2020, 0, 1, 0, 7, 31); ms < Date.UTC(2032, 0, 1); ms += 3_600_000) check(ms);
    for (let ms = Date.UTC(2026, 11, 31, 15, 0, 59, 999); ms < Date.UTC(2027, 0, 1, 16); ms += 60_000) check(ms);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(formatTime("2026-12-03T07:31:16.773Z")).toBe("2026/12/03 15:31");
  });
});
