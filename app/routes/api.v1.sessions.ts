import type { LoaderFunctionArgs } from "@remix-run/node";
import type { SessionStatus } from "../../db/studios.schema";
import { listSessionsAfter } from "~/models/studios/session-queries.server";
import { VISIBLE_STATUSES } from "~/models/studios/studio-sessions.server";
import { getStudioBySlug } from "~/models/studios/studios.server";
import { apiFail, apiOk, pageParams } from "~/utils/api.server";
import { sessionJson } from "~/models/studios/studio-api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const status = url.searchParams.get("status") || undefined;
  if (status && !VISIBLE_STATUSES.includes(status as SessionStatus)) {
    apiFail(400, "invalid_parameter", `status must be one of ${VISIBLE_STATUSES.join(", ")}`);
  }
  const when = url.searchParams.get("when") || undefined;
  if (when && when !== "upcoming" && when !== "past") apiFail(400, "invalid_parameter", "when must be upcoming or past");
  const slug = url.searchParams.get("studio");
  let studioId: number | undefined;
  if (slug) {
    const studio = await getStudioBySlug(slug.slice(0, 100));
    if (!studio) apiFail(400, "invalid_parameter", "No studio with this slug");
    studioId = studio.id;
  }
  const { rows, nextCursor } = await listSessionsAfter(
    { studioId, status: status as SessionStatus | undefined, when: when as "upcoming" | "past" | undefined },
    cursor,
    limit,
  );
  return apiOk({ data: rows.map(sessionJson), nextCursor });
}
