import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { icsHeaders } from "~/models/studios/icalendar.server";
import { sessionCalendar } from "~/models/studios/session-feeds.server";
import { getVisibleSession } from "~/models/studios/studio-sessions.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

// /sessions/:id.ics — the session as an iCalendar file (drafts only for organisers).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parseId(params.sessionId);
  const found = await getVisibleSession(id, await getOptionalUser(request));
  if (!found) throw notFound();
  const origin = new URL(request.url).origin;
  return new Response(sessionCalendar(found.session, origin, found.studio.name), { headers: icsHeaders(`session-${id}.ics`) });
}
