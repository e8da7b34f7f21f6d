import type { LoaderFunctionArgs } from "@remix-run/node";
import { icsHeaders } from "~/models/studios/icalendar.server";
import { personalCalendar, userIdForCalendarToken } from "~/models/studios/session-feeds.server";
import { getUserById } from "~/models/directory/users.server";
import { notFound } from "~/utils/responses";
import { publicOrigin } from "~/utils/public-origin.server";

// /calendar/:token.ics — a person's sessions and duty shifts. Calendar apps cannot
// sign in, so the secret token in the URL is the key; it can be replaced at
// /account/sessions, which ends the old URL.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await userIdForCalendarToken(params.token ?? "");
  const user = userId ? await getUserById(userId) : null;
  if (!user || !user.active) throw notFound();
  const body = await personalCalendar(user.id, user.displayName, publicOrigin(request));
  return new Response(body, { headers: { ...icsHeaders("xieshang.ics", "inline"), "Cache-Control": "private, no-store" } });
}
