// Read models of recommendations (建议) for the public pages and the API: one
// recommendation with its breadcrumb and children, a department's list, the
// public timeline, and the cursor-paginated API list. Published documents only.
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { listEvents } from "../platform/events.server";
import { organisations } from "../../../db/schema";
import { departmentMentions, documents, recommendations } from "../../../db/documents.schema";
import { mentionsFor } from "./document-queries.server";
import { cursorPage } from "../../utils/api.server";

export async function getRecommendation(id: number) {
  const [node] = await db
    .select({
      rec: recommendations,
      docSlug: documents.slug,
      docTitle: documents.title,
      docKind: documents.kind,
      docYear: documents.year,
      docScript: documents.writtenScript,
      organisationName: organisations.name,
    })
    .from(recommendations)
    .innerJoin(documents, eq(documents.id, recommendations.documentId))
    .leftJoin(organisations, eq(organisations.id, documents.organisationId))
    .where(and(eq(recommendations.id, id), eq(documents.status, "published")));
  if (!node) return null;
  // Ancestors for the breadcrumb: walk parent ids (trees are shallow).
  const ancestors: (typeof recommendations.$inferSelect)[] = [];
  let parentId = node.rec.parentId;
  while (parentId) {
    const [p] = await db.select().from(recommendations).where(eq(recommendations.id, parentId));
    if (!p) break;
    ancestors.unshift(p);
    parentId = p.parentId;
  }
  const children = await db
    .select()
    .from(recommendations)
    .where(and(eq(recommendations.parentId, id), isNull(recommendations.removedInVersion)))
    .orderBy(recommendations.position);
  const mentions = await mentionsFor([id]);
  return { ...node, ancestors, children, mentions: mentions.get(id) ?? [] };
}

/** Recommendations that name a department, lead first. */
export async function recommendationsForDepartment(departmentId: number, limit = 200) {
  return db
    .select({
      id: recommendations.id,
      path: recommendations.path,
      title: recommendations.title,
      role: departmentMentions.role,
      docSlug: documents.slug,
      docTitle: documents.title,
      docYear: documents.year,
      docScript: documents.writtenScript,
    })
    .from(departmentMentions)
    .innerJoin(recommendations, eq(recommendations.id, departmentMentions.recommendationId))
    .innerJoin(documents, eq(documents.id, recommendations.documentId))
    .where(
      and(
        eq(departmentMentions.departmentId, departmentId),
        isNull(recommendations.removedInVersion),
        eq(recommendations.kind, "recommendation"),
        eq(documents.status, "published"),
      ),
    )
    .orderBy(sql`case ${departmentMentions.role} when 'lead' then 0 when 'co' then 1 else 2 end`, desc(documents.year), asc(recommendations.id))
    .limit(limit);
}

/** The public timeline of a recommendation, from its events. */
export function recommendationTimeline(id: number) {
  return listEvents(db, "recommendation", id);
}

/** Recommendations (leaves) for the API, by id ascending from the cursor. */
export async function listRecommendationsAfter(
  f: { departmentId?: number; documentSlug?: string },
  cursor: number | null,
  limit: number,
) {
  const rows = await db
    .select({
      id: recommendations.id,
      path: recommendations.path,
      marker: recommendations.marker,
      title: recommendations.title,
      text: recommendations.text,
      docSlug: documents.slug,
      docTitle: documents.title,
      year: documents.year,
    })
    .from(recommendations)
    .innerJoin(documents, eq(documents.id, recommendations.documentId))
    .where(
      and(
        eq(recommendations.kind, "recommendation"),
        isNull(recommendations.removedInVersion),
        eq(documents.status, "published"),
        cursor ? sql`${recommendations.id} > ${cursor}` : undefined,
        f.documentSlug ? eq(documents.slug, f.documentSlug) : undefined,
        f.departmentId
          ? sql`exists (select 1 from ${departmentMentions} m where m.recommendation_id = ${recommendations.id} and m.department_id = ${f.departmentId})`
          : undefined,
      ),
    )
    .orderBy(asc(recommendations.id))
    .limit(limit + 1);
  const { rows: page, nextCursor } = cursorPage(rows, limit);
  const mentions = await mentionsFor(page.map((r) => r.id));
  return { rows: page.map((r) => ({ ...r, mentions: mentions.get(r.id) ?? [] })), nextCursor };
}
