import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageData } from "~/utils/page-data.server";
import { Link } from "~/components/link";
import { requireDepartmentUser } from "~/auth/auth.server";
import { TodoList } from "~/components/todo-list";
import { otherWorkbenchTodos, todoCounts } from "~/models/todos/todos.server";
import { departmentCoOpinions, departmentWorkbench } from "~/models/loop/department-workbench.server";
import { AssignmentsTable, RecommendationsTable } from "~/components/department-lists";
import { WORKBENCH_BUCKET_LABELS, type WorkbenchBucket } from "~/utils/labels";

export const meta: MetaFunction = () => [
  { title: "承办工作台 · 协商" },
  { name: "description", content: "承办单位的交办事项、临期与逾期提醒、会办意见与建议办理。" },
];

const BUCKETS = Object.entries(WORKBENCH_BUCKET_LABELS) as [WorkbenchBucket, string][];
/** The done buckets show only their latest few here; 查看全部 pages through the rest. */
const DONE: readonly WorkbenchBucket[] = ["replied", "evaluated", "withdrawn"];

// A department user works only on their own department's items. Every bucket is listed only
// in part — what needs action first, by deadline — with its total and a link to the whole
// list (department-workbench.server.ts).
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  const department = { id: user.departmentId, name: user.departmentName };
  const todos = await todoCounts(user);
  const page = {
    department,
    todos: todos.department!,
    // A user with more roles sees their other workbenches' to-dos too: the list adds up to the header badge.
    otherTodos: otherWorkbenchTodos(todos, "department"),
  };
  // ?show=co: only the co-handling awaiting an opinion (the 会办意见待送 to-do), as a page of its own,
  // read by its own statement: the workbench lists only the first few in progress.
  if (new URL(request.url).searchParams.get("show") === "co") {
    return pageData(context, { ...page, showCo: true as const, coOpinions: await departmentCoOpinions(user.departmentId) });
  }
  const bench = await departmentWorkbench(user.departmentId);
  return pageData(context, {
    ...page,
    showCo: false as const,
    inbox: bench.assignments.map((a) => ({ id: a.id, caseNo: a.caseNo, title: a.title, role: a.role, state: a.state, deadline: a.deadline, overdueDays: a.overdueDays, bucket: a.bucket, isKey: a.isKey })),
    counts: bench.counts,
    colleagues: bench.colleagues,
    recommendations: bench.recommendations,
  });
}

export default function DepartmentWorkbench() {
  const data = useLoaderData<typeof loader>();
  const { department, todos, otherTodos } = data;
  const top = (
    <>
      <h1 id="dw-title">承办工作台 · {department.name}</h1>
      <TodoList
        items={[
          { label: "待签收", count: todos.sign, to: "/department#b-new" },
          { label: "临期", count: todos.dueSoon, to: "/department#b-due_soon" },
          { label: "逾期", count: todos.overdue, to: "/department#b-overdue" },
          { label: "会办意见待送", count: todos.coOpinions, to: "/department?show=co" },
          { label: "调研报告建议待签收或逾期", count: todos.reports, to: "/department#b-recs-open" },
          { label: "公开事项逾期", count: todos.catalogues, to: "/department/catalogues#overdue" },
          ...otherTodos,
        ]}
      />
    </>
  );
  if (data.showCo) {
    const { rows, total } = data.coOpinions;
    return (
      <section aria-labelledby="dw-title">
        {top}
        <h2 id="b-co">
          会办意见待送（{total}）{total > rows.length ? <small>期限最近的 {rows.length} 件</small> : null}
        </h2>
        {rows.length ? (
          <ul>
            {rows.map((a) => (
              <li key={a.id}>
                <Link to={`/department/assignments/${a.id}`}>{a.title}</Link> {a.caseNo} · 会办期限 {a.deadline}
              </li>
            ))}
          </ul>
        ) : (
          <p>没有待送的会办意见。</p>
        )}
        <p>
          <Link to="/department">返回全部交办</Link>
        </p>
      </section>
    );
  }
  const { inbox, counts, colleagues, recommendations } = data;
  return (
    <section aria-labelledby="dw-title">
      {top}
      <ul className="stats">
        {BUCKETS.map(([key, label]) => (
          <li key={key}>
            <strong>{counts[key]}</strong> {label}
          </li>
        ))}
      </ul>
      {BUCKETS.map(([key, label]) => {
        const rows = inbox.filter((a) => a.bucket === key);
        if (!counts[key]) return null;
        const done = DONE.includes(key);
        const partial = counts[key] > rows.length;
        return (
          <section key={key} aria-labelledby={`b-${key}`}>
            <h2 id={`b-${key}`}>
              {label}（{counts[key]}）{partial ? <small>{done ? "最近" : "期限最近的"} {rows.length} 件</small> : null}
            </h2>
            <AssignmentsTable rows={rows} />
            {done || partial ? (
              <p>
                <Link to={`/department/assignments?state=${key}`}>查看全部（{counts[key]}）</Link>
              </p>
            ) : null}
          </section>
        );
      })}
      {BUCKETS.every(([key]) => !counts[key]) ? <p>目前没有交办给本单位的提案。</p> : null}
      {recommendations.open.length || recommendations.doneTotal ? (
        <section aria-labelledby="b-recs">
          <h2 id="b-recs">调研报告建议（{recommendations.open.length + recommendations.doneTotal}）</h2>
          {recommendations.open.length ? (
            <>
              <h3 id="b-recs-open">
                办理中（{recommendations.open.length}）
                {/* The to-do 调研报告建议待签收或逾期 counts these (app/models/todos). */}
                <small>其中待签收或逾期 {recommendations.open.filter((r) => r.state === "assigned" || r.overdueDays > 0).length} 条</small>
              </h3>
              <RecommendationsTable rows={recommendations.open} />
            </>
          ) : null}
          {recommendations.doneTotal ? (
            <>
              <h3 id="b-recs-done">
                已答复与已办结（{recommendations.doneTotal}）{recommendations.doneTotal > recommendations.done.length ? <small>最近 {recommendations.done.length} 件</small> : null}
              </h3>
              <RecommendationsTable rows={recommendations.done} />
              <p>
                <Link to="/department/recommendations?state=done">查看全部（{recommendations.doneTotal}）</Link>
              </p>
            </>
          ) : null}
        </section>
      ) : null}
      <p>
        交办本单位的全部提案见 <Link to="/department/assignments">全部交办</Link>。
      </p>
      <p>
        单位信息见 <Link to={`/departments/${department.id}`}>单位公开页面</Link>；本单位负责的信息公开事项见{" "}
        <Link to="/department/catalogues">信息公开工作台</Link>；转来的社情民意见 <Link to="/department/leads">社情民意</Link>。
      </p>
      <h2>本单位办理人员（{colleagues.length}）</h2>
      <ul>
        {colleagues.map((c) => (
          <li key={c.id}>
            {c.displayName}（{c.username}）
          </li>
        ))}
      </ul>
    </section>
  );
}
