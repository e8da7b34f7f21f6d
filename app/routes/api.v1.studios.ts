import type { LoaderFunctionArgs } from "@remix-run/node";
import { listStudiosAfter } from "~/models/studios/studio-queries.server";
import { apiOk, intParam, pageParams, textParam } from "~/utils/api.server";
import { studioJson } from "~/models/studios/studio-api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const { rows, nextCursor } = await listStudiosAfter(
    {
      q: textParam(url.searchParams.get("q")),
      district: textParam(url.searchParams.get("district"), 40),
      sectorId: intParam(url.searchParams.get("sector"), "sector"),
    },
    cursor,
    limit,
  );
  return apiOk({ data: rows.map(studioJson), nextCursor });
}
