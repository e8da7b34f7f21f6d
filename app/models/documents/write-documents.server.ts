// Writing checked documents (documents.server.ts prepares them): one or many
// in the caller's transaction. Issue 16: an import is bound by round trips, so
// the rows of all the documents go in a few multi-row statements — documents,
// versions, recommendations (ids taken from the sequence in tree order, as
// one-by-one inserts would), department mentions, events (in the order saving
// them one at a time writes them) and search entries. The rows are exactly
// those that saving each document alone writes.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { rowsOf } from "../../../db/client";
import { insertJsonRows, wellFormed } from "../../../db/json-rows";
import { departmentMentions, documentVersions, documents, recommendations } from "../../../db/documents.schema";
import { indexDocuments } from "../../../search/index";
import type { EntryNode, KnownNodes } from "../../../search/sources";
import { recordEvents, type EventInput } from "../platform/events.server";
import { updateVersioned } from "../platform/versioned.server";
import type { FlatNode } from "./flatten-tree";
import { nodeTexts, type PreparedDocument } from "./prepared-documents.server";

export type { PreparedDocument } from "./prepared-documents.server";
export { searchDocumentsOf } from "./prepared-documents.server";

type DocumentRow = typeof documents.$inferSelect;

export interface SaveResult {
  id: number;
  slug: string;
  version: number;
  outcome: "created" | "revised" | "unchanged";
}

interface Written {
  doc: PreparedDocument;
  existing: DocumentRow | undefined;
  id: number;
  version: number;
}

/** Multi-row statements of at most `size` rows (PostgreSQL allows 65,535 parameters per statement). */
async function inChunks<T, R = unknown>(rows: T[], size: number, run: (chunk: T[]) => Promise<R[] | unknown>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const done = await run(rows.slice(i, i + size));
    if (Array.isArray(done)) out.push(...(done as R[]));
  }
  return out;
}

/**
 * Save documents (distinct slugs) in the caller's transaction: unchanged ones
 * (same source hash) are left alone, others are created or get a new version.
 * Results in the order given.
 */
export async function writeDocuments(
  t: DbOrTx,
  docs: PreparedDocument[],
  actorId: string | null,
  loadDirectory: () => Promise<{ id: number; name: string }[]>,
): Promise<SaveResult[]> {
  if (!docs.length) return [];
  const stored = await t
    .select()
    .from(documents)
    .where(inArray(documents.slug, docs.map((d) => d.slug)))
    .for("update");
  const bySlug = new Map(stored.map((r) => [r.slug, r]));
  const written: Written[] = [];
  for (const doc of docs) {
    const existing = bySlug.get(doc.slug);
    if (existing?.sourceHash === doc.sourceHash) continue;
    written.push({ doc, existing, id: existing?.id ?? 0, version: existing ? existing.currentVersion + 1 : 1 });
  }
  for (const w of written.filter((w) => w.existing)) {
    await updateVersioned(t, documents, { id: w.id }, { ...w.doc.values, currentVersion: w.version });
  }
  const created = written.filter((w) => !w.existing);
  const now = new Date();
  const ids = await inChunks<Written, { id: number; slug: string }>(created, 200, (chunk) =>
    t
      .insert(documents)
      .values(chunk.map((w) => ({ ...w.doc.values, slug: w.doc.slug, createdBy: actorId, publishedAt: now })))
      .returning({ id: documents.id, slug: documents.slug }),
  );
  const idBySlug = new Map(ids.map((r) => [r.slug, r.id]));
  for (const w of created) w.id = idBySlug.get(w.doc.slug)!;

  if (written.length) {
    await inChunks(written, 100, (chunk) =>
      t.insert(documentVersions).values(
        chunk.map((w) => ({
          documentId: w.id,
          version: w.version,
          title: w.doc.title,
          sourceText: w.doc.sourceText,
          tree: w.doc.tree,
          note: w.doc.note,
          createdBy: actorId,
        })),
      ),
    );
    const { fresh, created: known } = await syncRecommendations(t, written, await loadDirectory());
    // Per document: its new recommendations' events, then its own (the order one-by-one saving gives).
    const events: EventInput[] = written.flatMap((w) => [
      ...(fresh.get(w.id) ?? []).map((r) => ({
        actorId: null,
        subjectType: "recommendation",
        subjectId: r.id,
        action: "recommendation.published",
        toState: "published",
        data: { documentId: w.id, path: r.path },
      })),
      {
        actorId,
        subjectType: "document",
        subjectId: w.id,
        action: w.existing ? "document.revised" : "document.published",
        fromState: w.existing ? `v${w.existing.currentVersion}` : null,
        toState: `v${w.version}`,
        note: w.doc.note,
        data: { slug: w.doc.slug, recommendations: w.doc.flat.filter((f) => f.node.kind === "recommendation").length },
      },
    ]);
    await recordEvents(t, events);
    await indexDocuments(
      t,
      written.map((w) => w.id),
      known,
    );
  }
  const byDoc = new Map(written.map((w) => [w.doc, w]));
  return docs.map((doc) => {
    const w = byDoc.get(doc);
    if (w) return { id: w.id, slug: doc.slug, version: w.version, outcome: w.existing ? "revised" : "created" };
    const existing = bySlug.get(doc.slug)!;
    return { id: existing.id, slug: existing.slug, version: existing.currentVersion, outcome: "unchanged" };
  });
}

