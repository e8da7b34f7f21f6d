import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireDepartmentUser } from "~/auth/auth.server";
import { DepartmentPagedList, AssignmentsTable } from "~/components/department-lists";
import { departmentAssignmentPage } from "~/models/loop/department-workbench.server";
import { defineSchema } from "~/utils/define-schema";
import { WORKBENCH_BUCKETS, WORKBENCH_BUCKET_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "全部交办 · 承办工作台 · 协商" }];

const query = /* @__PURE__ */ defineSchema(() =>
  z.object({
    state: z.enum(WORKBENCH_BUCKETS).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  }),
);

// Every proposal assignment of the user's own department, 50 a page, newest first,
// one bucket of the workbench or all (the workbench shows only the latest done ones).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  const { state, page } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total, pages } = await departmentAssignmentPage(user.departmentId, state ?? null, page);
  return json({ department: user.departmentName, state: state ?? null, page, pages, total, rows });
}

export default function DepartmentAssignments() {
  const { department, state, page, pages, total, rows } = useLoaderData<typeof loader>();
  const label = state ? WORKBENCH_BUCKET_LABELS[state] : "全部";
  return (
    <DepartmentPagedList
      id="da-title"
      noun="交办事项"
      department={department}
      state={state}
      label={label}
      options={WORKBENCH_BUCKETS.map((b) => ({ value: b, label: WORKBENCH_BUCKET_LABELS[b] }))}
      page={page}
      pages={pages}
      total={total}
      empty={!rows.length}
    >
      <AssignmentsTable rows={rows} caption={`${label}（第 ${page}/${pages} 页）`} />
    </DepartmentPagedList>
  );
}
