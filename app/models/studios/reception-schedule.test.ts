import { describe, expect, it } from "vitest";
import { parseBeijingLocal } from "~/utils/beijing-time";
import { describeSchedule, fitsSchedule, nextReceptions, parseSchedule } from "./reception-schedule";

const at = (local: string) => parseBeijingLocal(local)!;

describe("reception schedules (接待时间)", () => {
  it("reads the ways studios write their hours", () => {
    expect(parseSchedule("每周三 14:00–17:00")).toEqual({ weekday: 3, weeks: null, start: "14:00", end: "17:00" });
    expect(parseSchedule("每月第一个周六 9:00–11:00")).toEqual({ weekday: 6, weeks: [1], start: "09:00", end: "11:00" });
    expect(parseSchedule("每月第二、第四个周四 9:00–11:30")).toEqual({ weekday: 4, weeks: [2, 4], start: "09:00", end: "11:30" });
    expect(parseSchedule("每月最后一个星期五 14:30-16:30")).toEqual({ weekday: 5, weeks: [-1], start: "14:30", end: "16:30" });
    expect(parseSchedule("每周日上午 9:00至11:00")).toEqual({ weekday: 0, weeks: null, start: "09:00", end: "11:00" });
    expect(parseSchedule("工作日随时接待")).toBeNull();
    expect(parseSchedule("每周三 17:00–14:00")).toBeNull();
  });

  it("writes a rule back the way people read it", () => {
    expect(describeSchedule(parseSchedule("每月第二、第四个周四 9:00–11:30")!)).toBe("每月第二、第四个周四 9:00–11:30");
    expect(describeSchedule(parseSchedule("每周三 14:00–17:00")!)).toBe("每周三 14:00–17:00");
    expect(describeSchedule(parseSchedule("每月最后一个星期五 14:30-16:30")!)).toBe("每月最后一个周五 14:30–16:30");
  });

  it("finds the next reception days in Beijing time", () => {
    const rule = parseSchedule("每月第一个周六 9:00–11:00")!;
    // 2026-06-01 is a Monday; the first Saturdays are 6 June, 4 July, 1 August.
    const next = nextReceptions(rule, at("2026-06-01T00:00"), 3);
    expect(next.map((r) => r.startsAt)).toEqual([at("2026-06-06T09:00"), at("2026-07-04T09:00"), at("2026-08-01T09:00")]);
    expect(next[0].endsAt).toEqual(at("2026-06-06T11:00"));
    const last = nextReceptions(parseSchedule("每月最后一个周五 14:30–16:30")!, at("2026-06-27T00:00"), 1);
    expect(last[0].startsAt).toEqual(at("2026-07-31T14:30"));
  });

  it("tells a shift that keeps to the stated hours from one that does not", () => {
    const rule = parseSchedule("每月第一个周六 9:00–11:00")!;
    expect(fitsSchedule(rule, at("2026-06-06T09:00"), at("2026-06-06T11:00"))).toBe(true);
    expect(fitsSchedule(rule, at("2026-06-13T09:00"), at("2026-06-13T11:00"))).toBe(false); // second Saturday
    expect(fitsSchedule(rule, at("2026-06-06T09:00"), at("2026-06-06T11:30"))).toBe(false); // runs past 11:00
  });
});
