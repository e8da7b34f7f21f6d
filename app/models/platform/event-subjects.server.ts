// What an audit-log row is about, in words: the proposal's title, the user's
// name, the session's topic… with a link to the page where staff (or admins)
// manage it. One query per kind of subject on the page, never one per row.
import { eq, inArray } from "drizzle-orm";
import { db } from "../../../db/client";
import { apiTokens } from "../../../db/api-tokens.schema";
import { catalogueEntries, catalogueFeedback, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { documentDrafts, documents, recommendations } from "../../../db/documents.schema";
import { assignments, proposals } from "../../../db/loop.schema";
import { departments, organisations, users } from "../../../db/schema";
import { dutyShifts, studioSessions, studios } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";

export interface EventSubject {
  name: string;
  href: string | null;
}

type Named = Map<string, EventSubject>;
type Resolver = (ids: string[], admin: boolean) => Promise<Named>;

const numeric = (ids: string[]) => ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number);
const byId = <T extends { id: number | string }>(rows: T[], f: (r: T) => EventSubject): Named => new Map(rows.map((r) => [String(r.id), f(r)]));

async function proposalsById(ids: number[]) {
  if (!ids.length) return [];
  return db.select({ id: proposals.id, title: proposals.title, caseNo: proposals.caseNo, state: proposals.state }).from(proposals).where(inArray(proposals.id, ids));
}

// Staff open a proposal once it is submitted; a draft or a withdrawn one has no staff page.
const proposalSubject = (p: { id: number; title: string; caseNo: string | null; state: string }): EventSubject => ({
  name: p.caseNo ? `${p.caseNo} ${p.title}` : p.title,
  href: p.state === "draft" || p.state === "withdrawn" ? null : `/staff/proposals/${p.id}`,
});

