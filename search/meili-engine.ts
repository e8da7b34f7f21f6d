// The Meilisearch engine (MEILI_HOST set). Writes never call Meilisearch from
// the caller's transaction: they add a row to search_outbox in it (meili-outbox.ts),
// so a change is recorded exactly when the data it describes is committed. The
// worker side here applies drained rows; reads translate the query into a
// Meilisearch search over the documents of meili-docs.ts.
import { lte, sql } from "drizzle-orm";
import { Meilisearch, MeilisearchApiError, type Index } from "meilisearch";
import type { DbOrTx } from "../db/client";
import { db } from "../db/client";
import {
  emptyFacets,
  emptyResult,
  FACET_NAMES,
  type EngineQuery,
  type EngineResult,
  type SearchEngine,
  type SearchEntry,
  type SearchKey,
} from "./engine";
import { decorateHit } from "./highlight";
import { docId, FACET_ATTRIBUTE, MEILI_MAX_TOTAL_HITS, MEILI_SETTINGS, quote, toMeiliDoc, type MeiliDoc } from "./meili-docs";
import { drainOutbox, enqueue, type DrainResult, type OutboxOp } from "./meili-outbox";
import { searchOutbox } from "./schema";

export interface MeiliOptions {
  host: string;
  apiKey?: string;
  /** Index name; `xieshang` unless set (tests use their own). */
  indexUid?: string;
  /** Per-request timeout (ms). */
  timeout?: number;
}

