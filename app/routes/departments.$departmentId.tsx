import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { getDepartmentDetail } from "~/models/directory/departments.server";
import { DEPARTMENT_KIND_LABELS as KIND_LABELS, LEVEL_LABELS } from "~/utils/labels";
import { recommendationsForDepartment } from "~/models/documents/recommendation-queries.server";
import { listTitlesFor } from "~/utils/reading.server";
import { overdueCountFor } from "~/models/loop/proposal-queries.server";
import { MENTION_ROLE_LABELS } from "~/utils/labels";
import { parseId } from "~/utils/params";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.department.name ?? "承办单位"} · 协商` }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const detail = await getDepartmentDetail(parseId(params.departmentId));
  if (!detail) throw notFound();
  const { department, parent, children, mergedInto } = detail;
  const titleOf = listTitlesFor(request);
  return json({
    department: {
      id: department.id,
      name: department.name,
      shortName: department.shortName,
      aliases: department.aliases,
      level: LEVEL_LABELS[department.level],
      kind: KIND_LABELS[department.kind],
      active: department.active,
    },
    parent: parent && { id: parent.id, name: parent.name },
    mergedInto: mergedInto && { id: mergedInto.id, name: mergedInto.name },
    children: children.map((c) => ({ id: c.id, name: c.name })),
    // 简/繁 (decision 016): titles of documents written in the other script in the reader's.
    recommendations: (await recommendationsForDepartment(department.id)).map((r) => ({
      ...r,
      title: titleOf(r.title, r.docScript),
      docTitle: titleOf(r.docTitle, r.docScript),
    })),
    overdue: await overdueCountFor(department.id),
    disclosure: await disclosureSummary(department.id),
  });
}

/** 信息公开: the items this department answers for, and the overdue ones with how late. */
async function disclosureSummary(departmentId: number) {
  const items = (await itemStatuses({ departmentId })).filter((s) => s.active);
  return {
    items: items.length,
    overdue: items
      .filter((s) => s.status.overdue)
      .sort((a, b) => b.status.daysLate - a.status.daysLate)
      .map((s) => ({ id: s.itemId, title: s.title, catalogueSlug: s.catalogueSlug, daysLate: s.status.daysLate })),
    catalogues: [...new Map(items.map((s) => [s.catalogueSlug, s.catalogueTitle])).entries()].map(([slug, title]) => ({ slug, title })),
  };
}

export default function DepartmentPage() {
  const { department, parent, mergedInto, children, recommendations, disclosure, overdue } = useLoaderData<typeof loader>();
  const counts = { lead: 0, co: 0, mentioned: 0 };
  for (const r of recommendations) counts[r.role]++;
  return (
    <article aria-labelledby="d-title">
      <p>
        <Link to="/departments">承办单位名录</Link>
      </p>
      <h1 id="d-title">{department.name}</h1>
      {mergedInto ? (
        <p className="notice">
          该单位已并入 <Link to={`/departments/${mergedInto.id}`}>{mergedInto.name}</Link>。
        </p>
      ) : !department.active ? (
        <p className="notice">该单位已停用。</p>
      ) : null}
      <dl className="facts">
        <dt>简称</dt>
        <dd>{department.shortName ?? "—"}</dd>
        <dt>常见写法</dt>
        <dd>{department.aliases.join("、") || "—"}</dd>
        <dt>层级</dt>
        <dd>{department.level}</dd>
        <dt>类别</dt>
        <dd>{department.kind}</dd>
        {parent ? (
          <>
            <dt>上级单位</dt>
            <dd>
              <Link to={`/departments/${parent.id}`}>{parent.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        逾期未答复的交办事项：{overdue > 0 ? <span className="badge danger">逾期 {overdue} 件</span> : <span className="badge ok">无逾期</span>}{" "}
        <Link to={`/proposals?department=${department.id}`}>查看本单位承办的提案</Link>
      </p>
      <h2>涉及本单位的建议</h2>
      <p className="count">
        共 {recommendations.length} 条：牵头 {counts.lead} 条，配合 {counts.co} 条，提及 {counts.mentioned} 条
      </p>
      {recommendations.length ? <ExportLinks list="department-recommendations" params={{ department: String(department.id) }} keepFilters={false} label="导出这些建议" /> : null}
      {recommendations.length ? (
        <table>
          <caption>建议（按角色排列）</caption>
          <thead>
            <tr>
              <th scope="col">建议</th>
              <th scope="col">出自</th>
              <th scope="col">角色</th>
            </tr>
          </thead>
          <tbody>
            {recommendations.map((r) => (
              <tr key={`${r.id}-${r.role}`}>
                <td>
                  <Link to={`/recommendations/${r.id}`}>{r.title}</Link>
                </td>
                <td>
                  <Link to={`/documents/${r.docSlug}`}>{r.docTitle}</Link>（{r.docYear}）
                </td>
                <td>{MENTION_ROLE_LABELS[r.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {disclosure.items ? (
        <section aria-labelledby="d-disclosure">
          <h2 id="d-disclosure">信息公开</h2>
          <p className="count">
            负责 {disclosure.items} 个公开事项（
            {disclosure.catalogues.map((c, i) => (
              <span key={c.slug}>
                {i ? "、" : ""}
                <Link to={`/catalogues/${c.slug}`}>{c.title}</Link>
              </span>
            ))}
            ），{disclosure.overdue.length ? <strong className="badge danger">{disclosure.overdue.length} 个逾期</strong> : "均按时更新"}
          </p>
          {disclosure.overdue.length ? (
            <ul>
              {disclosure.overdue.map((o) => (
                <li key={o.id}>
                  <Link to={`/catalogues/${o.catalogueSlug}/items/${o.id}`}>{o.title}</Link>：<span className="badge danger">逾期 {o.daysLate} 天</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {children.length ? (
        <>
          <h2>下属单位</h2>
          <ul>
            {children.map((c) => (
              <li key={c.id}>
                <Link to={`/departments/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
