import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { assignReport, reportAssignment } from "~/models/loop/loop-api.server";
import { reportAssignmentSheet } from "~/models/loop/report-assignment-queries.server";
import { apiAction, apiError, apiOk, jsonBody, textParam } from "~/utils/api.server";

// POST {deadline?, rows: [{recommendationId, leadDepartmentId, coDepartmentIds, deadline?}]}:
// staff 交办 a research report's recommendations in one transaction (all rows or none).
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApiUser(request);
  const slug = textParam(params.slug, 200) ?? "";
  const input = await jsonBody(request, reportAssignment);
  const sheet = await reportAssignmentSheet(slug);
  if (!sheet) return apiError(404, "not_found", "没有这份已发布的调研报告（提案在提案接口按件交办）");
  let created: { id: number; recommendationId: number | null; departmentId: number; role: string; deadline: string }[] = [];
  const failed = await apiAction(async () => {
    created = await assignReport(user, sheet.doc.id, input);
  });
  return (
    failed ??
    apiOk(
      { data: created.map((a) => ({ id: a.id, recommendationId: a.recommendationId, departmentId: a.departmentId, role: a.role, deadline: a.deadline })) },
      { status: 201, headers: { "Cache-Control": "no-store" } },
    )
  );
}

export async function loader() {
  return apiError(405, "method_not_allowed", "POST the assignment rows");
}
