// The JSON shapes of /api/v1 for participation (described in ./openapi.ts),
// and the caller check for personal actions: posting, supporting and sending
// leads are a person's acts, so they need the signed-in browser session (the
// xs_session cookie, with the Origin check of forms); API tokens act for
// departments and get 403.
import { getApiCaller } from "../../auth/api-auth.server";
import { apiFail } from "../../utils/api.server";
import type { AppUser } from "../directory/users.server";
import type { LeadView } from "./lead-queries.server";
import type { listTopicOpinions } from "./opinion-queries.server";
import type { listPublicTopics } from "./topics.server";

export async function requirePerson(request: Request): Promise<AppUser> {
  const caller = await getApiCaller(request);
  if (!caller) apiFail(401, "unauthenticated", "Sign in first (session cookie)");
  if (caller.via !== "session") apiFail(403, "forbidden", "API tokens act for departments; participation needs a person's session");
  return caller.user;
}

type TopicRow = Awaited<ReturnType<typeof listPublicTopics>>[number];
export function topicJson(t: TopicRow) {
  return {
    id: t.id,
    title: t.title,
    state: t.state,
    opensAt: t.opensAt.toISOString(),
    closesAt: t.closesAt.toISOString(),
    meeting: { kind: t.meetingKind, title: t.meetingTitle, date: t.meetingDate },
    organisation: t.organisationName,
    opinions: t.opinions,
    url: `/participation/topics/${t.id}`,
    feeds: { atom: `/participation/topics/${t.id}/feed.atom`, rss: `/participation/topics/${t.id}/feed.rss` },
    csv: `/exports/topic-opinions.csv?topic=${t.id}`,
  };
}

type OpinionRow = Pick<
  Awaited<ReturnType<typeof listTopicOpinions>>["opinions"][number],
  "id" | "topicId" | "body" | "authorName" | "asMember" | "supports" | "merged" | "createdAt"
>;
/** An approved opinion as /api/v1 shows it (in its topic's list, and on its own). */
export function opinionJson(o: OpinionRow) {
  return {
    id: o.id,
    topicId: o.topicId,
    body: o.body,
    author: o.authorName,
    member: o.asMember,
    supports: o.supports,
    merged: o.merged,
    createdAt: o.createdAt.toISOString(),
    url: `/participation/opinions/${o.id}`,
  };
}

export function leadJson(l: LeadView) {
  return {
    id: l.id,
    title: l.title,
    problem: l.problem,
    suggestion: l.suggestion,
    place: l.place,
    state: l.state,
    createdAt: l.createdAt.toISOString(),
    forwardedTo: { member: l.went.memberName, via: l.went.via, department: l.went.departmentName },
    proposal: l.went.proposal ? { caseNo: l.went.proposal.caseNo, url: l.went.proposal.url, stage: l.went.proposal.stage } : null,
    reason: l.reason,
    url: `/participation/leads/${l.id}`,
  };
}
