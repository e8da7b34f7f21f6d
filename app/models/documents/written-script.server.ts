// The script a document is written in (简/繁, decision 016): told from its text
// once, when saveStructuredDocument saves it, and stored in documents.written_script.
// Rows saved before the column existed are filled here, once, at start-up; readers
// of the script look it up by document, recommendation or search hit.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { detectScript, type Script } from "../../utils/script-conversion";

const BATCH = 200;

/**
 * Tell and store the script of every document that has none yet (saved before
 * detection existed). A derived fact, like the search index: no event is recorded.
 * Returns how many documents were filled.
 */
export async function fillWrittenScripts(tx: DbOrTx = db): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await tx
      .select({ id: documents.id, title: documents.title, sourceText: documents.sourceText })
      .from(documents)
      .where(isNull(documents.writtenScript))
      .orderBy(documents.id)
      .limit(BATCH);
    if (!rows.length) return filled;
    for (const script of ["hans", "hant"] as const) {
      const ids = rows.filter((r) => detectScript(`${r.title}\n${r.sourceText}`) === script).map((r) => r.id);
      if (ids.length) {
        await tx.update(documents).set({ writtenScript: script }).where(and(inArray(documents.id, ids), isNull(documents.writtenScript)));
      }
    }
    filled += rows.length;
  }
}

/** The script a document is written in; null when unknown (no such document, or not told yet). */
export async function writtenScriptOf(documentId: number | null, tx: DbOrTx = db): Promise<Script | null> {
  if (documentId === null) return null;
  const [row] = await tx.select({ script: documents.writtenScript }).from(documents).where(eq(documents.id, documentId));
  return row?.script ?? null;
}

/**
 * The written script of the documents behind search hits: documents by id and
 * recommendations by id (through their document). Keys are `document:12` and
 * `recommendation:34`; items whose script is unknown are absent.
 */
export async function writtenScriptsOfItems(items: { kind: string; id: number }[], tx: DbOrTx = db): Promise<Map<string, Script>> {
  const out = new Map<string, Script>();
  const docIds = items.filter((i) => i.kind === "document").map((i) => i.id);
  const recIds = items.filter((i) => i.kind === "recommendation").map((i) => i.id);
  const [docs, recs] = await Promise.all([
    docIds.length
      ? tx.select({ id: documents.id, script: documents.writtenScript }).from(documents).where(inArray(documents.id, docIds))
      : [],
    recIds.length
      ? tx
          .select({ id: recommendations.id, script: documents.writtenScript })
          .from(recommendations)
          .innerJoin(documents, eq(documents.id, recommendations.documentId))
          .where(inArray(recommendations.id, recIds))
      : [],
  ]);
  for (const d of docs) if (d.script) out.set(`document:${d.id}`, d.script);
  for (const r of recs) if (r.script) out.set(`recommendation:${r.id}`, r.script);
  return out;
}
