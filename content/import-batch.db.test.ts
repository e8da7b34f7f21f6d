// Batched import (issue 16): importFiles saves many documents per transaction,
// and must leave exactly the rows, events and search entries that importing
// the same files one at a time leaves, stay idempotent, and report a bad
// document without losing the others.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq, inArray, like, or, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, type DbOrTx } from "../db/client";
import { events } from "../db/schema";
import { departmentMentions, documentVersions, documents, recommendations } from "../db/documents.schema";
import { indexDocuments } from "../search/index";
import { searchDocuments } from "../search/schema";
import { importFile, importFiles, listContentFiles } from "./importer";

const tmp = mkdtempSync(path.join(tmpdir(), "xs-import-batch-"));

/** Corpus files (front matter and all) under new names, plus a multi-speaker text: `prefix-…` slugs. */
async function writeSet(prefix: string, change: (name: string, text: string) => string = (_n, t) => t) {
  const dir = mkdtempSync(path.join(tmp, `${prefix}-`));
  const sources = (await listContentFiles()).slice(0, 5);
  sources.push(path.resolve("tests/fixtures/examples/multi-speaker-traditional.txt"));
  return sources.map((source, i) => {
    const name = `${prefix}-${i}${path.extname(source)}`;
    const file = path.join(dir, name);
    writeFileSync(file, change(name, readFileSync(source, "utf8")));
    return file;
  });
}

class Rollback extends Error {}

