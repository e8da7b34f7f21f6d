// Read models for the public pages and the API: published documents only.
// Recommendations on their own are read in recommendation-queries.server.ts.
import { and, asc, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { departments, organisations } from "../../../db/schema";
import {
  departmentMentions,
  documentVersions,
  documents,
  recommendations,
  type DocumentKind,
} from "../../../db/documents.schema";
import { isLookupKey } from "../../utils/params";
import { cursorPage } from "../../utils/api.server";

export interface DocumentFilters {
  kind?: DocumentKind;
  organisationId?: number;
  year?: number;
  departmentId?: number;
}

function filterConditions(f: DocumentFilters) {
  return and(
    eq(documents.status, "published"),
    f.kind ? eq(documents.kind, f.kind) : undefined,
    f.organisationId ? eq(documents.organisationId, f.organisationId) : undefined,
    f.year ? eq(documents.year, f.year) : undefined,
    f.departmentId
      ? sql`exists (select 1 from ${recommendations} r join ${departmentMentions} m on m.recommendation_id = r.id
          where r.document_id = ${documents.id} and r.removed_in_version is null and m.department_id = ${f.departmentId})`
      : undefined,
  );
}

const leafCount = sql<number>`(select count(*)::int from ${recommendations} r
  where r.document_id = ${documents.id} and r.kind = 'recommendation' and r.removed_in_version is null)`;

const listColumns = {
  id: documents.id,
  slug: documents.slug,
  kind: documents.kind,
  title: documents.title,
  byline: documents.byline,
  year: documents.year,
  session: documents.session,
  authors: documents.authors,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  publishedAt: documents.publishedAt,
  currentVersion: documents.currentVersion,
  writtenScript: documents.writtenScript,
  recommendations: leafCount,
};

/** Page-numbered list for HTML pages, newest first. */
export async function listDocuments(f: DocumentFilters, page: number, perPage = 20) {
  const where = filterConditions(f);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(listColumns)
      .from(documents)
      .leftJoin(organisations, eq(organisations.id, documents.organisationId))
      .where(where)
      .orderBy(desc(documents.year), desc(documents.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: sql<number>`count(*)::int` }).from(documents).where(where),
  ]);
  return { rows, total };
}

/** Cursor-paginated list for the API: `cursor` is the last id seen. */
export async function listDocumentsAfter(f: DocumentFilters, cursor: number | null, limit: number) {
  const rows = await db
    .select(listColumns)
    .from(documents)
    .leftJoin(organisations, eq(organisations.id, documents.organisationId))
    .where(and(filterConditions(f), cursor ? lt(documents.id, cursor) : undefined))
    .orderBy(desc(documents.id))
    .limit(limit + 1);
  return cursorPage(rows, limit);
}

/** Years and organisations that have documents, for the filter selects. */
export async function documentFacets() {
  const [years, orgs] = await Promise.all([
    db
      .selectDistinct({ year: documents.year })
      .from(documents)
      .where(eq(documents.status, "published"))
      .orderBy(desc(documents.year)),
    db
      .selectDistinct({ id: organisations.id, name: organisations.name, slug: organisations.slug })
      .from(documents)
      .innerJoin(organisations, eq(organisations.id, documents.organisationId))
      .where(eq(documents.status, "published"))
      .orderBy(organisations.name),
  ]);
  return { years: years.map((y) => y.year), organisations: orgs };
}

export interface MentionView {
  departmentId: number;
  departmentName: string;
  role: "lead" | "co" | "mentioned";
  mention: string;
  confirmed: boolean;
}

export async function mentionsFor(recommendationIds: number[]): Promise<Map<number, MentionView[]>> {
  const map = new Map<number, MentionView[]>();
  if (!recommendationIds.length) return map;
  const rows = await db
    .select({
      recommendationId: departmentMentions.recommendationId,
      departmentId: departmentMentions.departmentId,
      departmentName: departments.name,
      role: departmentMentions.role,
      mention: departmentMentions.mention,
      confirmed: departmentMentions.confirmed,
    })
    .from(departmentMentions)
    .innerJoin(departments, eq(departments.id, departmentMentions.departmentId))
    .where(inArray(departmentMentions.recommendationId, recommendationIds))
    .orderBy(sql`case ${departmentMentions.role} when 'lead' then 0 when 'co' then 1 else 2 end`, asc(departments.id));
  for (const r of rows) {
    const list = map.get(r.recommendationId) ?? [];
    list.push(r);
    map.set(r.recommendationId, list);
  }
  return map;
}

export async function getPublishedDocument(slug: string) {
  if (!isLookupKey(slug)) return null;
  const [doc] = await db
    .select({
      ...listColumns,
      intro: documents.intro,
      submittedOn: documents.submittedOn,
      sourceFormat: documents.sourceFormat,
    })
    .from(documents)
    .leftJoin(organisations, eq(organisations.id, documents.organisationId))
    .where(and(eq(documents.slug, slug), eq(documents.status, "published")));
  if (!doc) return null;
  const nodes = await db
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.documentId, doc.id), isNull(recommendations.removedInVersion)));
  const mentions = await mentionsFor(nodes.map((n) => n.id));
  return { doc, nodes: nodes.map((n) => ({ ...n, mentions: mentions.get(n.id) ?? [] })) };
}

export function listVersions(documentId: number) {
  return db
    .select({ version: documentVersions.version, title: documentVersions.title, note: documentVersions.note, createdAt: documentVersions.createdAt })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.version));
}

export async function getVersion(documentId: number, version: number) {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
  return row ?? null;
}

export async function homeSummary() {
  const [[counts], byKind, topDepartments, latest] = await Promise.all([
    db
      .select({
        documents: sql<number>`(select count(*)::int from ${documents} where status = 'published')`,
        recommendations: sql<number>`(select count(*)::int from ${recommendations} r join ${documents} d on d.id = r.document_id
          where r.kind = 'recommendation' and r.removed_in_version is null and d.status = 'published')`,
      })
      .from(sql`(select 1) one`),
    db
      .select({ kind: documents.kind, n: sql<number>`count(*)::int` })
      .from(documents)
      .where(eq(documents.status, "published"))
      .groupBy(documents.kind),
    db
      .select({ id: departments.id, name: departments.name, n: sql<number>`count(*)::int` })
      .from(departmentMentions)
      .innerJoin(departments, eq(departments.id, departmentMentions.departmentId))
      // "Not removed" as an anti-join against the few removed nodes (recommendations_removed_idx):
      // joining every mention to its recommendation cost ~150 ms at 100,000 recommendations.
      .where(
        and(
          inArray(departmentMentions.role, ["lead", "co"]),
          sql`not exists (select 1 from ${recommendations} r where r.id = ${departmentMentions.recommendationId} and (r.removed_in_version is not null or r.kind <> 'recommendation'))`,
        ),
      )
      .groupBy(departments.id, departments.name)
      .orderBy(desc(sql`count(*)`), asc(departments.id))
      .limit(8),
    listDocuments({}, 1, 6),
  ]);
  return { counts, byKind, topDepartments, latest: latest.rows };
}
