import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { readSearchParams, search, type HitView } from "~/models/platform/search.server";
import { SEARCH_KINDS, type SearchKind } from "../../search/engine";
import { SEARCH_KIND_LABELS } from "../../search/labels";
import { FACET_PARAM, MAX_OFFSET, SEARCH_PER_PAGE } from "../../search/shared";
import { defineSchema } from "~/utils/define-schema";
import { scriptOf } from "~/utils/script.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.q ? `搜索：${data.q} · 协商` : "搜索 · 协商" },
  { name: "description", content: "检索政协文件、建议、答复、信息公开条目与协商活动。" },
];

const pageSchema = /* @__PURE__ */ defineSchema(() => z.coerce.number().int().min(1).max(MAX_OFFSET / SEARCH_PER_PAGE).catch(1));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const read = readSearchParams(url.searchParams);
  const params = read.ok ? read.value : { q: "", filters: {} };
  const page = pageSchema.parse(url.searchParams.get("page") ?? 1);
  // 简/繁 (decision 016): in 简 mode results from Traditional documents are shown in
  // Simplified; in 繁 mode the page-wide conversion shows every result in Traditional.
  const display = scriptOf(request) === "hans" ? { script: "hans" as const } : {};
  const view = await search(params, { offset: (page - 1) * SEARCH_PER_PAGE, limit: SEARCH_PER_PAGE }, undefined, display);
  // The parameters that define this result (without the page), for building links.
  const base: [string, string][] = [];
  if (view.q) base.push(["q", view.q]);
  for (const a of view.active) base.push([FACET_PARAM[a.name], a.value]);
  return json(
    { ...view, page, pages: Math.max(1, Math.ceil(Math.min(view.total, MAX_OFFSET) / SEARCH_PER_PAGE)), base },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function href(base: [string, string][], change: Record<string, string | null>) {
  const params = new URLSearchParams(base.filter(([k]) => !(k in change)));
  for (const [k, v] of Object.entries(change)) if (v !== null) params.set(k, v);
  return `/search?${params}`;
}

function Hit({ hit }: { hit: HitView }) {
  const meta = [
    hit.categoryLabel,
    hit.year ? `${hit.year} 年` : null,
    hit.organisation?.name || null,
    hit.departments.length ? `涉及 ${hit.departments.slice(0, 3).map((d) => d.name).join("、")}${hit.departments.length > 3 ? " 等" : ""}` : null,
  ].filter(Boolean);
  return (
    <li className="search-hit">
      <h3>
        <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
      </h3>
      {hit.snippetHtml ? <p className="snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
      <p className="doc-meta">{meta.join(" · ")}</p>
    </li>
  );
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { q, total, hits, facets, active, base, page, pages } = data;
  const kindCounts = new Map(facets.find((f) => f.name === "kind")?.values.map((v) => [v.value, v.count]) ?? []);
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length);
  const activeKind = active.find((a) => a.name === "kind")?.value;
  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">{q ? <>搜索：{q}</> : "搜索"}</h1>
      <Form method="get" action="/search" className="search-form" role="search" aria-label="搜索报告、提案和建议">
        <div className="field">
          <label htmlFor="search-q">关键词</label>
          {/* Keyed by the query: a search from the header box (a client-side navigation
              with JavaScript) must not leave the previous query in this box. */}
          <input key={q} id="search-q" type="search" name="q" defaultValue={q} maxLength={200} />
        </div>
        {active.map((a) => (
          <input key={a.name} type="hidden" name={FACET_PARAM[a.name]} value={a.value} />
        ))}
        <button type="submit" className="primary">
          搜索
        </button>
      </Form>
      <p className="hint">
        支持简体和繁体；多个词用空格分开，同时包含所有词的结果排在前面；用引号（如 “课后服务”）查找完整短语。
      </p>

      {data.unavailable ? (
        <p className="notice" role="alert">
          搜索服务暂时不可用，请稍后再试。
        </p>
      ) : null}

      {active.length ? (
        <ul className="tags active-filters" aria-label="已选条件">
          {active.map((a) => (
            <li key={a.name}>
              {a.label}{" "}
              <Link to={href(base, { [FACET_PARAM[a.name]]: null })} aria-label={`移除条件：${a.label}`}>
                ×
              </Link>
            </li>
          ))}
          <li>
            <Link to={href(base.filter(([k]) => k === "q"), {})}>清除全部条件</Link>
          </li>
        </ul>
      ) : null}

      {data.empty ? (
        <p className="count">{q ? "请输入可以检索的文字（汉字、字母或数字）。" : "请输入关键词，例如：养老服务、加装电梯、“课后服务”。"}</p>
      ) : (
        <p className="count" role="status">
          找到 {total} 条{data.exhaustive ? "" : "以上"}结果{total > SEARCH_PER_PAGE ? `（第 ${page}/${pages} 页）` : ""}
          {total > MAX_OFFSET ? `，可翻阅前 ${MAX_OFFSET} 条，请加入更多关键词或筛选条件缩小范围` : ""}
        </p>
      )}

      {!data.empty && total === 0 && !data.unavailable ? (
        <p>没有找到相关内容。可以换用更短或更常用的词，或去掉部分筛选条件。</p>
      ) : null}

      {total > 0 ? (
        <div className="search-layout">
          <aside className="facets" aria-label="筛选结果">
            <h2 className="visually-hidden">筛选结果</h2>
            {data.exhaustive ? null : <p className="hint">结果较多，以下分类数字统计的是前 {total} 条。</p>}
            {facets
              .filter((f) => f.values.length)
              .map((f) => (
                <section key={f.name} aria-labelledby={`facet-${f.name}`}>
                  <h3 id={`facet-${f.name}`}>{f.label}</h3>
                  <ul>
                    {f.values.slice(0, f.name === "department" ? 12 : 20).map((v) => (
                      <li key={v.value}>
                        {v.active ? (
                          <strong aria-current="true">
                            {v.label}（{v.count}）
                          </strong>
                        ) : (
                          <Link to={href(base, { [FACET_PARAM[f.name]]: v.value, page: null })}>
                            {v.label}（{v.count}）
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </aside>
          <div className="search-results">
            {groups.map((g) => (
              <section key={g.kind} aria-labelledby={`group-${g.kind}`} className="search-group">
                <h2 id={`group-${g.kind}`}>
                  {SEARCH_KIND_LABELS[g.kind as SearchKind]}
                  <small>
                    {" "}
                    共 {kindCounts.get(g.kind) ?? g.hits.length} 条
                    {activeKind !== g.kind && (kindCounts.get(g.kind) ?? 0) > g.hits.length ? (
                      <>
                        {" "}
                        · <Link to={href(base, { kind: g.kind, page: null })}>只看{SEARCH_KIND_LABELS[g.kind as SearchKind]}</Link>
                      </>
                    ) : null}
                  </small>
                </h2>
                <ol className="search-hits">
                  {g.hits.map((h) => (
                    <Hit key={`${h.kind}-${h.id}`} hit={h} />
                  ))}
                </ol>
              </section>
            ))}
            {pages > 1 ? (
              <nav className="pagination" aria-label="分页">
                {page > 1 ? <Link to={href(base, { page: String(page - 1) })}>上一页</Link> : null}
                <span>
                  第 {page}/{pages} 页
                </span>
                {page < pages ? <Link to={href(base, { page: String(page + 1) })}>下一页</Link> : null}
              </nav>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