/** Run `fn` in a transaction that is rolled back, returning what `fn` returned. */
async function rolledBack<T>(fn: (t: DbOrTx) => Promise<T>): Promise<T> {
  let out: T;
  await db
    .transaction(async (t) => {
      out = await fn(t);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return out!;
}

/** Ids as their rank among the ids of the same run (runs take different sequence values). */
const ranks = (ids: number[]) => new Map([...ids].sort((a, b) => a - b).map((id, i) => [id, i]));

/** Everything an import of `prefix-…` files wrote, with ids as ranks and timestamps left out. */
async function snapshot(t: DbOrTx, prefix: string) {
  const docs = await t.select().from(documents).where(like(documents.slug, `${prefix}-%`)).orderBy(asc(documents.id));
  const docRank = ranks(docs.map((d) => d.id));
  const docIds = docs.map((d) => d.id);
  const recs = await t.select().from(recommendations).where(inArray(recommendations.documentId, docIds)).orderBy(asc(recommendations.id));
  const recRank = ranks(recs.map((r) => r.id));
  const recIds = recs.map((r) => r.id);
  const versions = await t.select().from(documentVersions).where(inArray(documentVersions.documentId, docIds)).orderBy(asc(documentVersions.id));
  const mentions = await t
    .select()
    .from(departmentMentions)
    .where(inArray(departmentMentions.recommendationId, recIds))
    .orderBy(asc(departmentMentions.id));
  const evs = await t
    .select()
    .from(events)
    .where(
      or(
        and(eq(events.subjectType, "document"), inArray(events.subjectId, docIds.map(String))),
        and(eq(events.subjectType, "recommendation"), inArray(events.subjectId, recIds.map(String))),
      ),
    )
    .orderBy(asc(events.id));
  const s = searchDocuments;
  const entries = await t
    .select({ kind: s.kind, refId: s.refId, groupKey: s.groupKey, title: s.title, body: s.body, url: s.url, anchor: s.anchor, status: s.status, departmentIds: s.departmentIds, organisationId: s.organisationId, year: s.year, category: s.category, foldedTitle: s.foldedTitle, foldedBody: s.foldedBody, tsv: sql<string>`${s.tsv}::text` })
    .from(s)
    .where(inArray(s.groupKey, docIds.map((id) => `document:${id}`)))
    .orderBy(asc(s.id));
  const doc = (id: number | null) => (id === null ? null : docRank.get(id));
  const rec = (id: number | null) => (id === null ? null : recRank.get(id));
  return {
    documents: docs.map(({ id, createdAt, updatedAt, publishedAt, ...rest }) => ({ ...rest, id: doc(id), published: !!publishedAt && !!createdAt && !!updatedAt })),
    versions: versions.map(({ id, createdAt, documentId, ...rest }) => ({ ...rest, documentId: doc(documentId), dated: !!id && !!createdAt })),
    recommendations: recs.map(({ createdAt, updatedAt, id, documentId, parentId, ...rest }) => ({ ...rest, id: rec(id), documentId: doc(documentId), parentId: rec(parentId), dated: !!createdAt && !!updatedAt })),
    mentions: mentions.map(({ id, recommendationId, confirmedAt, ...rest }) => ({ ...rest, recommendationId: rec(recommendationId), counted: !!id, confirmedAt })),
    events: evs.map(({ id, occurredAt, subjectId, data, ...rest }) => {
      const d = data as { documentId?: number };
      const subject = rest.subjectType === "document" ? doc(Number(subjectId)) : rec(Number(subjectId));
      return { ...rest, subject, data: { ...data, ...(d.documentId ? { documentId: doc(d.documentId) } : {}) }, dated: !!id && !!occurredAt };
    }),
    search: entries.map((e) => {
      const groupDoc = doc(Number(e.groupKey.split(":")[1]));
      const ref = e.kind === "document" ? doc(e.refId) : rec(e.refId);
      return { ...e, refId: ref, groupKey: groupDoc };
    }),
  };
}

const addition = "\n十、建议建立季度通报制度。由市政府办公厅牵头，定期通报落实情况。\n";

describe("batched import", () => {
  it("writes exactly what importing the same files one at a time writes, revisions included", async () => {
    const files = await writeSet("same");
    const v2 = () => {
      // A second round: one file gains a recommendation, one loses its tail, the rest are unchanged.
      writeFileSync(files[1], readFileSync(files[1], "utf8") + addition);
      writeFileSync(files[2], readFileSync(files[2], "utf8").split("\n").slice(0, -6).join("\n"));
    };
    const originals = files.map((f) => readFileSync(f, "utf8"));
    const reset = () => files.forEach((f, i) => writeFileSync(f, originals[i]));

    const single = await rolledBack(async (t) => {
      const outcomes = [];
      for (const f of files) outcomes.push(...(await importFile(t, f)));
      v2();
      for (const f of files) outcomes.push(...(await importFile(t, f)));
      return { outcomes, rows: await snapshot(t, "same") };
    });
    reset();
    const batched = await rolledBack(async (t) => {
      const first = await importFiles(t, files, null, { batch: 4 });
      v2();
      const second = await importFiles(t, files, null, { batch: 4 });
      expect([...first.errors, ...second.errors]).toEqual([]);
      const rows = await snapshot(t, "same");
      // A batch indexes the documents it creates from the rows it has just written, not read back
      // (write-documents.server.ts createdNodes): the same entries as indexing from the stored rows.
      const ids = await t.select({ id: documents.id }).from(documents).where(like(documents.slug, "same-%"));
      await indexDocuments(
        t,
        ids.map((d) => d.id),
      );
      expect((await snapshot(t, "same")).search).toEqual(rows.search);
      return { outcomes: [...first.done, ...second.done], rows };
    });

    reset();
    // The same through a worker thread (import-pool.ts): files read, structured, checked and segmented off this thread.
    const viaWorkers = await rolledBack(async (t) => {
      const first = await importFiles(t, files, null, { batch: 4, workers: 1, waitForWorkers: true });
      v2();
      const second = await importFiles(t, files, null, { batch: 4, workers: 1, waitForWorkers: true });
      expect([...first.errors, ...second.errors]).toEqual([]);
      return { outcomes: [...first.done, ...second.done], rows: await snapshot(t, "same") };
    });

    expect(single.rows.documents.length).toBe(8);
    expect(single.rows.recommendations.length).toBeGreaterThan(50);
    expect(single.rows.mentions.length).toBeGreaterThan(10);
    expect(single.outcomes.map((o) => o.outcome)).toEqual(expect.arrayContaining(["created", "revised", "unchanged"]));
    expect(batched.outcomes).toEqual(single.outcomes);
    expect(batched.rows.documents).toEqual(single.rows.documents);
    expect(batched.rows.versions).toEqual(single.rows.versions);
    expect(batched.rows.recommendations).toEqual(single.rows.recommendations);
    expect(batched.rows.mentions).toEqual(single.rows.mentions);
    expect(batched.rows.events).toEqual(single.rows.events);
    expect(batched.rows.search).toEqual(single.rows.search);
    expect(viaWorkers).toEqual(batched);
  }, 90_000);

  it("reports a file that cannot be read as a single import does, through a worker thread too", async () => {
    const files = await writeSet("unread", (name, text) => (name.startsWith("unread-1.") ? text.replace("---\n", "---\nyear: soon\n") : text));
    const alone = await importFile(db, files[1]).then(() => "saved", (error: Error) => error.message);
    expect(alone).toMatch(/unread-1\.\w+:\d+: front matter/);
    const { done, errors } = await importFiles(db, files, null, { workers: 1, waitForWorkers: true });
    expect(errors.map((e) => e.message)).toEqual([alone]);
    expect([...new Set(done.map((d) => d.file))]).toEqual(files.filter((_, i) => i !== 1));
  }, 60_000);

  it("is idempotent: a second batched import changes nothing", async () => {
    const files = await writeSet("again");
    const first = await importFiles(db, files);
    expect(first.errors).toEqual([]);
    expect(first.done.every((d) => d.outcome === "created")).toBe(true);
    const count = async () => {
      const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(events);
      const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments);
      const [v] = await db.select({ n: sql<number>`count(*)::int` }).from(documentVersions);
      return [e.n, s.n, v.n];
    };
    const before = await count();
    const second = await importFiles(db, files);
    expect(second.errors).toEqual([]);
    expect(second.done.map((d) => d.outcome)).toEqual(first.done.map(() => "unchanged"));
    expect(await count()).toEqual(before);
  });

  it("reports a bad document as a single import does, and saves the others of its batch", async () => {
    const cases: [string, (text: string) => string, RegExp][] = [
      // PostgreSQL refuses NUL in text: this one fails inside the batch's transaction.
      ["nul", (text) => `${text}\u0000`, /nul-2\.\w+: /],
      // A slug the domain refuses: this one fails before the transaction opens.
      ["slug", (text) => text.replace("---\n", "---\nslug: Bad Slug\n"), /slug-2\.\w+: 文档标识须为小写字母、数字或连字符/],
    ];
    for (const [prefix, spoil, message] of cases) {
      const files = await writeSet(prefix, (name, text) => (name.startsWith(`${prefix}-2.`) ? spoil(text) : text));
      // A failed statement's message quotes its parameters, publication time included.
      const stamped = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "<time>");
      const alone = await importFile(db, files[2]).then(() => "saved", (error: Error) => stamped(error.message));
      expect(alone).toMatch(message);
      const { done, errors } = await importFiles(db, files);
      expect(errors.map((e) => stamped(e.message))).toEqual([alone]);
      expect([...new Set(done.map((d) => d.file))]).toEqual(files.filter((_, i) => i !== 2));
      expect(done.every((d) => d.outcome === "created")).toBe(true);
      const saved = await db.select({ slug: documents.slug }).from(documents).where(like(documents.slug, `${prefix}-%`));
      expect(saved.map((d) => d.slug).sort()).toEqual(done.map((d) => d.slug).sort());
    }
  });
});
