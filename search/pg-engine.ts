// The PostgreSQL engine (default; PGlite or a server). Each entry is one row
// of search_documents, written in the caller's transaction. Text is segmented
// and folded in the application (segment.ts) and stored as a tsvector literal
// with positions and weights (title A, body B, context C), so PostgreSQL's own
// parser, locale and dictionaries play no part: PGlite (PostgreSQL 18) and a
// PostgreSQL 15 server index and match exactly alike. Queries are built from
// the parsed words as escaped lexemes and sent as parameters, never spliced.
import { and, eq, getTableColumns, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { db, rowsOf } from "../db/client";
import { insertJsonRows } from "../db/json-rows";
import {
  emptyFacets,
  emptyResult,
  FACET_NAMES,
  type EngineQuery,
  type EngineResult,
  type Facets,
  type SearchEngine,
  type SearchEntry,
  type SearchKey,
  type SearchKind,
} from "./engine";
import { decorateHit } from "./highlight";
import { CANDIDATES, COUNT_LIMIT, countStatement, hitsStatement } from "./pg-statements";
import { entryForms } from "./entry-forms";
import { searchDocuments } from "./schema";

/** Entries per INSERT (one JSON parameter, db/json-rows.ts). */
const INSERT_BATCH = 1000;

interface HitRow {
  kind: string;
  refId: number;
  title: string;
  body: string;
  url: string;
  anchor: string | null;
  status: string | null;
  departmentIds: number[] | null;
  organisationId: number | null;
  year: number | null;
  category: string | null;
}

function rowOf(entry: SearchEntry) {
  return {
    kind: entry.kind,
    refId: entry.refId,
    groupKey: entry.group,
    audience: entry.audience,
    title: entry.title,
    body: entry.body,
    url: entry.url,
    anchor: entry.anchor,
    status: entry.status,
    departmentIds: entry.departmentIds,
    organisationId: entry.organisationId,
    year: entry.year,
    category: entry.category,
    sortDate: entry.sortDate,
    // Folded title and body, tsvector literal (handed over by an import's worker thread when it computed them).
    ...entryForms(entry),
    indexedAt: new Date(),
  };
}

const s = searchDocuments;

/**
 * Run a search statement with sequential scans off. The planner prices `@@`
 * as cheap and, for a common word, would read the table row by row, unpacking
 * every tsvector (≈ 90 ms at 100,000 rows); the GIN bitmap finds the same rows
 * without unpacking them (≈ 15 ms). SET LOCAL ends with the transaction.
 */
function indexed<T>(statement: SQL): Promise<T[]> {
  return db.transaction(async (t) => {
    await t.execute(sql`set local enable_seqscan = off`);
    return rowsOf<T>(await t.execute(statement));
  });
}

export class PgSearchEngine implements SearchEngine {
  readonly name = "postgres" as const;

  async index(tx: DbOrTx, entries: SearchEntry[]): Promise<void> {
    await this.upsert(tx, entries);
  }

  private async upsert(tx: DbOrTx, entries: SearchEntry[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      const rows = entries.slice(i, i + INSERT_BATCH).map(rowOf);
      // Every column but the key is replaced (one JSON parameter per statement, db/json-rows.ts).
      const set = Object.keys(rows[0])
        .filter((k) => k !== "kind" && k !== "refId")
        .map((k) => {
          const name = getTableColumns(s)[k as keyof typeof s.$inferSelect].name;
          return sql`${sql.identifier(name)} = excluded.${sql.identifier(name)}`;
        });
      // The ids come back as one string, not a row each: the drivers decode every row (issue 16).
      const upsert = insertJsonRows(s, rows, sql` on conflict (kind, ref_id) do update set ${sql.join(set, sql`, `)} returning id`);
      const [done] = rowsOf<{ ids: string | null }>(await tx.execute(sql`with up as (${upsert}) select string_agg(id::text, ',') as ids from up`));
      if (done?.ids) ids.push(...done.ids.split(",").map(Number));
    }
    return ids;
  }

  async remove(tx: DbOrTx, keys: SearchKey[]): Promise<void> {
    const byKind = new Map<SearchKind, number[]>();
    for (const k of keys) byKind.set(k.kind, [...(byKind.get(k.kind) ?? []), k.refId]);
    for (const [kind, refIds] of byKind) {
      await tx.delete(s).where(and(eq(s.kind, kind), inArray(s.refId, refIds)));
    }
  }

  async replaceGroup(tx: DbOrTx, group: string, entries: SearchEntry[]): Promise<void> {
    await this.replaceGroups(tx, [{ group, entries }]);
  }

  async replaceGroups(tx: DbOrTx, groups: { group: string; entries: SearchEntry[] }[]): Promise<void> {
    if (!groups.length) return;
    const ids = await this.upsert(
      tx,
      groups.flatMap(({ group, entries }) => entries.map((e) => ({ ...e, group }))),
    );
    const keys = groups.map((g) => g.group);
    await tx.delete(s).where(and(keys.length === 1 ? eq(s.groupKey, keys[0]) : inArray(s.groupKey, keys), notInArray(s.id, ids)));
  }

  /**
   * Two bounded statements, so that a query matching half the index costs
   * about as much as one matching a hundred items:
   * - hits: the first CANDIDATES items with all the words, and (only when
   *   they do not fill the page) the first CANDIDATES with some of them, are
   *   ranked in full; the page is cut from that ranking;
   * - total and facets: counted over the matching items, up to COUNT_LIMIT
   *   (beyond it the total is "at least" and the facet counts are a sample).
   * Below CANDIDATES matches (any real query on the sample corpus) the
   * ranking is exact; pages end at MAX_OFFSET (= CANDIDATES).
   */
  async search(q: EngineQuery): Promise<EngineResult> {
    if (q.query.empty) return emptyResult();
    const wantHits = q.limit > 0 && q.offset < CANDIDATES;
    // PGlite runs one statement at a time anyway; a server runs both at once.
    const [rows, counted] = await Promise.all([wantHits ? indexed<HitRow>(hitsStatement(q)) : [], this.facets(q)]);
    return {
      total: counted.total,
      exhaustive: counted.exhaustive,
      hits: rows.map((r) => decorateHit({ ...r, kind: r.kind as SearchKind, departmentIds: r.departmentIds ?? [] }, q.query)),
      facets: counted.facets,
    };
  }

  /** Total and facet counts over the matching items (up to COUNT_LIMIT of them), in one statement. */
  private async facets(q: EngineQuery) {
    const rows = await indexed<{ facet: keyof Facets | "total"; value: string; count: number }>(countStatement(q));
    const facets = emptyFacets();
    let total = 0;
    for (const r of rows) {
      if (r.facet === "total") total = r.count;
      else facets[r.facet].push({ value: r.value, count: r.count });
    }
    for (const name of FACET_NAMES) facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { total: Math.min(total, COUNT_LIMIT), exhaustive: total <= COUNT_LIMIT, facets };
  }

  async clear(): Promise<void> {
    await db.delete(s);
  }

  async count(): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s);
    return row.n;
  }

  async flush(): Promise<void> {}

  async reindexAll(source: (tx: DbOrTx) => AsyncIterable<SearchEntry[]>): Promise<number> {
    return db.transaction(async (t) => {
      await t.delete(s);
      let n = 0;
      for await (const batch of source(t)) {
        await this.upsert(t, batch);
        n += batch.length;
      }
      return n;
    });
  }
}
