import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportOpenList } from "~/models/platform/open-data.server";
import { publicOrigin } from "~/utils/public-origin.server";
import { notFound } from "~/utils/responses";

// /exports/<list>.csv|xlsx?<the page's filters>: open data, public lists only,
// so no sign-in is needed and none is looked at.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const m = /^([a-z-]{1,40})\.(csv|xlsx)$/.exec(params.file ?? "");
  const response = m ? await exportOpenList(m[1], m[2] as "csv" | "xlsx", new URL(request.url), publicOrigin(request)) : null;
  if (!response) throw notFound();
  return response;
}
