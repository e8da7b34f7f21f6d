import { Link } from "~/components/link";
import { eventActionLabel, eventSubjectLabel } from "~/utils/event-labels";

export interface EventRow {
  id: number;
  occurredAt: string;
  action: string;
  subjectType: string;
  subjectId: string;
  actorName: string | null;
  note: string | null;
  /** The subject's name and page, when it still exists (event-subjects.server.ts). */
  subject?: { name: string; href: string | null } | null;
}

export const actionLabel = eventActionLabel;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Times shown in Beijing time, which is what every user here reads: "2026/12/03 15:31", as
 * `Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", … })` writes it, but by adding the
 * fixed UTC+8 offset (no daylight saving since 1991): the formatter was 1–2 % of a workbench
 * render (events-table.test.ts compares the two).
 */
export function formatTime(iso: string) {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function EventsTable({ events, caption }: { events: EventRow[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">操作人</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatTime(e.occurredAt)}</td>
              <td>{actionLabel(e.action)}</td>
              <td>
                {eventSubjectLabel(e.subjectType)}：
                {e.subject ? e.subject.href ? <Link to={e.subject.href}>{e.subject.name}</Link> : e.subject.name : `编号 ${e.subjectId}`}
              </td>
              <td>{e.actorName ?? "系统"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
