import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { FeedLinksText } from "~/components/feed-links";
import { ExportLinks } from "~/components/export-links";
import { documentFacets, listDocuments } from "~/models/documents/document-queries.server";
import { listTitlesFor } from "~/utils/reading.server";
import { listDepartments } from "~/models/directory/departments.server";
import { feedLinks } from "~/utils/feeds";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { documentFilters, documentsQuery, paramsOf } from "~/utils/list-queries";
import { FilterSelect, Pagination } from "~/components/list-filters";

export const meta: MetaFunction = () => [{ title: "报告与提案 · 协商" }, ...feedLinks("documents")];

const PER_PAGE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const q = documentsQuery.parse(paramsOf(request.url));
  const titleOf = listTitlesFor(request); // 简/繁 (decision 016)
  const [{ rows, total }, facets, departments] = await Promise.all([
    listDocuments(documentFilters(q), q.page, PER_PAGE),
    documentFacets(),
    listDepartments(),
  ]);
  return json({
    q: { kind: q.kind ?? "", organisation: q.organisation ?? "", year: q.year ?? "", department: q.department ?? "", page: q.page },
    total,
    pages: Math.max(1, Math.ceil(total / PER_PAGE)),
    documents: rows.map((d) => ({ ...d, title: titleOf(d.title, d.writtenScript) })),
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
        <FilterSelect name="kind" label="类别" value={q.kind} options={Object.entries(DOCUMENT_KIND_LABELS).map(([v, l]) => ({ value: v, label: l }))} />
        <FilterSelect name="organisation" label="提出单位" value={q.organisation} options={facets.organisations.map((o) => ({ value: o.id, label: o.name }))} />
        <FilterSelect name="year" label="年度" value={q.year} options={facets.years.map((y) => ({ value: y, label: y }))} />
        <FilterSelect name="department" label="涉及单位" value={q.department} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
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
      <Pagination previous={q.page > 1 ? pageLink(q.page - 1) : null} next={q.page < pages ? pageLink(q.page + 1) : null} />
    </section>
  );
}
