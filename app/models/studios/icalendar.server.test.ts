import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./icalendar.server";

// 2026-12-03 09:30–11:30 in Beijing is 01:30–03:30 UTC.
const start = new Date("2026-12-03T01:30:00Z");
const end = new Date("2026-12-03T03:30:00Z");

function beijing(date: Date) {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("buildCalendar", () => {
  const text = buildCalendar("测试工作室", [
    {
      uid: "session-7@xieshang",
      start,
      end,
      summary: "老旧小区加装电梯协商会",
      description: "请携带身份证。",
      location: "翠湖街道社区服务中心 3 楼",
      url: "http://localhost/sessions/7",
      sequence: 2,
    },
    { uid: "session-8@xieshang", start, end, summary: "已取消的活动", status: "cancelled" },
  ]);

  it("writes a valid calendar whose times are the session's time in Asia/Shanghai", () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("DTSTART:20261203T013000Z");
    expect(text).toContain("X-WR-TIMEZONE:Asia/Shanghai");
    const [event] = parse(text);
    expect(event.uid).toBe("session-7@xieshang");
    expect(event.summary).toBe("老旧小区加装电梯协商会");
    expect(event.location).toBe("翠湖街道社区服务中心 3 楼");
    expect(beijing(event.startDate.toJSDate())).toBe("2026/12/03 09:30");
    expect(beijing(event.endDate.toJSDate())).toBe("2026/12/03 11:30");
    expect(event.description).toContain("2026年12月3日（周四）09:30–11:30（北京时间）");
    expect(event.sequence).toBe(2);
  });

  it("marks cancelled sessions so subscribed calendars show the cancellation", () => {
    const events = parse(text);
    expect(events[1].summary).toBe("【已取消】已取消的活动");
    expect(events[1].component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("folds long lines and escapes commas and semicolons", () => {
    const long = buildCalendar("x", [{ uid: "u", start, end, summary: "议题；甲,乙".repeat(20) }]);
    for (const line of long.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75 + 2);
    expect(parse(long)[0].summary).toBe("议题；甲,乙".repeat(20));
  });
});
