// The 交办 table of a research report (staff): every recommendation with the
// departments its text names (lead/co) to preselect, and what is already
// being handled. Writes go through assignReport (recommendation-handling).
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { assignments } from "../../../db/loop.schema";
import { departments } from "../../../db/schema";
import { mentionsFor } from "../documents/document-queries.server";
import { OPEN_STATES } from "./handling.server";
import { isLookupKey } from "../../utils/params";

export async function reportAssignmentSheet(slug: string) {
  // A slug from the URL may hold anything (a NUL is a query error in PostgreSQL): not a document.
  if (!isLookupKey(slug)) return null;
  const [doc] = await db
    .select({ id: documents.id, slug: documents.slug, title: documents.title, kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.slug, slug), eq(documents.status, "published")));
  if (!doc || doc.kind !== "research_report") return null;
  const recs = await db
    .select({ id: recommendations.id, marker: recommendations.marker, title: recommendations.title, path: recommendations.path })
    .from(recommendations)
    .where(and(eq(recommendations.documentId, doc.id), eq(recommendations.kind, "recommendation"), isNull(recommendations.removedInVersion)))
    .orderBy(asc(recommendations.id));
  const ids = recs.map((r) => r.id);
  const [mentions, open] = await Promise.all([
    mentionsFor(ids),
    ids.length
      ? db
          .select({ id: assignments.id, recommendationId: assignments.recommendationId, departmentName: departments.name, role: assignments.role, state: assignments.state, reason: assignments.reassignmentReason })
          .from(assignments)
          .innerJoin(departments, eq(departments.id, assignments.departmentId))
          .where(and(inArray(assignments.recommendationId, ids), inArray(assignments.state, [...OPEN_STATES, "replied"])))
          .orderBy(asc(assignments.id))
      : Promise.resolve([]),
  ]);
  return {
    doc,
    rows: recs.map((r) => {
      const named = mentions.get(r.id) ?? [];
      return {
        ...r,
        suggestedLead: named.find((m) => m.role === "lead")?.departmentName ?? "",
        suggestedCo: named.filter((m) => m.role === "co").map((m) => m.departmentName),
        assigned: open.filter((o) => o.recommendationId === r.id).map((o) => ({ id: o.id, departmentName: o.departmentName, role: o.role, state: o.state, reason: o.reason })),
      };
    }),
  };
}
