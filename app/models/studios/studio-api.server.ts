// JSON shapes of studios and sessions for /api/v1 (see app/models/studios/openapi.ts, assembled in app/utils/openapi/index.server.ts).
import type { listSessionsAfter } from "~/models/studios/session-queries.server";
import type { listStudiosAfter } from "~/models/studios/studio-queries.server";

type StudioRow = Awaited<ReturnType<typeof listStudiosAfter>>["rows"][number];
type SessionRow = Awaited<ReturnType<typeof listSessionsAfter>>["rows"][number];

export function studioJson(s: StudioRow) {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    place: { district: s.district, street: s.street, community: s.community, address: s.address },
    sector: s.sectorId ? { id: s.sectorId, name: s.sectorName } : null,
    lead: s.leadName ? { name: s.leadName } : null,
    members: s.members,
    upcomingSessions: s.upcoming,
    openingHours: s.openingHours,
    url: `/studios/${s.slug}`,
    calendarUrl: `/studios/${s.slug}/calendar.ics`,
  };
}

export function sessionJson(s: SessionRow) {
  return {
    id: s.id,
    topic: s.topic,
    status: s.status,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    timeZone: "Asia/Shanghai",
    place: s.place,
    audience: s.audience,
    capacity: s.capacity,
    reservedForMembers: s.reservedForMembers,
    confirmed: s.confirmed,
    waitlisted: s.waitlisted,
    signupOpensAt: (s.signupOpensAt ?? s.publishedAt)?.toISOString() ?? null,
    signupClosesAt: (s.signupClosesAt ?? s.startsAt).toISOString(),
    studio: { slug: s.studioSlug, name: s.studioName },
    url: `/sessions/${s.id}`,
    calendarUrl: `/sessions/${s.id}.ics`,
  };
}
