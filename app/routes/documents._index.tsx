import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FeedLinksText } from "~/components/feed-links";
import { ExportLinks } from "~/components/export-links";
import { documentFacets, listDocuments } from "~/models/document-queries.server";
import { listDepartments } from "~/models/departments.server";
import { feedLinks } from "~/utils/feeds";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { documentFilters, documentsQuery, paramsOf } from "~/utils/list-queries";

export const meta: MetaFunction = () => [{ title: "报告与提案 · 协商" }, ...feedLinks("documents")];

const PER_PAGE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const q = documentsQuery.parse(paramsOf(request.url));
  const [{ rows, total }, facets, departments] = await Promise.all([
    listDocuments(documentFilters(q), q.page, PER_PAGE),
    documentFacets(),
    listDepartments(),
  ]);
  return json({
    q: { kind: q.kind ?? "", organisation: q.organisation ?? "", year: q.year ?? "", department: q.department ?? "", page: q.page },
    total,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
    documents: rows,
    facets,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  });
}

export default function Documents() {
  const { q, total, pages, documents, facets, departments } = useLoaderData<typeof loader>();
  const pageLink = (p: number) =>
    `?${new URLSearchParams(Object.entries({ ...q, page: p }).filter(([, v]) => v !== "").map(([k, v]) => [k, String(v)]))}`;
  return (
    <section aria-labelledby="docs-title">
      <h1 id="docs-title">报告与提案</h1>
      <Form method="get" className="filters" aria-label="筛选报告与提案">
        <div className="field">
          <label htmlFor="kind">类别</label>
          <select id="kind" name="kind" defaultValue={q.kind}>
            <option value="">全部</option>
            {Object.entries(DOCUMENT_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="organisation">提出单位</label>
          <select id="organisation" name="organisation" defaultValue={String(q.organisation)}>
            <option value="">全部</option>
            {facets.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="year">年度</label>
          <select id="year" name="year" defaultValue={String(q.year)}>
            <option value="">全部</option>
            {facets.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="department">涉及单位</label>
          <select id="department" name="department" defaultValue={String(q.department)}>
            <option value="">全部</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          筛选
        </button>
      </Form>
      <p className="count">
        共 {total} 篇（第 {q.page}/{pages} 页）
      </p>
      <ExportLinks list="documents" />
      <FeedLinksText kind="documents" />
      <ul className="doc-list">
        {documents.map((d) => (
          <li key={d.id}>
            <h2>
              <Link to={`/documents/${d.slug}`}>{d.title}</Link>
            </h2>
            <p className="doc-meta">
              {DOCUMENT_KIND_LABELS[d.kind]} · {d.year} 年 · {d.organisationName ?? (d.authors.join("、") || d.byline || "委员")} · {d.recommendations} 条建议
            </p>
          </li>
        ))}
      </ul>
      <nav className="pagination" aria-label="分页">
        {q.page > 1 ? <Link to={pageLink(q.page - 1)}>上一页</Link> : null}
        {q.page < pages ? <Link to={pageLink(q.page + 1)}>下一页</Link> : null}
      </nav>
    </section>
  );
}
