import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { getApiCaller } from "~/auth/api-auth.server";
import { getLeadPage } from "~/models/participation/lead-queries.server";
import { leadJson } from "~/models/participation/participation-api.server";
import { apiFail, intParam } from "~/utils/api.server";

// One lead: public when its sender agreed and staff published it; its sender,
// staff and the member or department it went to also read it with their
// session cookie (then it is not cached). Otherwise 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = intParam(params.leadId, "id")!;
  const caller = await getApiCaller(request);
  const viewer = caller?.via === "session" ? caller.user : null;
  const page = await getLeadPage(id, viewer);
  if (!page) apiFail(404, "not_found", "No lead with this id");
  const headers = { "Cache-Control": page.access === "full" ? "private, no-store" : "public, max-age=30" };
  return json({ data: leadJson(page.lead) }, { headers });
}
