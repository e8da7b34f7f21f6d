// Who the viewer is to a topic, an opinion or a lead, as the actors of
// participation-rules.ts; and the one check every domain function makes
// (wrong person: 403, wrong moment: 409). Pure.
import type { Role } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import {
  LEAD_RULES,
  OPINION_RULES,
  TOPIC_RULES,
  isActorRefusal,
  leadRefusal,
  opinionRefusal,
  topicRefusal,
  type LeadAction,
  type OpinionAction,
  type ParticipationActor,
  type TopicAction,
} from "./participation-rules";
import type { LeadState, OpinionState, TopicState } from "../../../db/participation.schema";

export interface Viewer {
  id: string;
  roles: readonly Role[];
  departmentId: number | null;
}

const has = (v: Viewer | null | undefined, ...roles: Role[]) => !!v && roles.some((r) => v.roles.includes(r));

/** 工作人员: staff, and admins, who may do what staff do. */
export const isParticipationStaff = (v: Viewer | null | undefined): v is Viewer => has(v, "staff", "admin");

function base(v: Viewer | null | undefined): ParticipationActor[] {
  if (!v) return ["public"];
  const out: ParticipationActor[] = ["public", "signed_in"];
  if (isParticipationStaff(v)) out.push("staff");
  if (has(v, "member")) out.push("member");
  return out;
}

export function topicActors(v: Viewer | null | undefined) {
  return base(v);
}

export function opinionActors(v: Viewer | null | undefined, opinion: { authorId: string }) {
  const out = base(v);
  if (v && opinion.authorId === v.id) out.push("author");
  return out;
}

export function leadActors(v: Viewer | null | undefined, lead: { authorId: string; forwardedToUserId: string | null; forwardedToDepartmentId: number | null }) {
  const out = base(v);
  if (!v) return out;
  if (lead.authorId === v.id) out.push("author");
  if (lead.forwardedToUserId === v.id) out.push("assignee");
  if (lead.forwardedToDepartmentId !== null && has(v, "department") && v.departmentId === lead.forwardedToDepartmentId) out.push("department");
  return out;
}

function fail(reason: string, actorRefusal: boolean): never {
  throw new DomainError(reason, actorRefusal ? "forbidden" : "conflict");
}

export function checkTopic(action: TopicAction, topic: { state: TopicState; opensAt: Date; closesAt: Date }, actors: ParticipationActor[], now = new Date()) {
  const reason = topicRefusal(action, topic, actors, now);
  if (reason) fail(reason, isActorRefusal(TOPIC_RULES[action], actors));
}

export function checkOpinion(action: OpinionAction, state: OpinionState, actors: ParticipationActor[]) {
  const reason = opinionRefusal(action, state, actors);
  if (reason) fail(reason, isActorRefusal(OPINION_RULES[action], actors) || (action === "support" && actors.includes("author")));
}

export function checkLead(action: LeadAction, state: LeadState, actors: ParticipationActor[]) {
  const reason = leadRefusal(action, state, actors);
  if (reason) fail(reason, isActorRefusal(LEAD_RULES[action], actors));
}
