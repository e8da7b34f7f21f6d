// Reading proposal leads (提案线索) as each viewer may: the citizen, staff, the
// member or department it went to see all of it; the public sees only leads
// the citizen agreed to show and staff published, without the citizen's name,
// attachments or staff notes.
import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { leadAttachments, proposalLeads } from "../../../db/participation.schema";
import { departments, organisations, userRoles, users } from "../../../db/schema";
import { studioMembers, studios } from "../../../db/studios.schema";
import { isFollowing } from "./follows.server";
import { leadActors, type Viewer } from "./participation-access";
import { LEAD_ACTIONS, PUBLIC_LEAD_STATES, canMap, leadRefusal } from "./participation-rules";
import { PUBLIC_PROPOSAL_STATES } from "./supports.server";
import type { Lead } from "./leads.server";

const author = alias(users, "lead_author");
const assignee = alias(users, "lead_assignee");

/** "full" for those involved, "public" for a published lead, null: not found for this viewer. */
export function leadAccess(viewer: Viewer | null, lead: Lead): "full" | "public" | null {
  const actors = leadActors(viewer, lead);
  if (actors.some((a) => a === "staff" || a === "author" || a === "assignee" || a === "department")) return "full";
  if (lead.published && lead.consentPublic && PUBLIC_LEAD_STATES.includes(lead.state)) return "public";
  return null;
}

const select = {
  lead: proposalLeads,
  authorName: author.displayName,
  assigneeName: assignee.displayName,
  departmentName: departments.name,
  proposalState: proposals.state,
  proposalCaseNo: proposals.caseNo,
  proposalTitle: proposals.title,
};

function base() {
  return db
    .select(select)
    .from(proposalLeads)
    .innerJoin(author, eq(author.id, proposalLeads.authorId))
    .leftJoin(assignee, eq(assignee.id, proposalLeads.forwardedToUserId))
    .leftJoin(departments, eq(departments.id, proposalLeads.forwardedToDepartmentId))
    .leftJoin(proposals, eq(proposals.id, proposalLeads.proposalId));
}

type Row = Awaited<ReturnType<typeof base>>[number];

/** Where the lead went, as the citizen and the public read it. */
function whereItWent(r: Row, access: "full" | "public") {
  const isPublicProposal = !!r.proposalState && (PUBLIC_PROPOSAL_STATES as readonly string[]).includes(r.proposalState) && !!r.proposalCaseNo;
  return {
    memberName: r.assigneeName,
    via: r.lead.forwardedVia,
    departmentName: r.departmentName,
    proposal: r.lead.proposalId
      ? {
          // The draft itself is private to the member; its case number and page once accepted.
          caseNo: isPublicProposal ? r.proposalCaseNo : null,
          url: isPublicProposal ? `/proposals/${r.proposalCaseNo}` : null,
          title: isPublicProposal || access === "full" ? r.proposalTitle : null,
          stage: isPublicProposal ? "accepted" : r.proposalState === "submitted" ? "submitted" : r.proposalState === "withdrawn" ? "withdrawn" : "draft",
        }
      : null,
  };
}

function view(r: Row, access: "full" | "public") {
  const l = r.lead;
  return {
    id: l.id,
    title: l.title,
    problem: l.problem,
    suggestion: l.suggestion,
    place: l.place,
    state: l.state,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    consentPublic: l.consentPublic,
    published: l.published,
    // Staff's note on forwarding or the reason for closing: the citizen sees it; the public sees a closing reason only.
    reason: access === "full" || l.state === "closed" ? l.reason : null,
    authorName: access === "full" ? r.authorName : null,
    flaggedWords: access === "full" ? l.flaggedWords : [],
    went: whereItWent(r, access),
  };
}
export type LeadView = ReturnType<typeof view>;

export async function getLeadPage(id: number, viewer: Viewer | null) {
  const [r] = await base().where(eq(proposalLeads.id, id));
  if (!r) return null;
  const access = leadAccess(viewer, r.lead);
  if (!access) return null;
  const actors = leadActors(viewer, r.lead);
  const [files, following] = await Promise.all([
    access === "full"
      ? db.select({ id: leadAttachments.id, fileName: leadAttachments.fileName, size: leadAttachments.size, mimeType: leadAttachments.mimeType }).from(leadAttachments).where(eq(leadAttachments.leadId, id)).orderBy(asc(leadAttachments.id))
      : Promise.resolve([] as { id: number; fileName: string; size: number; mimeType: string }[]),
    isFollowing(viewer?.id, "lead", id),
  ]);
  return {
    lead: view(r, access),
    access,
    actors,
    files,
    following,
    can: canMap(LEAD_ACTIONS, (a) => leadRefusal(a, r.lead.state, actors)),
  };
}

