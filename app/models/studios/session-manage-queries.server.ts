// What an organiser's session page shows (活动管理): the session with its edit
// defaults, the sign-up list, the opinions raised and the recent audit trail.
// The page and its components are typed from this function's return value.
import type { StudioSession } from "../../../db/studios.schema";
import { formatBeijing, formatBeijingRange, toBeijingLocal } from "../../utils/beijing-time";
import { recentEventsFor } from "../platform/dashboard-queries.server";
import { listOpinions } from "./session-outcomes.server";
import { listSignups, signupActors } from "./session-signups.server";
import type { AppUser } from "../directory/users.server";
import { allows, canMap } from "../platform/state-table";
import { SESSION_RULES } from "./session-rules";
import { SIGNUP_RULES } from "./signup-rules";
import { sessionActors } from "./studios.server";

export type ManagedSessionPage = Awaited<ReturnType<typeof managedSessionPage>>;

export async function managedSessionPage(studio: { slug: string; name: string; leadId: string | null }, s: StudioSession, user: AppUser, now = new Date()) {
  const [signups, opinions, events] = await Promise.all([listSignups(s.id), listOpinions(s.id), recentEventsFor("studio_session", s.id, 50)]);
  const started = s.startsAt.getTime() <= now.getTime();
  const facts = { actors: sessionActors(user, studio), state: s.status };
  const can = canMap(SESSION_RULES, ["publish", "close", "reopen", "cancel", "edit", "minutes", "opinion"], facts);
  return {
    /** What the organiser may do now, from the state tables (hold and attendance once the session began). */
    can: {
      ...can,
      hold: started && allows(SESSION_RULES.hold, facts),
      attendance: started && allows(SIGNUP_RULES.attend, { actors: signupActors(user, s, null, studio), within: s.status }),
    },
    studio: { slug: studio.slug, name: studio.name },
    session: {
      id: s.id,
      topic: s.topic,
      status: s.status,
      version: s.version,
      when: formatBeijingRange(s.startsAt, s.endsAt),
      started,
      capacity: s.capacity,
      audience: s.audience,
      minutes: s.minutes,
      cancelReason: s.cancelReason,
    },
    defaults: {
      topic: s.topic,
      description: s.description,
      startsAt: toBeijingLocal(s.startsAt),
      endsAt: toBeijingLocal(s.endsAt),
      place: s.place,
      capacity: String(s.capacity),
      reservedForMembers: String(s.reservedForMembers),
      audience: s.audience,
      signupOpensAt: s.signupOpensAt ? toBeijingLocal(s.signupOpensAt) : "",
      signupClosesAt: s.signupClosesAt ? toBeijingLocal(s.signupClosesAt) : "",
    },
    signups: signups.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      username: r.username,
      asMember: r.asMember,
      organisationName: r.organisationName,
      status: r.status,
      position: r.position,
      attended: r.attended,
      /** Attendance is recorded for the sign-ups in the `attend` rule's from-states (confirmed). */
      attendable: (SIGNUP_RULES.attend.from as readonly string[]).includes(r.status),
      createdAt: formatBeijing(r.createdAt),
    })),
    opinions: opinions.map((o) => ({ id: o.id, title: o.title, body: o.body, raisedBy: o.raisedBy, proposalId: o.proposalId })),
    events,
  };
}
