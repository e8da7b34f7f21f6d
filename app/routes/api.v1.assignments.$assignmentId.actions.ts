import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { assignmentAction, runAssignmentAction } from "~/models/loop/loop-api.server";
import { apiAction, apiError, apiOk, intParam, jsonBody } from "~/utils/api.server";

// POST {action, …}: a department's steps on its own assignment (sign, notes, reply, re-assignment).
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApiUser(request);
  const id = intParam(params.assignmentId, "id")!;
  const input = await jsonBody(request, assignmentAction);
  const failed = await apiAction(() => runAssignmentAction(user, id, input));
  return failed ?? apiOk({ data: { ok: true } }, { headers: { "Cache-Control": "no-store" } });
}

export async function loader() {
  return apiError(405, "method_not_allowed", "POST an action");
}