/** An attachment, if this viewer may read it (never the public). */
export async function readableLeadAttachment(viewer: Viewer | null, attachmentId: number) {
  const [a] = await db.select().from(leadAttachments).where(eq(leadAttachments.id, attachmentId));
  if (!a) return null;
  const [lead] = await db.select().from(proposalLeads).where(eq(proposalLeads.id, a.leadId));
  return lead && leadAccess(viewer, lead) === "full" ? a : null;
}

/** Published leads, newest first. */
export async function listPublicLeads() {
  const rows = await base()
    .where(and(eq(proposalLeads.published, true), eq(proposalLeads.consentPublic, true), inArray(proposalLeads.state, PUBLIC_LEAD_STATES)))
    .orderBy(desc(proposalLeads.id))
    .limit(500);
  return rows.map((r) => view(r, "public"));
}

/** Staff: leads waiting for triage (oldest first), then the latest handled ones. */
export async function staffLeadQueue() {
  const [pending, recent] = await Promise.all([
    base().where(eq(proposalLeads.state, "pending")).orderBy(asc(proposalLeads.id)),
    base().where(inArray(proposalLeads.state, ["forwarded_member", "forwarded_department", "drafted", "closed"])).orderBy(desc(proposalLeads.updatedAt)).limit(50),
  ]);
  return { pending: pending.map((r) => view(r, "full")), recent: recent.map((r) => view(r, "full")) };
}

/** A member's leads: forwarded to them (and what they made of them). */
export async function memberLeads(userId: string) {
  const rows = await base().where(eq(proposalLeads.forwardedToUserId, userId)).orderBy(desc(proposalLeads.id));
  return rows.map((r) => view(r, "full"));
}

/** A department's leads (社情民意 forwarded to it). */
export async function departmentLeads(departmentId: number) {
  const rows = await base().where(eq(proposalLeads.forwardedToDepartmentId, departmentId)).orderBy(desc(proposalLeads.id));
  return rows.map((r) => view(r, "full"));
}

export async function myLeads(userId: string) {
  const rows = await base().where(eq(proposalLeads.authorId, userId)).orderBy(desc(proposalLeads.id));
  return rows.map((r) => view(r, "full"));
}

/**
 * Members to forward a lead to, grouped the two ways staff look for one: by
 * their 界别/party (organisation) and by the studio they sit in.
 */
export async function memberChoices() {
  const members = await db
    .select({ id: users.id, name: users.displayName, organisation: organisations.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "member")))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.active, true))
    .orderBy(asc(organisations.sortOrder), asc(users.displayName));
  const resident = await db
    .select({ userId: studioMembers.userId, studio: studios.name })
    .from(studioMembers)
    .innerJoin(studios, eq(studios.id, studioMembers.studioId))
    .where(and(eq(studios.active, true), or(...(members.length ? [inArray(studioMembers.userId, members.map((m) => m.id))] : [eq(studios.id, -1)]))))
    .orderBy(asc(studios.name));
  const byGroup = (pairs: { group: string; id: string; name: string }[]) => {
    const map = new Map<string, { id: string; name: string }[]>();
    for (const p of pairs) map.set(p.group, [...(map.get(p.group) ?? []), { id: p.id, name: p.name }]);
    return [...map.entries()].map(([group, options]) => ({ group, options }));
  };
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  return {
    bySector: byGroup(members.map((m) => ({ group: m.organisation ?? "未注明界别", id: m.id, name: m.name }))),
    byStudio: byGroup(resident.map((r) => ({ group: r.studio, id: r.userId, name: nameOf.get(r.userId) ?? "" }))),
  };
}

/** The lead a proposal was drafted from, for the member's draft page. */
export async function leadForProposal(proposalId: number) {
  const [row] = await db.select({ id: proposalLeads.id, title: proposalLeads.title }).from(proposalLeads).where(eq(proposalLeads.proposalId, proposalId));
  return row ? { ...row, url: `/participation/leads/${row.id}` } : null;
}
