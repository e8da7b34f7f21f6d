import type { LoaderFunctionArgs } from "@remix-run/node";
import { listPublicProposals } from "~/models/loop/proposal-queries.server";
import { apiOk, intParam, pageParams } from "~/utils/api.server";

// Public list of accepted proposals; `cursor` is the page number here (case numbers sort the list).
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const page = cursor ?? 1;
  const { rows, total } = await listPublicProposals(
    { departmentId: intParam(url.searchParams.get("department"), "department"), overdue: url.searchParams.get("overdue") === "1" },
    page,
    limit,
  );
  return apiOk({
    data: rows.map((p) => ({ ...p, url: `/proposals/${p.caseNo}` })),
    total,
    nextCursor: page * limit < total ? page + 1 : null,
  });
}
