// iCalendar (RFC 5545) files for studio sessions: one session, a studio's feed
// and a person's feed. Times are written in UTC ("…Z"), which every calendar
// converts to the reader's zone, so a 09:30 Beijing-time session shows at
// 09:30 in Asia/Shanghai; the calendar also names Asia/Shanghai as its zone.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { formatBeijingRange } from "../../utils/beijing-time";

export interface CalendarEvent {
  /** Stable across edits, so re-imports update rather than duplicate. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  /** Absolute URL of the page. */
  url?: string;
  status?: "confirmed" | "tentative" | "cancelled";
  /** Bumped on every change of time, place or status. */
  sequence?: number;
  updatedAt?: Date;
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

/** A VCALENDAR with the given events. `publish` feeds refresh hourly. */
export function buildCalendar(name: string, events: CalendarEvent[], options: { description?: string } = {}): string {
  const cal = ical({
    name,
    description: options.description ?? null,
    prodId: { company: "xieshang", product: "studios", language: "ZH" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  cal.x([{ key: "X-WR-TIMEZONE", value: "Asia/Shanghai" }]);
  for (const e of events) {
    const when = `时间：${formatBeijingRange(e.start, e.end)}（北京时间）`;
    cal.createEvent({
      id: e.uid,
      start: e.start,
      end: e.end,
      summary: e.status === "cancelled" ? `【已取消】${e.summary}` : e.summary,
      description: [when, e.description?.trim()].filter(Boolean).join("\n\n"),
      location: e.location ?? null,
      url: e.url ?? null,
      status: STATUS[e.status ?? "confirmed"],
      sequence: e.sequence ?? 0,
      stamp: e.updatedAt ?? new Date(),
      lastModified: e.updatedAt ?? null,
    });
  }
  return cal.toString();
}

/** Response headers for an .ics download (`attachment`) or a feed (`inline`). */
export function icsHeaders(filename: string, disposition: "attachment" | "inline" = "attachment") {
  return {
    "Content-Type": ICS_CONTENT_TYPE,
    "Content-Disposition": `${disposition}; filename="${filename}"`,
    "Cache-Control": "private, max-age=300",
  };
}
