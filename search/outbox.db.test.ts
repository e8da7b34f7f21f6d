// The Meilisearch outbox without a Meilisearch: a small HTTP stand-in that
// speaks the few endpoints the engine uses (and can be switched off) shows
// that changes are written with the transaction, applied in order, kept while
// Meilisearch is down, retried with back-off, and never lost.
import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SearchEntry } from "./engine";
import { FakeMeili } from "./fake-meili";
import { MeiliSearchEngine } from "./meili-engine";
import { startOutboxWorker } from "./meili-outbox";
import { searchOutbox } from "./schema";

const fake = new FakeMeili();
let engine: MeiliSearchEngine;

const entry = (refId: number, group: string, title: string): SearchEntry => ({
  kind: "recommendation",
  refId,
  group,
  audience: "public",
  title,
  body: "",
  context: "",
  url: `/documents/x#r-${refId}`,
  anchor: `r-${refId}`,
  status: "published",
  departmentIds: [],
  organisationId: null,
  year: 2026,
  category: null,
  sortDate: null,
});

const outbox = () => db.select().from(searchOutbox).orderBy(asc(searchOutbox.id));
const indexed = () => [...(fake.docs.get("xs_outbox_test")?.values() ?? [])].map((d) => `${d.id}:${d.title}`).sort();

beforeAll(async () => {
  await fake.listen();
  engine = new MeiliSearchEngine({ host: fake.url, indexUid: "xs_outbox_test", timeout: 2000 });
});
afterAll(async () => {
  await new Promise((resolve) => fake.server.close(resolve));
});
beforeEach(async () => {
  fake.up = true;
  await db.delete(searchOutbox);
});

describe("Meilisearch outbox", () => {
  it("records a change with the transaction that made it, and nothing when it rolls back", async () => {
    await db.transaction((t) => engine.index(t, [entry(1, "g:1", "一")]));
    await expect(
      db.transaction(async (t) => {
        await engine.index(t, [entry(2, "g:1", "二")]);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const rows = await outbox();
    expect(rows.map((r) => r.op)).toEqual(["upsert"]);
    await engine.flush();
    expect(indexed()).toEqual(["recommendation-1:一"]);
    expect(await outbox()).toEqual([]);
  });

  it("keeps changes while Meilisearch is down, backs off, and applies them in order once it is back", async () => {
    fake.up = false;
    await db.transaction((t) => engine.index(t, [entry(3, "g:3", "旧"), entry(4, "g:3", "四")]));
    await db.transaction((t) => engine.replaceGroup(t, "g:3", [entry(3, "g:3", "新")]));
    await db.transaction((t) => engine.remove(t, [{ kind: "recommendation", refId: 1 }]));

    const first = await engine.drain();
    expect(first.applied).toBe(0);
    expect(first.error).toBeTruthy();
    let rows = await outbox();
    expect(rows).toHaveLength(3);
    expect(rows[0].attempts).toBe(1);
    expect(rows[0].availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(rows[0].lastError).toBeTruthy();

    // Back online, but the head row is still backing off: nothing jumps the queue.
    fake.up = true;
    const early = await engine.drain();
    expect(early.applied).toBe(0);
    expect(await outbox()).toHaveLength(3);

    // Time passes (the back-off ends): everything is applied, in order.
    await db.update(searchOutbox).set({ availableAt: sql`now() - interval '1 second'` });
    await engine.flush();
    rows = await outbox();
    expect(rows).toEqual([]);
    expect(indexed()).toEqual(["recommendation-3:新"]);
    expect(fake.log.slice(-4)).toEqual([
      "add recommendation-3,recommendation-4",
      "add recommendation-3",
      "delete group g:3",
      "delete recommendation-1",
    ]);
  });

  it("backs off exponentially on repeated failures", async () => {
    fake.up = false;
    await db.transaction((t) => engine.index(t, [entry(5, "g:5", "五")]));
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const before = Date.now();
      await engine.drain();
      const [row] = await outbox();
      delays.push(Math.round((row.availableAt.getTime() - before) / 1000));
      await db.update(searchOutbox).set({ availableAt: sql`now() - interval '1 second'` });
    }
    expect(delays).toEqual([1, 2, 4, 8]);
    expect((await outbox())[0].attempts).toBe(4);
    fake.up = true;
    await engine.flush();
    expect(indexed()).toContain("recommendation-5:五");
  });

  it("drains in the background", async () => {
    await db.transaction((t) => engine.index(t, [entry(6, "g:6", "六")]));
    const stop = startOutboxWorker(engine);
    try {
      for (let i = 0; i < 100 && (await outbox()).length; i++) await new Promise((r) => setTimeout(r, 50));
    } finally {
      stop();
    }
    expect(await outbox()).toEqual([]);
    expect(indexed()).toContain("recommendation-6:六");
  });
});
