import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireDepartmentUser } from "~/auth/auth.server";
import { EntryStatusBadge, formatDateTime, ItemStatusBadge } from "~/components/catalogue-ui";
import { reviewQueue, workInProgress } from "~/models/catalogues/catalogue-entry-queries.server";
import { feedbackToAnswer } from "~/models/catalogues/catalogue-feedback-queries.server";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import styles from "~/styles/catalogues.css";
import { FEEDBACK_KIND_LABELS, formatDay, frequencyText } from "~/models/catalogues/catalogue-labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "本单位公开事项 · 协商" }];

// A department sees and works on the items it is responsible for, only.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  const [items, working, reviews, feedback] = await Promise.all([
    itemStatuses({ departmentId: user.departmentId }),
    workInProgress(user.departmentId),
    reviewQueue(user),
    feedbackToAnswer(user.departmentId),
  ]);
  return json({
    department: { id: user.departmentId, name: user.departmentName },
    items: items
      .filter((s) => s.active)
      .sort((a, b) => b.status.daysLate - a.status.daysLate)
      .map((s) => ({
        id: s.itemId,
        title: s.title,
        catalogueSlug: s.catalogueSlug,
        catalogueTitle: s.catalogueTitle,
        frequency: frequencyText(s.frequency, s.frequencyDays),
        lastPublishedAt: s.lastPublishedAt?.toISOString() ?? null,
        canCreate: s.source === "manual",
        status: { active: s.active, mode: s.mode, ...s.status, missing: s.status.missing.map((p) => p.label) },
      })),
    working: working.map((w) => ({ ...w, updatedAt: w.updatedAt.toISOString() })),
    reviews: reviews.filter((r) => r.canReview).map((r) => ({ id: r.id, title: r.title, itemTitle: r.itemTitle, submitterName: r.submitterName })),
    feedback: feedback.map((f) => ({ id: f.id, kind: f.kind, body: f.body, entryId: f.entryId, entryTitle: f.entryTitle, waitingDays: f.waitingDays, status: f.status, answerStatus: f.answerStatus })),
  });
}

export default function DepartmentCatalogues() {
  const { department, items, working, reviews, feedback } = useLoaderData<typeof loader>();
  const overdue = items.filter((i) => i.status.overdue);
  return (
    <section aria-labelledby="dc-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="dc-title">本单位公开事项 · {department.name}</h1>
      <ul className="stats">
        <li>
          <strong>{items.length}</strong> 个公开事项
        </li>
        <li>
          <strong className={overdue.length ? "status-overdue" : undefined}>{overdue.length}</strong> <Link to="#overdue">个逾期</Link>
        </li>
        <li>
          <strong>{working.length}</strong> 条办理中
        </li>
        <li>
          <strong>{feedback.length}</strong> 条反馈待答复
        </li>
      </ul>
      {/* The workbench's 待办 公开事项逾期 counts these (the same rules in SQL: catalogue-overdue-sql.ts). */}
      <h2 id="overdue">逾期的公开事项（{overdue.length}）</h2>
      {overdue.length ? (
        <ul>
          {overdue.map((i) => (
            <li key={i.id}>
              <Link to={`/catalogues/${i.catalogueSlug}/items/${i.id}`}>{i.title}</Link>（{i.catalogueTitle}） <ItemStatusBadge status={i.status} />
              {i.status.missing.length ? <small> 未公开：{i.status.missing.slice(-2).join("、")}</small> : null}
              {i.status.lateEntries ? <small> {i.status.lateEntries} 条信息超过公开时限未发布</small> : null}{" "}
              {i.canCreate ? <Link to={`/catalogues/${i.catalogueSlug}/items/${i.id}/new`}>新建信息</Link> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>没有逾期的公开事项。</p>
      )}
      <h2>公开事项</h2>
      <table>
        <caption>逾期的在前</caption>
        <thead>
          <tr>
            <th scope="col">事项</th>
            <th scope="col">频次</th>
            <th scope="col">最近更新</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                <Link to={`/catalogues/${i.catalogueSlug}/items/${i.id}`}>{i.title}</Link>
                <br />
                <small>{i.catalogueTitle}</small>
              </td>
              <td>{i.frequency}</td>
              <td>{formatDateTime(i.lastPublishedAt)}</td>
              <td>
                <ItemStatusBadge status={i.status} />
                {i.status.overdue && i.status.missing.length ? <small> 未公开：{i.status.missing.slice(-2).join("、")}</small> : null}
                {!i.status.overdue && i.status.dueDate ? <small> 期限 {formatDay(i.status.dueDate)}</small> : null}
              </td>
              <td>{i.canCreate ? <Link to={`/catalogues/${i.catalogueSlug}/items/${i.id}/new`}>新建信息</Link> : "自动生成"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>办理中的信息</h2>
      {working.length ? (
        <ul className="entry-list">
          {working.map((w) => (
            <li key={w.id}>
              <h3>
                <Link to={`/catalogues/entries/${w.id}`}>{w.title}</Link> <EntryStatusBadge status={w.status} />
              </h3>
              <p className="doc-meta">
                {w.itemTitle} · 更新于 {formatDateTime(w.updatedAt, true)}
                {w.status === "returned" && w.returnReason ? ` · 退回理由：${w.returnReason}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有办理中的信息。</p>
      )}
      {reviews.length ? (
        <>
          <h2>待您审核的信息（同事提交）</h2>
          <ul>
            {reviews.map((r) => (
              <li key={r.id}>
                <Link to={`/catalogues/entries/${r.id}`}>{r.title}</Link>（{r.itemTitle}，{r.submitterName ?? "—"} 提交）
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>待答复的提问和纠错</h2>
      {feedback.length ? (
        <ul className="feedback-list">
          {feedback.map((f) => (
            <li key={f.id}>
              <p className="meta">
                {FEEDBACK_KIND_LABELS[f.kind]} · 关于 <Link to={`/catalogues/entries/${f.entryId}#f-${f.id}`}>{f.entryTitle}</Link> ·{" "}
                <span className="waiting">已等待 {f.waitingDays} 天</span>
                {f.status === "pending" ? " · 提问待审核" : ""}
                {f.answerStatus === "rejected" ? " · 上次答复未通过审核" : ""}
              </p>
              <p>{f.body}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待答复的反馈。</p>
      )}
    </section>
  );
}
