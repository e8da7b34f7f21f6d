import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireDepartmentUser } from "~/auth/auth.server";
import { DepartmentPagedList, RecommendationsTable } from "~/components/department-lists";
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
  return (
    <DepartmentPagedList
      id="dr-title"
      noun="调研报告建议"
      department={department}
      state={state}
      label={label}
      options={RECOMMENDATION_FILTERS.map((f) => ({ value: f, label: LABELS[f] }))}
      page={page}
      pages={pages}
      total={total}
      empty={!rows.length}
    >
      <RecommendationsTable rows={rows} caption={`${label}（第 ${page}/${pages} 页）`} />
    </DepartmentPagedList>
  );
}