/**
 * Bring each document's recommendations in line with its tree, keeping ids by
 * path. New nodes take ids from the sequence in one statement, in tree order,
 * so parents can be referenced before they exist and are inserted with their
 * children. Returns the new nodes of each document (for their events).
 */
async function syncRecommendations(t: DbOrTx, written: Written[], directory: { id: number; name: string }[]) {
  const revised = written.filter((w) => w.existing).map((w) => w.id);
  const stored = revised.length ? await t.select().from(recommendations).where(inArray(recommendations.documentId, revised)) : [];
  const storedOf = new Map<number, Map<string, (typeof stored)[number]>>(written.map((w) => [w.id, new Map()]));
  for (const r of stored) storedOf.get(r.documentId)!.set(r.path, r);
  const idByName = new Map(directory.map((d) => [d.name, d.id]));
  const fresh = written.flatMap((w) => w.doc.flat.filter((f) => !storedOf.get(w.id)!.has(f.path)).map((f) => ({ w, f })));
  // In ascending order, as one string (not a row each: the drivers decode every row).
  const nextIds = sql`select string_agg(id::text, ',' order by id) as ids from (select nextval(pg_get_serial_sequence('recommendations', 'id')) as id from generate_series(1, ${fresh.length})) n`;
  const newIds = fresh.length ? rowsOf<{ ids: string }>(await t.execute(nextIds))[0].ids.split(",").map(Number) : [];
  const idsOf = new Map<number, Map<string, number>>(written.map((w) => [w.id, new Map()]));
  fresh.forEach(({ w, f }, i) => idsOf.get(w.id)!.set(f.path, newIds[i]));
  for (const w of written) {
    for (const f of w.doc.flat) {
      const old = storedOf.get(w.id)!.get(f.path);
      if (old) idsOf.get(w.id)!.set(f.path, old.id);
    }
  }

  const rowOf = (w: Written, f: FlatNode) => {
    const { title, text } = nodeTexts(f);
    return {
      parentId: f.parentPath ? idsOf.get(w.id)!.get(f.parentPath)! : null,
      position: f.position,
      depth: f.depth,
      level: f.level,
      kind: f.node.kind,
      marker: f.node.marker,
      title,
      text,
      isLeaf: f.node.children.length === 0,
      removedInVersion: null,
    };
  };
  for (const w of written) {
    for (const f of w.doc.flat) {
      const old = storedOf.get(w.id)!.get(f.path);
      if (old) await t.update(recommendations).set({ ...rowOf(w, f), updatedAt: new Date() }).where(eq(recommendations.id, old.id));
    }
  }
  await inChunks(fresh, 2000, (chunk) =>
    t.execute(insertJsonRows(recommendations, chunk.map(({ w, f }) => ({ ...rowOf(w, f), id: idsOf.get(w.id)!.get(f.path)!, documentId: w.id, path: f.path })))),
  );

  // Imports refresh detected mentions and keep the ones staff confirmed; a
  // staff-checked tree replaces them all. New nodes have no mentions yet.
  for (const byStaff of [false, true]) {
    const kept = written
      .filter((w) => (w.doc.staffId !== null) === byStaff)
      .flatMap((w) => w.doc.flat.filter((f) => storedOf.get(w.id)!.has(f.path)).map((f) => idsOf.get(w.id)!.get(f.path)!));
    if (!kept.length) continue;
    const which = inArray(departmentMentions.recommendationId, kept);
    await t.delete(departmentMentions).where(byStaff ? which : and(which, eq(departmentMentions.confirmed, false)));
  }
  const now = new Date();
  const mentions = written.flatMap((w) => {
    const staffId = w.doc.staffId;
    return w.doc.flat.flatMap((f) =>
      f.node.departments
        .map((m) => ({ ...m, departmentId: idByName.get(m.name), confirmed: !!(m as { confirmed?: boolean }).confirmed }))
        .filter((m): m is typeof m & { departmentId: number } => m.departmentId !== undefined)
        .map((m) => ({
          recommendationId: idsOf.get(w.id)!.get(f.path)!,
          departmentId: m.departmentId,
          role: m.role,
          mention: m.mention,
          confirmed: staffId !== null && m.confirmed,
          confirmedBy: staffId !== null && m.confirmed && staffId ? staffId : null,
          confirmedAt: staffId !== null && m.confirmed ? now : null,
        })),
    );
  });
  await inChunks(mentions, 2000, (chunk) => t.execute(insertJsonRows(departmentMentions, chunk, sql` on conflict do nothing`)));

  for (const w of written.filter((w) => w.existing)) {
    const gone = [...storedOf.get(w.id)!.values()].filter((r) => !idsOf.get(w.id)!.has(r.path) && r.removedInVersion === null).map((r) => r.id);
    if (gone.length) await t.update(recommendations).set({ removedInVersion: w.version }).where(inArray(recommendations.id, gone));
  }
  const freshOf = new Map<number, { id: number; path: string }[]>();
  for (const { w, f } of fresh) {
    if (!freshOf.has(w.id)) freshOf.set(w.id, []);
    freshOf.get(w.id)!.push({ id: idsOf.get(w.id)!.get(f.path)!, path: f.path });
  }
  return { fresh: freshOf, created: createdNodes(written, idsOf, mentions) };
}

