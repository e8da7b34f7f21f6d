import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { recommendationAssignmentAction, runRecommendationAssignmentAction } from "~/models/loop/loop-api.server";
import { apiAction, apiError, apiOk, intParam, jsonBody } from "~/utils/api.server";

// POST {action, …}: steps on a report recommendation's assignment (sign, re-assignment,
// adoption and progress). A proposal's assignment is a 404 that names its own endpoint.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApiUser(request);
  const id = intParam(params.assignmentId, "id")!;
  const input = await jsonBody(request, recommendationAssignmentAction);
  const failed = await apiAction(() => runRecommendationAssignmentAction(user, id, input));
  return failed ?? apiOk({ data: { ok: true } }, { headers: { "Cache-Control": "no-store" } });
}

export async function loader() {
  return apiError(405, "method_not_allowed", "POST an action");
}
