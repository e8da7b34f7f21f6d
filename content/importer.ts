// The content importer: .md/.txt files with YAML front matter (content/documents),
// or any .txt/.md/.docx given on the command line, go through the structurer
// and are saved as published documents. Each document is all-or-nothing, and
// every error names the file and line. Many files are saved in batches
// (importFiles), with the same results as importing them one at a time.
import path from "node:path";
import type { Db, DbOrTx } from "../db/client";
import { saveStructuredDocument, saveStructuredDocuments } from "../app/models/documents/documents.server";
import { asImportError, orderedPlans, workerCount } from "./import-pool";
import { ImportError, loadContext, planFile, type PlannedFile } from "./plan-file";

export { ImportError, parseFrontMatter, readContentFile, type ParsedFile } from "./plan-file";

export interface ImportOutcome {
  file: string;
  slug: string;
  outcome: "created" | "revised" | "unchanged";
  version: number;
  recommendations: number;
}

/** Save a planned file one document per transaction, stopping at the first that fails (a single import). */
async function saveOneByOne(db: DbOrTx, planned: PlannedFile, actorId: string | null): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const { input, leaves } of planned.documents) {
    try {
      const saved = await saveStructuredDocument(input, actorId, db);
      outcomes.push({ file: planned.file, slug: saved.slug, outcome: saved.outcome, version: saved.version, recommendations: leaves });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ImportError(planned.file, null, message);
    }
  }
  return outcomes;
}

/** Import one file (one or more documents: a multi-speaker text splits). */
export async function importFile(db: DbOrTx, file: string, actorId: string | null = null): Promise<ImportOutcome[]> {
  return saveOneByOne(db, await planFile(file, await loadContext(db)), actorId);
}

export const CONTENT_DIR = path.resolve(process.env.XS_ROOT ?? process.cwd(), "content/documents");

export async function listContentFiles(dir = CONTENT_DIR): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const names = await readdir(dir);
  return names
    .filter((n) => /\.(md|txt)$/i.test(n) && n.toLowerCase() !== "readme.md")
    .sort()
    .map((n) => path.join(dir, n));
}

/** Documents saved per transaction by importFiles. */
export const IMPORT_BATCH = 50;


/**
 * Import many files; one failing file does not stop the others. Files are
 * read and structured first, then saved about `batch` documents per
 * transaction in multi-row statements (issue 16). When a batch fails, it is
 * rolled back and its files are saved one document at a time, so the bad one
 * is reported exactly as a single import reports it and the others land.
 * With `workers` (or IMPORT_WORKERS, from 20 files) worker threads read and
 * structure text files meanwhile (import-pool.ts); the results are the same.
 */
export async function importFiles(db: DbOrTx, files: string[], actorId: string | null = null, options: { batch?: number; workers?: number; waitForWorkers?: boolean } = {}) {
  const batch = Math.max(1, options.batch ?? IMPORT_BATCH);
  const context = await loadContext(db);
  // Read, structured, checked and segmented in worker threads when the import is large (import-pool.ts).
  const plans = orderedPlans(files, context, actorId, workerCount(files.length, options.workers), 2 * batch);
  const results: (ImportOutcome[] | ImportError)[] = [];
  let pending: { index: number; planned: PlannedFile }[] = [];
  let slugs = new Set<string>();
  // One batch is saved while the next is read and structured (on a server, the
  // database works while this process structures); batches are saved in order.
  let saving: Promise<void> = Promise.resolve();
  const flush = async () => {
    const group = pending;
    pending = [];
    slugs = new Set();
    if (!group.length) return;
    await saving;
    saving = save(group);
  };
  const save = async (group: typeof pending) => {
    const docs = group.flatMap((g) => g.planned.documents);
    try {
      const saved = await saveStructuredDocuments(docs.map((d) => d.input), actorId, db);
      let k = 0;
      for (const { index, planned } of group) {
        results[index] = planned.documents.map(({ leaves }) => {
          const s = saved[k++];
          return { file: planned.file, slug: s.slug, outcome: s.outcome, version: s.version, recommendations: leaves };
        });
      }
    } catch {
      for (const { index, planned } of group) {
        results[index] = await saveOneByOne(db, planned, actorId).catch((error: unknown) => asImportError(planned.file, error));
      }
    }
  };
  try {
    // Tests: let the workers plan from the first file (otherwise this thread plans until they have started).
    if (options.waitForWorkers) await plans.started;
    for (const index of files.keys()) {
      const planned = await plans.planAt(index);
      if (planned instanceof ImportError) {
        results[index] = planned;
        continue;
      }
      const own = planned.documents.map((d) => d.input.meta.slug);
      const count = pending.reduce((n, g) => n + g.planned.documents.length, 0);
      if (count + own.length > batch || own.some((slug) => slugs.has(slug))) await flush();
      pending.push({ index, planned });
      for (const slug of own) slugs.add(slug);
    }
    await flush();
    await saving;
  } finally {
    await plans.close();
  }
  return {
    done: results.flatMap((r) => (Array.isArray(r) ? r : [])),
    errors: results.filter((r): r is ImportError => r instanceof ImportError),
  };
}

export async function hasDocuments(db: Db) {
  const { documents } = await import("../db/documents.schema");
  const [row] = await db.select({ id: documents.id }).from(documents).limit(1);
  return !!row;
}
