import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApiUser } from "~/auth/api-auth.server";
import { replyReview, reviewReply } from "~/models/loop/loop-api.server";
import { apiAction, apiError, apiOk, intParam, jsonBody } from "~/utils/api.server";

// POST {approve, note}: staff review of a reply before it is published.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireApiUser(request);
  const id = intParam(params.replyId, "id")!;
  const input = await jsonBody(request, replyReview);
  const failed = await apiAction(() => reviewReply(user, id, input.approve, input.note));
  return failed ?? apiOk({ data: { ok: true } }, { headers: { "Cache-Control": "no-store" } });
}

export async function loader() {
  return apiError(405, "method_not_allowed", "POST a review");
}
