import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/auth.server";
import { staffOpinionExport } from "~/models/participation/participation-exports.server";
import { parseId } from "~/utils/params";
import { publicOrigin } from "~/utils/public-origin.server";

// Staff: all of a topic's opinions with their moderation outcome, as xlsx (never cached publicly).
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const response = await staffOpinionExport(parseId(params.topicId), "xlsx", publicOrigin(request));
  if (!response) throw new Response("Not Found", { status: 404 });
  return response;
}
