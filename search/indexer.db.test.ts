// The index follows the documents: written in the transaction that saves a
// document (saveStructuredDocument → indexDocument), emptied for what is no
// longer published, and rebuilt on start when a database has none.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { documents, recommendations } from "../db/documents.schema";
import { importFile } from "../content/importer";
import { ensureSearchIndex, indexDocument, setSearchEngine } from "./index";
import { PgSearchEngine } from "./pg-engine";
import { parseQuery } from "./query";
import { searchDocuments } from "./schema";

const engine = new PgSearchEngine();
let previous: ReturnType<typeof setSearchEngine>;
beforeAll(() => {
  previous = setSearchEngine(engine);
});
afterAll(() => {
  setSearchEngine(previous);
});

const tmp = mkdtempSync(path.join(tmpdir(), "xs-search-"));
const file = (text: string) => {
  const f = path.join(tmp, "search-sample.txt");
  writeFileSync(f, text);
  return f;
};
const source = (second: string) => `---
kind: member_proposal
title: 关于规范共享单车停放的提案
year: 2026
---
共享单车方便了市民出行。为此建议：
一、划定停放区域。由市城管局牵头，在地铁站周边施划共享单车停放点。
二、${second}
`;

const urls = async (q: string) =>
  (await engine.search({ query: parseQuery(q), filters: {}, audiences: ["public"], offset: 0, limit: 50 })).hits.map((h) => h.url);
const count = async () => (await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments))[0].n;

describe("search indexing", () => {
  it("indexed the sample corpus when it was imported", async () => {
    const [{ docs }] = await db.select({ docs: sql<number>`count(*)::int` }).from(documents).where(eq(documents.status, "published"));
    // Each recommendation is an entry; background and headings are read with their document (issue 13).
    const [{ recs }] = await db
      .select({ recs: sql<number>`count(*)::int` })
      .from(recommendations)
      .where(sql`${recommendations.kind} = 'recommendation' and ${recommendations.removedInVersion} is null`);
    expect(await count()).toBe(docs + recs);
    expect(await urls("加装电梯")).toContain("/documents/2026-taimeng-elevator-retrofit");
  });

  it("follows a new document and its revisions in the same transaction", async () => {
    await importFile(db, file(source("加强企业监管。建议市交通运输局督促运营企业落实电子围栏管理。")));
    expect((await urls('"电子围栏"'))).toEqual(["/documents/search-sample#r-2"]);
    // Revision: the second recommendation's text changes; the old words are gone.
    await importFile(db, file(source("开展文明骑行宣传。由团市委组织志愿者引导规范停车。")));
    expect(await urls('"电子围栏"')).toEqual([]);
    expect(await urls('"文明骑行"')).toEqual(["/documents/search-sample#r-2"]);
  });

  it("removes a document that is no longer published", async () => {
    const [doc] = await db.select().from(documents).where(eq(documents.slug, "search-sample"));
    await db.transaction(async (t) => {
      await t.update(documents).set({ status: "withdrawn" }).where(eq(documents.id, doc.id));
      await indexDocument(t, doc.id);
    });
    expect((await urls("共享单车")).filter((u) => u.includes("search-sample"))).toEqual([]);
    await db.transaction(async (t) => {
      await t.update(documents).set({ status: "published" }).where(eq(documents.id, doc.id));
      await indexDocument(t, doc.id);
    });
    expect(await urls("共享单车")).toContain("/documents/search-sample");
  });

  it("leaves the index untouched when the saving transaction rolls back", async () => {
    const before = await count();
    await expect(
      db.transaction(async (t) => {
        await importFile(t as never, file(source("回滚的建议。建议测试回滚不留痕迹。")));
        throw new Error("rollback");
      }),
    ).rejects.toThrow();
    expect(await urls('"不留痕迹"')).toEqual([]);
    expect(await count()).toBe(before);
  });

  it("rebuilds an empty index at start when documents exist", async () => {
    const before = await count();
    await db.delete(searchDocuments);
    expect(await ensureSearchIndex(engine)).toBe(before);
    expect(await count()).toBe(before);
    expect(await ensureSearchIndex(engine)).toBe(0);
    expect(await urls("加裝電梯")).toContain("/documents/2026-taimeng-elevator-retrofit");
  });
});