const RESOLVERS: Record<string, Resolver> = {
  async proposal(ids) {
    return byId(await proposalsById(numeric(ids)), proposalSubject);
  },
  async assignment(ids) {
    const list = numeric(ids);
    if (!list.length) return new Map();
    const rows = await db.select({ id: assignments.id, proposalId: assignments.proposalId, departmentId: assignments.departmentId }).from(assignments).where(inArray(assignments.id, list));
    const ps = new Map((await proposalsById(rows.map((r) => r.proposalId).filter((n): n is number => n !== null))).map((p) => [p.id, p]));
    return byId(rows, (r) => {
      const p = r.proposalId ? ps.get(r.proposalId) : undefined;
      return p ? proposalSubject(p) : { name: `交办事项 ${r.id}`, href: null };
    });
  },
  async user(ids, admin) {
    const rows = ids.length ? await db.select({ id: users.id, displayName: users.displayName, username: users.username }).from(users).where(inArray(users.id, ids.slice(0, 500))) : [];
    return byId(rows, (u) => ({ name: `${u.displayName}（${u.username}）`, href: admin ? `/admin/users/${u.id}` : null }));
  },
  async department(ids, admin) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, list)) : [];
    return byId(rows, (d) => ({ name: d.name, href: admin ? `/admin/departments/${d.id}` : `/departments/${d.id}` }));
  },
  async organisation(ids, admin) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: organisations.id, name: organisations.name, slug: organisations.slug }).from(organisations).where(inArray(organisations.id, list)) : [];
    return byId(rows, (o) => ({ name: o.name, href: admin ? `/admin/organisations/${o.id}` : `/organisations/${o.slug}` }));
  },
  async api_token(ids, admin) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, list)) : [];
    return byId(rows, (t) => ({ name: t.name, href: admin ? "/admin/tokens" : null }));
  },
  async calendar(ids, admin) {
    return new Map(ids.map((day) => [day, { name: day, href: admin ? "/admin/calendar" : null }]));
  },
  async document(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: documents.id, title: documents.title, slug: documents.slug }).from(documents).where(inArray(documents.id, list)) : [];
    return byId(rows, (d) => ({ name: d.title, href: `/documents/${d.slug}` }));
  },
  async draft(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: documentDrafts.id, content: documentDrafts.content }).from(documentDrafts).where(inArray(documentDrafts.id, list)) : [];
    // content is { documents: [{ meta: { title } }] } (drafts.server.ts).
    const titleOf = (content: unknown) => (content as { documents?: { meta?: { title?: string } }[] })?.documents?.[0]?.meta?.title?.trim();
    return byId(rows, (d) => ({ name: titleOf(d.content) ? `录入稿：${titleOf(d.content)}` : `录入稿 ${d.id}`, href: `/staff/drafts/${d.id}` }));
  },
  async recommendation(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: recommendations.id, title: recommendations.title }).from(recommendations).where(inArray(recommendations.id, list)) : [];
    return byId(rows, (r) => ({ name: r.title, href: `/recommendations/${r.id}` }));
  },
  async catalogue(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: catalogues.id, title: catalogues.title }).from(catalogues).where(inArray(catalogues.id, list)) : [];
    return byId(rows, (c) => ({ name: c.title, href: `/staff/catalogues/${c.id}` }));
  },
  async catalogue_item(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: catalogueItems.id, title: catalogueItems.title }).from(catalogueItems).where(inArray(catalogueItems.id, list)) : [];
    return byId(rows, (i) => ({ name: i.title, href: `/staff/catalogues/items/${i.id}` }));
  },
  async catalogue_entry(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: catalogueEntries.id, title: catalogueEntries.title }).from(catalogueEntries).where(inArray(catalogueEntries.id, list)) : [];
    return byId(rows, (e) => ({ name: e.title, href: `/catalogues/entries/${e.id}` }));
  },
  async catalogue_feedback(ids) {
    const list = numeric(ids);
    if (!list.length) return new Map();
    const rows = await db.select({ id: catalogueFeedback.id, entryId: catalogueFeedback.entryId }).from(catalogueFeedback).where(inArray(catalogueFeedback.id, list));
    const entries = await RESOLVERS.catalogue_entry(rows.map((r) => String(r.entryId)), false);
    return byId(rows, (f) => {
      const entry = entries.get(String(f.entryId));
      return { name: entry ? `对“${entry.name}”的提问` : `提问 ${f.id}`, href: entry?.href ?? null };
    });
  },
  async studio(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: studios.id, name: studios.name, slug: studios.slug }).from(studios).where(inArray(studios.id, list)) : [];
    return byId(rows, (s) => ({ name: s.name, href: `/studios/${s.slug}` }));
  },
  async studio_session(ids) {
    const list = numeric(ids);
    const rows = list.length ? await db.select({ id: studioSessions.id, topic: studioSessions.topic }).from(studioSessions).where(inArray(studioSessions.id, list)) : [];
    return byId(rows, (s) => ({ name: s.topic, href: `/sessions/${s.id}` }));
  },
  async duty_shift(ids) {
    const list = numeric(ids);
    const rows = list.length
      ? await db
          .select({ id: dutyShifts.id, startsAt: dutyShifts.startsAt, endsAt: dutyShifts.endsAt, studio: studios.name, slug: studios.slug })
          .from(dutyShifts)
          .innerJoin(studios, eq(studios.id, dutyShifts.studioId))
          .where(inArray(dutyShifts.id, list))
      : [];
    return byId(rows, (s) => ({ name: `${s.studio} ${formatBeijingRange(s.startsAt, s.endsAt)}`, href: `/studios/${s.slug}/manage/rota` }));
  },
};

/**
 * Names and links for the subjects of these events, keyed "type:id". A subject
 * that no longer exists (a removed shift) or of an unknown type is left out;
 * the log then shows its kind and number.
 */
export async function describeEventSubjects(rows: { subjectType: string; subjectId: string }[], options: { admin: boolean }) {
  const wanted = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!RESOLVERS[r.subjectType]) continue;
    if (!wanted.has(r.subjectType)) wanted.set(r.subjectType, new Set());
    wanted.get(r.subjectType)!.add(r.subjectId);
  }
  const out = new Map<string, EventSubject>();
  await Promise.all(
    [...wanted].map(async ([type, ids]) => {
      const named = await RESOLVERS[type]([...ids], options.admin);
      for (const [id, subject] of named) out.set(`${type}:${id}`, subject);
    }),
  );
  return out;
}
