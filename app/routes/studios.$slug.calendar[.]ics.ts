import type { LoaderFunctionArgs } from "@remix-run/node";
import { icsHeaders } from "~/models/studios/icalendar.server";
import { studioCalendar } from "~/models/studios/session-feeds.server";
import { getStudioBySlug } from "~/models/studios/studios.server";
import { notFound } from "~/utils/responses";
import { publicOrigin } from "~/utils/public-origin.server";

// /studios/:slug/calendar.ics — a subscribable feed of the studio's sessions.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const studio = await getStudioBySlug(params.slug ?? "");
  if (!studio || !studio.active) throw notFound();
  const body = await studioCalendar(studio, publicOrigin(request));
  return new Response(body, { headers: icsHeaders(`${studio.slug}.ics`, "inline") });
}
