// The department's assignment tables, shared by the workbench (/department) and
// its paged lists (/department/assignments, /department/recommendations).
import { Form } from "@remix-run/react";
import { Link } from "~/components/link";
import { AssignmentBadge, KeyBadge, OverdueBadge } from "~/components/badges";
import { FilterSelect, Pagination } from "~/components/list-filters";
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
                <AssignmentBadge state={a.state} role={a.role} /> <OverdueBadge days={a.overdueDays} />
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

/**
 * The page around a paged department list (/department/assignments and
 * /department/recommendations): back link, heading with the total, the state
 * filter (a GET form, so it works without JavaScript), the table or an empty
 * message, and the pager.
 */
export function DepartmentPagedList(props: {
  id: string;
  /** What is listed: 交办事项, 调研报告建议. */
  noun: string;
  department: string | null;
  state: string | null;
  label: string;
  options: { value: string; label: string }[];
  page: number;
  pages: number;
  total: number;
  empty: boolean;
  children: React.ReactNode;
}) {
  const { id, noun, department, state, label, options, page, pages, total, empty, children } = props;
  const link = (p: number) => `?${new URLSearchParams(state ? { state, page: String(p) } : { page: String(p) })}`;
  return (
    <section aria-labelledby={id}>
      <p>
        <Link to="/department">← 承办工作台</Link>
      </p>
      <h1 id={id}>
        {noun} · {label}（{total}）
      </h1>
      <div className="list-header">
        <p className="count">
          {department}共 {total} 件，按交办时间从新到旧
        </p>
        <Form method="get" className="filters" role="search" aria-label={`筛选${noun}`}>
          <FilterSelect name="state" label="状态" value={state} options={options} />
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
      </div>
      {empty ? (
        <p>{page > 1 ? <>没有第 {page} 页。<Link to={link(1)}>回到第 1 页</Link></> : `没有这类${noun}。`}</p>
      ) : (
        children
      )}
      <Pagination previous={page > 1 ? link(Math.min(page - 1, pages)) : null} next={page < pages ? link(page + 1) : null} />
    </section>
  );
}
