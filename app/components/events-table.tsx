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

// One formatter for the process: making one costs far more than formatting a time.
const BEIJING_TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Times shown in Beijing time, which is what every user here reads. */
export function formatTime(iso: string) {
  return BEIJING_TIME.format(new Date(iso));
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
