import type { LoaderFunctionArgs } from "@remix-run/node";
import { studioRota } from "~/models/studios/rota-queries.server";
import { listSessionsAfter } from "~/models/studios/session-queries.server";
import { listStudiosAfter } from "~/models/studios/studio-queries.server";
import { getStudioBySlug, studioMembersOf } from "~/models/studios/studios.server";
import { apiFail, apiOk } from "~/utils/api.server";
import { sessionJson, studioJson } from "~/models/studios/studio-api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const studio = await getStudioBySlug(params.slug ?? "");
  if (!studio || !studio.active) apiFail(404, "not_found", "No studio with this slug");
  const [[row], members, sessions, rota] = await Promise.all([
    listStudiosAfter({}, studio.id - 1, 1).then((r) => r.rows),
    studioMembersOf(studio.id),
    listSessionsAfter({ studioId: studio.id, when: "upcoming" }, null, 100),
    studioRota(studio.id, new Date(), 20),
  ]);
  return apiOk({
    data: {
      ...studioJson(row),
      description: studio.description,
      contactPhone: studio.contactPhone,
      residentMembers: members.map((m) => ({ name: m.displayName, organisation: m.organisationName, lead: m.id === studio.leadId })),
      upcoming: sessions.rows.map(sessionJson),
      rota: rota.map((r) => ({ startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), member: r.memberName })),
    },
  });
}
