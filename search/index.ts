// The engine in use: Meilisearch when MEILI_HOST is set, PostgreSQL otherwise.
// Also the calls the rest of the app makes: index a document in its
// transaction, rebuild everything, fill an empty index at start.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { db } from "../db/client";
import { documents } from "../db/documents.schema";
import type { SearchEngine } from "./engine";
import { MeiliSearchEngine } from "./meili-engine";
import { startOutboxWorker } from "./meili-outbox";
import { PgSearchEngine } from "./pg-engine";
import { computeEntryForms, entryKey, type EntryForms } from "./entry-forms";
import { MAX_INDEXED_CHARS } from "./pg-tsvector";
import { prepareIndexForms } from "./segment";
import { allEntries, documentEntries, documentEntriesOf, documentGroup, type EntryDocument, type EntryNode, type KnownNodes } from "./sources";
import { proposalGroup, replyEntries } from "./reply-source";
import { topicEntries, topicGroup } from "./participation-source";

let engine: SearchEngine | null = null;

export function createEngine(env: Record<string, string | undefined> = process.env): SearchEngine {
  if (env.MEILI_HOST) return new MeiliSearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY, indexUid: env.MEILI_INDEX });
  return new PgSearchEngine();
}

export function getSearchEngine(): SearchEngine {
  engine ??= createEngine();
  return engine;
}

/** Replace the engine (tests, tools). Returns the previous one. */
export function setSearchEngine(next: SearchEngine | null): SearchEngine | null {
  const previous = engine;
  engine = next;
  return previous;
}

/**
 * Index a document and its recommendations as they now are, inside the
 * transaction that changed them (saveStructuredDocument). A document that is
 * not published is removed from the index.
 */
export async function indexDocument(tx: DbOrTx, documentId: number): Promise<void> {
  await indexDocuments(tx, [documentId]);
}

/**
 * Index several documents at once (a batched import): the same entries as
 * indexing each, in fewer statements. `known`: the live nodes and mentions of
 * documents the caller has just written (sources.ts documentEntries).
 */
export async function indexDocuments(tx: DbOrTx, documentIds: number[], known?: Map<number, KnownNodes>): Promise<void> {
  if (!documentIds.length) return;
  const entries = await documentEntries(tx, documentIds, known);
  await getSearchEngine().replaceGroups(
    tx,
    documentIds.map((id) => ({ group: documentGroup(id), entries: entries.get(id) ?? [] })),
  );
}

/**
 * Before the transaction that indexes documents (an import, issue 16): segment
 * the texts their entries will have, so that the transaction only looks them up
 * (segment.ts prepareIndexForms; what is indexed does not depend on it). The
 * PostgreSQL engine only: it is the one that stores segmented words.
 */
export function prepareDocumentIndex(docs: { doc: EntryDocument; nodes: EntryNode[] }[]): void {
  if (getSearchEngine().name !== "postgres") return;
  const texts: string[] = [];
  for (const { doc, nodes } of docs) {
    for (const entry of documentEntriesOf(doc, nodes, new Map())) {
      for (const text of [entry.title, entry.body, entry.context]) texts.push(text.slice(0, MAX_INDEXED_CHARS));
    }
  }
  prepareIndexForms(texts);
}

/**
 * prepareDocumentIndex for a worker thread (an import, issue 16): the stored
 * forms of the entries these documents will have (entry-forms.ts), by their
 * texts, for the importing thread to adopt (adoptEntryForms) — strings only.
 */
export function documentIndexForms(docs: { doc: EntryDocument; nodes: EntryNode[] }[]): [string, EntryForms][] {
  const out: [string, EntryForms][] = [];
  for (const { doc, nodes } of docs) {
    for (const entry of documentEntriesOf(doc, nodes, new Map())) out.push([entryKey(entry), computeEntryForms(entry)]);
  }
  return out;
}

/** Index a proposal's published replies, inside the transaction that publishes one (reviewReply). */
export async function indexProposalReplies(tx: DbOrTx, proposalId: number): Promise<void> {
  const entries = (await replyEntries(tx, [proposalId])).get(proposalId) ?? [];
  await getSearchEngine().replaceGroup(tx, proposalGroup(proposalId), entries);
}

/**
 * After a proposal changes state: its published replies carry that state in
 * the index (the status filter), so they are indexed again in the same
 * transaction. Before the first published reply there is nothing to do.
 */
export async function refreshProposalReplies(tx: DbOrTx, proposalId: number): Promise<void> {
  const entries = (await replyEntries(tx, [proposalId])).get(proposalId) ?? [];
  if (entries.length) await getSearchEngine().replaceGroup(tx, proposalGroup(proposalId), entries);
}

/** Index a consultation topic and its approved opinions, inside the transaction that changed them. */
export async function indexTopic(tx: DbOrTx, topicId: number): Promise<void> {
  const entries = (await topicEntries(tx, [topicId])).get(topicId) ?? [];
  await getSearchEngine().replaceGroup(tx, topicGroup(topicId), entries);
}

/** Rebuild the whole index from the database (`npm run search:reindex`). */
export function reindexAll(target: SearchEngine = getSearchEngine()): Promise<number> {
  return target.reindexAll(allEntries);
}

/**
 * At start and when building the test database: a database that has
 * documents but an empty index (e.g. one created before search existed) gets
 * its index built. Returns how many entries were indexed (0: nothing to do).
 */
export async function ensureSearchIndex(target: SearchEngine = getSearchEngine()): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(documents).where(sql`${documents.status} = 'published'`);
  if (row.n === 0) return 0;
  if ((await target.count()) > 0) return 0;
  return reindexAll(target);
}

let stopWorker: (() => void) | null = null;

/** Meilisearch only: start draining the outbox in the background (idempotent). */
export function startSearchWorker(onError?: (message: string) => void): void {
  const current = getSearchEngine();
  if (stopWorker || !(current instanceof MeiliSearchEngine)) return;
  stopWorker = startOutboxWorker(current, onError);
}

export function stopSearchWorker(): void {
  stopWorker?.();
  stopWorker = null;
}

export type { SearchEngine } from "./engine";
