import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireDepartmentUser } from "~/auth/auth.server";
import { AssignmentBadge, KeyBadge, OverdueBadge } from "~/components/badges";
import { TodoList } from "~/components/todo-list";
import { todoCounts } from "~/models/todos/todos.server";
import { departmentColleagues } from "~/models/platform/dashboard-queries.server";
import { departmentInbox } from "~/models/loop/handling-queries.server";
import { departmentRecommendationInbox } from "~/models/loop/recommendation-handling.server";
import { ASSIGNMENT_ROLE_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [
  { title: "承办工作台 · 协商" },
  { name: "description", content: "承办单位的交办事项、临期与逾期提醒、会办意见与建议办理。" },
];

const BUCKETS = [
  ["new", "新交办"],
  ["overdue", "已逾期"],
  ["due_soon", "10 个工作日内到期"],
  ["in_progress", "办理中"],
  ["replied", "已答复"],
  ["evaluated", "已办结"],
] as const;

// A department user works only on their own department's items.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  const [inbox, colleagues, recommendations, todos] = await Promise.all([
    departmentInbox(user.departmentId),
    departmentColleagues(user.departmentId),
    departmentRecommendationInbox(user.departmentId),
    todoCounts(user),
  ]);
  return json({
    department: { id: user.departmentId, name: user.departmentName },
    inbox: inbox.map((a) => ({ id: a.id, caseNo: a.caseNo, title: a.title, role: a.role, state: a.state, deadline: a.deadline, overdueDays: a.overdueDays, bucket: a.bucket, isKey: a.isKey })),
    // 会办意见待送: co-handling assignments whose opinion is neither sent nor waived (as app/models/todos counts them).
    coOpinions: inbox.filter((a) => a.role === "co" && (a.state === "assigned" || a.state === "signed") && !a.opinionWaivedAt).map((a) => ({ id: a.id, caseNo: a.caseNo, title: a.title, deadline: a.deadline })),
    colleagues,
    recommendations,
    todos: todos.department!,
    // ?show=co: only the co-handling awaiting an opinion (the 会办意见待送 to-do), as a page of its own.
    showCo: new URL(request.url).searchParams.get("show") === "co",
  });
}

export default function DepartmentWorkbench() {
  const { department, inbox, colleagues, recommendations, todos, coOpinions, showCo } = useLoaderData<typeof loader>();
  const top = (
    <>
      <h1 id="dw-title">承办工作台 · {department.name}</h1>
      <TodoList
        items={[
          { label: "待签收", count: todos.sign, to: "/department#b-new" },
          { label: "临期", count: todos.dueSoon, to: "/department#b-due_soon" },
          { label: "逾期", count: todos.overdue, to: "/department#b-overdue" },
          { label: "会办意见待送", count: todos.coOpinions, to: "/department?show=co" },
        ]}
      />
    </>
  );
  if (showCo) {
    return (
      <section aria-labelledby="dw-title">
        {top}
        <h2 id="b-co">会办意见待送（{coOpinions.length}）</h2>
        {coOpinions.length ? (
          <ul>
            {coOpinions.map((a) => (
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
  return (
    <section aria-labelledby="dw-title">
      {top}
      <ul className="stats">
        {BUCKETS.map(([key, label]) => (
          <li key={key}>
            <strong>{inbox.filter((a) => a.bucket === key).length}</strong> {label}
          </li>
        ))}
      </ul>
      {BUCKETS.map(([key, label]) => {
        const rows = inbox.filter((a) => a.bucket === key);
        if (!rows.length) return null;
        return (
          <section key={key} aria-labelledby={`b-${key}`}>
            <h2 id={`b-${key}`}>
              {label}（{rows.length}）
            </h2>
            <table>
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
          </section>
        );
      })}
      {inbox.length === 0 ? <p>目前没有交办给本单位的提案。</p> : null}
      {recommendations.length ? (
        <section aria-labelledby="b-recs">
          <h2 id="b-recs">调研报告建议（{recommendations.length}）</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">建议</th>
                <th scope="col">期限</th>
                <th scope="col">状态</th>
                <th scope="col">进度</th>
              </tr>
            </thead>
            <tbody>
              {recommendations.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/department/recommendations/${r.id}`}>{r.title}</Link>（{r.doc_title}）
                  </td>
                  <td>{r.deadline}</td>
                  <td>
                    <AssignmentBadge state={r.state as Parameters<typeof AssignmentBadge>[0]["state"]} /> <OverdueBadge days={r.overdueDays} />
                  </td>
                  <td>{r.progress === null ? "—" : `${r.progress}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
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
