import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { icsHeaders } from "~/models/studios/icalendar.server";
import { sessionCalendar } from "~/models/studios/session-feeds.server";
import { getVisibleSession } from "~/models/studios/studio-sessions.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import { publicOrigin } from "~/utils/public-origin.server";

// /sessions/:id.ics — the session as an iCalendar file (drafts only for organisers).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parseId(params.sessionId);
  const found = await getVisibleSession(id, await getOptionalUser(request));
  if (!found) throw notFound();
  const origin = publicOrigin(request);
  return new Response(sessionCalendar(found.session, origin, found.studio.name), { headers: icsHeaders(`session-${id}.ics`) });
}
