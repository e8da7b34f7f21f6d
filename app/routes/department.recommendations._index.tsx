import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireDepartmentUser } from "~/auth/auth.server";
import { RecommendationsTable } from "~/components/department-lists";
import { FilterSelect, Pagination } from "~/components/list-filters";
import { departmentRecommendationPage } from "~/models/loop/department-workbench.server";
import { defineSchema } from "~/utils/define-schema";
import { RECOMMENDATION_FILTERS, RECOMMENDATION_FILTER_LABELS as LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "调研报告建议 · 承办工作台 · 协商" }];

const query = /* @__PURE__ */ defineSchema(() =>
  z.object({
    state: z.enum(RECOMMENDATION_FILTERS).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  }),
);

// Every research-report recommendation assigned to the user's own department, 50 a page, newest first.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  const { state, page } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total, pages } = await departmentRecommendationPage(user.departmentId, state ?? null, page);
  return json({ department: user.departmentName, state: state ?? null, page, pages, total, rows });
}

export default function DepartmentRecommendations() {
  const { department, state, page, pages, total, rows } = useLoaderData<typeof loader>();
  const label = state ? LABELS[state] : "全部";
  const link = (p: number) => `?${new URLSearchParams(state ? { state, page: String(p) } : { page: String(p) })}`;
  return (
    <section aria-labelledby="dr-title">
      <p>
        <Link to="/department">← 承办工作台</Link>
      </p>
      <h1 id="dr-title">
        调研报告建议 · {label}（{total}）
      </h1>
      <div className="list-header">
        <p className="count">
          {department}共 {total} 件，按交办时间从新到旧
        </p>
        <Form method="get" className="filters" role="search" aria-label="筛选调研报告建议">
          <FilterSelect name="state" label="状态" value={state} options={RECOMMENDATION_FILTERS.map((f) => ({ value: f, label: LABELS[f] }))} />
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
      </div>
      {rows.length ? (
        <RecommendationsTable rows={rows} caption={`${label}（第 ${page}/${pages} 页）`} />
      ) : (
        <p>{page > 1 ? <>没有第 {page} 页。<Link to={link(1)}>回到第 1 页</Link></> : "没有这类调研报告建议。"}</p>
      )}
      <Pagination previous={page > 1 ? link(Math.min(page - 1, pages)) : null} next={page < pages ? link(page + 1) : null} />
    </section>
  );
}