/**
 * The live nodes and mentioned departments of the documents created here, as
 * the search index would read them back (issue 16: an import's batch no longer
 * reads its own rows back). Every node of a new document is new and live, and
 * its mentions are exactly those inserted (a repeated pair is one row, and the
 * index keeps each department once). Texts as stored: json-rows makes them
 * well-formed.
 */
function createdNodes(written: Written[], idsOf: Map<number, Map<string, number>>, mentions: { recommendationId: number; departmentId: number }[]) {
  const created = new Map<number, KnownNodes>();
  const departmentsOf = new Map<number, number[]>();
  for (const m of mentions) {
    const list = departmentsOf.get(m.recommendationId) ?? [];
    list.push(m.departmentId);
    departmentsOf.set(m.recommendationId, list);
  }
  for (const w of written) {
    if (w.existing) continue;
    const ids = idsOf.get(w.id)!;
    const nodes: EntryNode[] = w.doc.flat.map((f) => {
      const { title, text } = nodeTexts(f);
      return {
        id: ids.get(f.path)!,
        documentId: w.id,
        parentId: f.parentPath ? ids.get(f.parentPath)! : null,
        path: wellFormed(f.path),
        title: wellFormed(title),
        text: wellFormed(text),
        isLeaf: f.node.children.length === 0,
        kind: f.node.kind,
      };
    });
    created.set(w.id, { nodes, departmentsOf });
  }
  return created;
}
