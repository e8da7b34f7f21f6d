// An import's worker thread (issue 16, import-pool.ts): reads and structures
// files, checks the documents and computes their search forms — everything
// before the database write — so that on two cores this overlaps the saving.
// The same functions as the in-thread path (plan-file.ts, prepareDocumentsOff),
// so the results cannot differ.
import { parentPort, workerData } from "node:worker_threads";
import { prepareDocumentsOff, type PreparedOff } from "../app/models/documents/documents.server";
import { tokenize } from "../search/segment";
import { ImportError, planFile, type ImportContext, type PlannedFile } from "./plan-file";

export interface WorkerSetup {
  context: ImportContext;
  actorId: string | null;
  /** Compute the search entries' forms (the PostgreSQL search engine only). */
  indexForms: boolean;
}

export type WorkerReply =
  | { ready: true }
  | { id: number; planned: PlannedFile; off: PreparedOff }
  | { id: number; error: { line: number | null; reason: string } };

const { context, actorId, indexForms } = workerData as WorkerSetup;
const port = parentPort!;
const organisationName = (id: number) => context.organisations.find((o) => o.id === id)?.name ?? null;

port.on("message", async ({ id, file }: { id: number; file: string }) => {
  let reply: WorkerReply;
  try {
    const planned = await planFile(file, context);
    const off = prepareDocumentsOff(
      planned.documents.map((d) => d.input),
      actorId,
      organisationName,
      indexForms,
    );
    reply = { id, planned, off };
  } catch (error) {
    // The importing thread makes the same ImportError of it (importer.ts asImportError).
    reply = { id, error: error instanceof ImportError ? { line: error.line, reason: error.reason } : { line: null, reason: String(error) } };
  }
  port.postMessage(reply);
});

if (indexForms) tokenize("预热分词词典"); // jieba's dictionary, before the first file
port.postMessage({ ready: true } satisfies WorkerReply);