export class MeiliSearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly client: Meilisearch;
  readonly indexUid: string;
  private ready: Promise<void> | null = null;
  private draining: Promise<DrainResult> | null = null;

  constructor(options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.timeout ?? 10_000 });
    this.indexUid = options.indexUid ?? "xieshang";
  }

  private get idx(): Index<MeiliDoc> {
    return this.client.index<MeiliDoc>(this.indexUid);
  }

  // ——— writes: into the outbox, in the caller's transaction ———

  async index(tx: DbOrTx, entries: SearchEntry[]): Promise<void> {
    if (entries.length) await enqueue(tx, { op: "upsert", payload: { entries } });
  }

  async remove(tx: DbOrTx, keys: SearchKey[]): Promise<void> {
    if (keys.length) await enqueue(tx, { op: "remove", payload: { ids: keys.map((k) => docId(k.kind, k.refId)) } });
  }

  async replaceGroup(tx: DbOrTx, group: string, entries: SearchEntry[]): Promise<void> {
    await this.replaceGroups(tx, [{ group, entries }]);
  }

  async replaceGroups(tx: DbOrTx, groups: { group: string; entries: SearchEntry[] }[]): Promise<void> {
    await enqueue(
      tx,
      ...groups.map(({ group, entries }) => ({ op: "replace_group" as const, payload: { group, entries: entries.map((e) => ({ ...e, group })) } })),
    );
  }

  // ——— the worker side ———

  /** Create the index and apply the settings (once per process, retried after a failure). */
  ensureIndex(uid = this.indexUid): Promise<void> {
    const run = async () => {
      const created = await this.client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
      if (created.status === "failed" && created.error?.code !== "index_already_exists") {
        throw new Error(`Meilisearch: cannot create index ${uid}: ${created.error?.message}`);
      }
      await this.check(this.client.index(uid).updateSettings(MEILI_SETTINGS).waitTask({ timeout: 60_000 }));
    };
    if (uid !== this.indexUid) return run();
    this.ready ??= run().catch((error) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private async check(task: Promise<{ status: string; error: { message: string } | null }>) {
    const done = await task;
    if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? ""}`);
  }

  private async apply(row: OutboxOp) {
    const idx = this.idx;
    const wait = { timeout: 120_000 };
    if (row.op === "upsert") {
      await this.check(idx.addDocuments(row.payload.entries.map(toMeiliDoc)).waitTask(wait));
    } else if (row.op === "remove") {
      await this.check(idx.deleteDocuments(row.payload.ids).waitTask(wait));
    } else {
      const docs = row.payload.entries.map(toMeiliDoc);
      if (docs.length) await this.check(idx.addDocuments(docs).waitTask(wait));
      const filter = [`group = ${quote(row.payload.group)}`];
      if (docs.length) filter.push(`id NOT IN [${docs.map((d) => quote(d.id)).join(", ")}]`);
      await this.check(idx.deleteDocuments({ filter }).waitTask(wait));
    }
  }

  /**
   * Apply waiting outbox rows in order, up to `max` (one run at a time in this
   * process); see drainOutbox.
   */
  drain(max = 100): Promise<DrainResult> {
    this.draining ??= drainOutbox(max, {
      prepare: () => this.ensureIndex(),
      apply: (op) => this.apply(op),
    }).finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  async flush(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      const r = await this.drain(500);
      if (r.error) throw new Error(`search outbox: ${r.error}`);
      if (r.remaining === 0) return;
      if (r.applied === 0) await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error("search outbox did not drain");
  }

  // ——— reads ———

  async search(q: EngineQuery): Promise<EngineResult> {
    if (q.query.empty) return emptyResult();
    const words = [
      ...q.query.phrases.map((p) => `"${p.tokens.map((t) => t.replace(/"/g, "")).join(" ")}"`),
      ...q.query.terms.map((t) => {
        const words = t.tokens.map((w) => w.replace(/"/g, ""));
        return words.length > 1 ? `"${words.join(" ")}"` : words[0];
      }),
    ];
    const f = q.filters;
    const filter: string[] = [`audience IN [${q.audiences.map(quote).join(", ")}]`];
    if (f.kind) filter.push(`kind = ${quote(f.kind)}`);
    if (f.status) filter.push(`status = ${quote(f.status)}`);
    if (f.departmentId) filter.push(`departmentIds = ${f.departmentId}`);
    if (f.organisationId) filter.push(`organisationId = ${f.organisationId}`);
    if (f.year) filter.push(`year = ${f.year}`);
    if (f.category) filter.push(`category = ${quote(f.category)}`);
    // Page mode gives an exact total; an offset that is not a page boundary reads from the start.
    // No hits wanted (counts only): an empty page.
    const aligned = q.limit <= 0 || q.offset % q.limit === 0;
    const res = await this.idx.search(words.join(" "), {
      filter,
      facets: FACET_NAMES.map((n) => FACET_ATTRIBUTE[n]),
      hitsPerPage: q.limit <= 0 ? 0 : aligned ? q.limit : q.offset + q.limit,
      page: q.limit <= 0 ? 1 : aligned ? q.offset / q.limit + 1 : 1,
      matchingStrategy: "last",
      locales: ["cmn"],
      attributesToRetrieve: ["kind", "refId", "title", "body", "url", "anchor", "status", "departmentIds", "organisationId", "year", "category"],
    });
    const hits = (aligned ? res.hits : res.hits.slice(q.offset)).map((h) =>
      decorateHit(
        {
          kind: h.kind,
          refId: h.refId,
          title: h.title,
          body: h.body,
          url: h.url,
          anchor: h.anchor,
          status: h.status,
          departmentIds: h.departmentIds,
          organisationId: h.organisationId,
          year: h.year,
          category: h.category,
        },
        q.query,
      ),
    );
    const facets = emptyFacets();
    for (const name of FACET_NAMES) {
      const dist = res.facetDistribution?.[FACET_ATTRIBUTE[name]] ?? {};
      facets[name] = Object.entries(dist)
        .filter(([, count]) => count > 0)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    const total = res.totalHits ?? 0;
    return { total, exhaustive: total < MEILI_MAX_TOTAL_HITS, hits, facets };
  }

  async clear(): Promise<void> {
    await this.ensureIndex();
    await this.check(this.idx.deleteAllDocuments().waitTask({ timeout: 120_000 }));
  }

  async count(): Promise<number> {
    try {
      return (await this.idx.getStats()).numberOfDocuments;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return 0;
      throw error;
    }
  }

  /**
   * Build a fresh index beside the live one and swap them, so searches keep
   * working during a rebuild. Outbox rows written before the rebuild started
   * are covered by it and dropped; later ones are applied after it.
   */
  async reindexAll(source: (tx: DbOrTx) => AsyncIterable<SearchEntry[]>): Promise<number> {
    const [{ max }] = await db.select({ max: sql<number | null>`max(${searchOutbox.id})` }).from(searchOutbox);
    const tmp = `${this.indexUid}_rebuild_${Date.now()}`;
    await this.ensureIndex(tmp);
    let n = 0;
    for await (const batch of source(db)) {
      if (!batch.length) continue;
      await this.check(this.client.index(tmp).addDocuments(batch.map(toMeiliDoc)).waitTask({ timeout: 300_000 }));
      n += batch.length;
    }
    await this.ensureIndex();
    await this.check(this.client.swapIndexes([{ indexes: [this.indexUid, tmp], rename: false }]).waitTask({ timeout: 60_000 }));
    await this.check(this.client.deleteIndex(tmp).waitTask({ timeout: 60_000 }));
    if (max !== null) await db.delete(searchOutbox).where(lte(searchOutbox.id, Number(max)));
    return n;
  }
}
