// The department's assignment tables, shared by the workbench (/department) and
// its paged lists (/department/assignments, /department/recommendations).
import { Link } from "@remix-run/react";
import { AssignmentBadge, KeyBadge, OverdueBadge } from "~/components/badges";
import { ASSIGNMENT_ROLE_LABELS } from "~/utils/labels";

type State = Parameters<typeof AssignmentBadge>[0]["state"];

export interface AssignmentListRow {
  id: number;
  caseNo: string | null;
  title: string;
  role: keyof typeof ASSIGNMENT_ROLE_LABELS;
  state: State;
  deadline: string;
  overdueDays: number;
  isKey: boolean;
}

export function AssignmentsTable({ rows, caption }: { rows: AssignmentListRow[]; caption?: string }) {
  return (
    <div className="table-scroll">
      <table>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">案号</th>
            <th scope="col">标题</th>
            <th scope="col">方式</th>
            <th scope="col">期限</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{a.caseNo}</td>
              <td>
                <Link to={`/department/assignments/${a.id}`}>{a.title}</Link> <KeyBadge isKey={a.isKey} />
              </td>
              <td>{ASSIGNMENT_ROLE_LABELS[a.role]}</td>
              <td>{a.deadline}</td>
              <td>
                <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface RecommendationListRow {
  id: number;
  title: string;
  doc_title: string;
  state: string;
  deadline: string;
  progress: number | null;
  overdueDays: number;
}

export function RecommendationsTable({ rows, caption }: { rows: RecommendationListRow[]; caption?: string }) {
  return (
    <div className="table-scroll">
      <table>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">建议</th>
            <th scope="col">期限</th>
            <th scope="col">状态</th>
            <th scope="col">进度</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/department/recommendations/${r.id}`}>{r.title}</Link>（{r.doc_title}）
              </td>
              <td>{r.deadline}</td>
              <td>
                <AssignmentBadge state={r.state as State} /> <OverdueBadge days={r.overdueDays} />
              </td>
              <td>{r.progress === null ? "—" : `${r.progress}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
