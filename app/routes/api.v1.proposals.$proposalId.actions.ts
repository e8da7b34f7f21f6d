import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { proposalAction, runProposalAction } from "~/models/loop/loop-api.server";
import { getProposal } from "~/models/loop/proposals.server";
import { apiAction, apiError, apiFail, apiOk, intParam, jsonBody } from "~/utils/api.server";

// POST {action, …}: the member, staff and evaluation steps of the loop.
// Session cookie or bearer token (a token acts as its department's service account).
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApiUser(request);
  const id = intParam(params.proposalId, "id")!;
  const input = await jsonBody(request, proposalAction);
  const failed = await apiAction(() => runProposalAction(user, id, input));
  if (failed) return failed;
  const p = await getProposal(id);
  if (!p) apiFail(404, "not_found", "No such proposal");
  return apiOk({ data: { id: p.id, state: p.state, caseNo: p.caseNo, version: p.version } }, { headers: { "Cache-Control": "no-store" } });
}

export async function loader() {
  return apiError(405, "method_not_allowed", "POST an action");
}
