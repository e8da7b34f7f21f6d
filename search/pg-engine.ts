// The PostgreSQL engine (default; PGlite or a server). Each entry is one row
// of search_documents, written in the caller's transaction. Text is segmented
// and folded in the application (segment.ts) and stored as a tsvector literal
// with positions and weights (title A, body B, context C), so PostgreSQL's own
// parser, locale and dictionaries play no part: PGlite (PostgreSQL 18) and a
// PostgreSQL 15 server index and match exactly alike. Queries are built from
// the parsed words as escaped lexemes and sent as parameters, never spliced.
import { and, eq, inArray, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { db } from "../db/client";
import {
  emptyFacets,
  emptyResult,
  FACET_NAMES,
  type EngineHit,
  type EngineQuery,
  type EngineResult,
  type FacetName,
  type Facets,
  type SearchEngine,
  type SearchEntry,
  type SearchKey,
  type SearchKind,
} from "./engine";
import { snippet, highlightAll } from "./highlight";
import { highlightTerms, type ParsedQuery, type QueryTerm } from "./query";
import { searchDocuments } from "./schema";
import { compact, indexTokens } from "./segment";

/** Longest text segmented per field; the rest is kept for display but not indexed. */
const MAX_INDEXED_CHARS = 50_000;
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_WORD = 255;
/** Rows per INSERT (17 parameters each, far below PostgreSQL's 65,535). */
const INSERT_BATCH = 200;
/** Items ranked per tier (all words / some words); also the deepest result reachable. */
export const CANDIDATES = 1000;
/** Matching items counted for the total and the facets. */
export const COUNT_LIMIT = 2000;

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

/** A lexeme quoted for tsvector/tsquery input: quotes and backslashes doubled. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** `'word':1A,7B 'other':2A …` from the fields of an entry. */
export function tsvectorLiteral(fields: { text: string; weight: "A" | "B" | "C" }[]): string {
  const positions = new Map<string, Set<string>>();
  let next = 1;
  for (const field of fields) {
    const tokens = indexTokens(field.text.slice(0, MAX_INDEXED_CHARS), next);
    let last = next;
    for (const { token, position } of tokens) {
      last = Math.max(last, position);
      const set = positions.get(token) ?? new Set<string>();
      if (set.size < MAX_POSITIONS_PER_WORD) set.add(`${Math.min(position, MAX_POSITION)}${field.weight}`);
      positions.set(token, set);
    }
    // A gap between fields, so a phrase never runs from the title into the body.
    next = Math.min(last + 5, MAX_POSITION);
  }
  return [...positions].map(([token, set]) => `${quoteLexeme(token)}:${[...set].join(",")}`).join(" ");
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
    foldedTitle: compact(entry.title),
    foldedBody: compact(entry.body.slice(0, MAX_INDEXED_CHARS)),
    tsv: sql`${tsvectorLiteral([
      { text: entry.title, weight: "A" },
      { text: entry.body, weight: "B" },
      { text: entry.context, weight: "C" },
    ])}::tsvector` as unknown as string,
    indexedAt: new Date(),
  };
}

async function rowsOf<T>(tx: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
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
    return rowsOf<T>(t, statement);
  });
}

/** tsquery text for one term: a word, or adjacent words (`'网' <-> '约' <-> '车'`), optionally in the title only. */
export function termQuery(term: QueryTerm, weight?: "A"): string {
  const parts = term.tokens.map((t) => quoteLexeme(t) + (weight ? `:${weight}` : ""));
  return parts.length === 1 ? parts[0] : `(${parts.join(" <-> ")})`;
}

const termParam = (term: QueryTerm, weight?: "A") => sql`${termQuery(term, weight)}::tsquery`;

/** Everything but the words: audience, filters, and quoted phrases (each required). */
function baseOf(q: EngineQuery): SQL {
  const { query, filters } = q;
  const conditions: (SQL | undefined)[] = [inArray(s.audience, q.audiences)];
  for (const phrase of query.phrases) {
    // The index narrows to items with every word; the folded text confirms they are adjacent.
    conditions.push(sql`${s.tsv} @@ ${phrase.tokens.map(quoteLexeme).join(" & ")}::tsquery`);
    conditions.push(
      or(sql`strpos(${s.foldedTitle}, ${phrase.text}) > 0`, sql`strpos(${s.foldedBody}, ${phrase.text}) > 0`),
    );
  }
  if (filters.kind) conditions.push(eq(s.kind, filters.kind));
  if (filters.status) conditions.push(eq(s.status, filters.status));
  if (filters.departmentId) conditions.push(sql`${s.departmentIds} @> array[${filters.departmentId}]::int[]`);
  if (filters.organisationId) conditions.push(eq(s.organisationId, filters.organisationId));
  if (filters.year) conditions.push(eq(s.year, filters.year));
  if (filters.category) conditions.push(eq(s.category, filters.category));
  return and(...conditions)!;
}

/** Items with at least one of the words (every item, when the query is phrases only). */
function anyOf(query: ParsedQuery): SQL {
  return query.terms.length ? sql`${s.tsv} @@ ${query.terms.map((t) => termQuery(t)).join(" | ")}::tsquery` : sql`true`;
}

/** Items with all of the words. */
function allOf(query: ParsedQuery): SQL {
  return query.terms.length ? sql`${s.tsv} @@ ${query.terms.map((t) => termQuery(t)).join(" & ")}::tsquery` : sql`true`;
}

/** Items with some but not all of the words. */
function someOf(query: ParsedQuery): SQL {
  const terms = query.terms.map((t) => termQuery(t));
  return sql`${s.tsv} @@ ${`(${terms.join(" | ")}) & !(${terms.join(" & ")})`}::tsquery`;
}

const sum = (parts: SQL[]) => (parts.length ? sql.join(parts, sql` + `) : sql`0`);

/**
 * Order: items with all the words first; then an exact phrase or the words
 * as typed together (title counts double); then words found in the title;
 * then PostgreSQL's weighted rank; documents before their recommendations.
 */
interface RankColumns {
  tsv: SQL;
  foldedTitle: SQL;
  foldedBody: SQL;
  kind: SQL;
  sortDate: SQL;
  id: SQL;
}

/** The candidates' columns, as named in hitsStatement. */
const candidateColumns: RankColumns = {
  tsv: sql`c.tsv`,
  foldedTitle: sql`c.folded_title`,
  foldedBody: sql`c.folded_body`,
  kind: sql`c.kind`,
  sortDate: sql`c.sort_date`,
  id: sql`c.id`,
};

function orderOf(query: ParsedQuery, c: RankColumns): SQL[] {
  const matched = sum(query.terms.map((t) => sql`(${c.tsv} @@ ${termParam(t)})::int`));
  const inTitle = sum(query.terms.map((t) => sql`(${c.tsv} @@ ${termParam(t, "A")})::int`));
  const exact = sum(
    [...query.chunks, ...query.phrases.map((p) => p.text)].map(
      (x) => sql`(strpos(${c.foldedTitle}, ${x}) > 0)::int * 2 + (strpos(${c.foldedBody}, ${x}) > 0)::int`,
    ),
  );
  const words = [...query.terms.map((t) => termQuery(t)), ...query.phrases.flatMap((p) => p.tokens.map(quoteLexeme))];
  const rank = sql`ts_rank('{0.05,0.2,0.4,1.0}'::float4[], ${c.tsv}, ${[...new Set(words)].join(" | ")}::tsquery, 1)`;
  return [
    ...(query.terms.length ? [sql`${matched} desc`] : []),
    ...(query.chunks.length || query.phrases.length ? [sql`${exact} desc`] : []),
    ...(query.terms.length ? [sql`${inTitle} desc`] : []),
    sql`${rank} desc`,
    sql`case ${c.kind} when 'document' then 0 else 1 end`,
    sql`${c.sortDate} desc nulls last`,
    sql`${c.id}`,
  ];
}

/**
 * The page of hits. Bounded, so that a query matching half the index costs
 * about as much as one matching a hundred items: the first CANDIDATES items
 * with all the words, and (only when they do not fill the page) the first
 * CANDIDATES with some of them, are ranked in full, and the page is cut from
 * that ranking. Below CANDIDATES matches the ranking is exact; pages end at
 * CANDIDATES (MAX_OFFSET).
 */
export function hitsStatement(q: EngineQuery): SQL {
  const base = baseOf(q);
  const needed = q.offset + q.limit;
  const columns = sql`${s.id} as id, ${s.kind} as kind, ${s.refId} as "refId", ${s.title} as title, ${s.body} as body,
    ${s.url} as url, ${s.anchor} as anchor, ${s.status} as status, ${s.departmentIds} as "departmentIds",
    ${s.organisationId} as "organisationId", ${s.year} as year, ${s.category} as category, ${s.sortDate} as sort_date,
    ${s.foldedTitle} as folded_title, ${s.foldedBody} as folded_body, ${s.tsv} as tsv`;
  const tail =
    q.query.terms.length > 1
      ? sql`union all (select ${columns} from ${s} where ${base} and ${someOf(q.query)}
          and (select count(*) from t1) < ${needed} limit ${CANDIDATES})`
      : sql``;
  return sql`with t1 as (select ${columns} from ${s} where ${base} and ${allOf(q.query)} limit ${CANDIDATES})
    select kind, "refId", title, body, url, anchor, status, "departmentIds", "organisationId", year, category
    from ((select * from t1) ${tail}) as c
    order by ${sql.join(orderOf(q.query, candidateColumns), sql`, `)}
    limit ${q.limit} offset ${q.offset}`;
}

/**
 * Total and facet counts over the matching items, up to COUNT_LIMIT of them
 * (beyond it the total is a lower bound and the facet counts a sample).
 */
export function countStatement(q: EngineQuery): SQL {
  const parts = (Object.keys(FACET_COLUMN) as Exclude<FacetName, "department">[]).map(
    (name) =>
      sql`select ${name}::text as facet, ${FACET_COLUMN[name]} as value, count(*)::int as count from m where ${FACET_COLUMN[name]} is not null group by 2`,
  );
  parts.push(
    sql`select 'department'::text as facet, d::text as value, count(*)::int as count from m cross join lateral unnest(m.department_ids) as d group by 2`,
    sql`select 'total'::text as facet, null as value, count(*)::int as count from m`,
  );
  return sql`with m as materialized (select kind, status, organisation_id, year, category, department_ids
      from ${s} where ${baseOf(q)} and ${anyOf(q.query)} limit ${COUNT_LIMIT + 1})
    ${sql.join(parts, sql` union all `)}`;
}

const FACET_COLUMN: Record<Exclude<FacetName, "department">, SQL> = {
  kind: sql`kind`,
  status: sql`status`,
  organisation: sql`organisation_id::text`,
  year: sql`year::text`,
  category: sql`category`,
};

export function decorateHit(hit: Omit<EngineHit, "titleHtml" | "snippetHtml">, query: ParsedQuery): EngineHit {
  const terms = highlightTerms(query);
  return { ...hit, titleHtml: highlightAll(hit.title, terms), snippetHtml: snippet(hit.body, terms) };
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
      const done = await tx
        .insert(s)
        .values(rows)
        .onConflictDoUpdate({
          target: [s.kind, s.refId],
          set: {
            groupKey: sql`excluded.group_key`,
            audience: sql`excluded.audience`,
            title: sql`excluded.title`,
            body: sql`excluded.body`,
            url: sql`excluded.url`,
            anchor: sql`excluded.anchor`,
            status: sql`excluded.status`,
            departmentIds: sql`excluded.department_ids`,
            organisationId: sql`excluded.organisation_id`,
            year: sql`excluded.year`,
            category: sql`excluded.category`,
            sortDate: sql`excluded.sort_date`,
            foldedTitle: sql`excluded.folded_title`,
            foldedBody: sql`excluded.folded_body`,
            tsv: sql`excluded.tsv`,
            indexedAt: sql`excluded.indexed_at`,
          },
        })
        .returning({ id: s.id });
      ids.push(...done.map((r) => r.id));
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
    const ids = await this.upsert(
      tx,
      entries.map((e) => ({ ...e, group })),
    );
    await tx.delete(s).where(and(eq(s.groupKey, group), notInArray(s.id, ids)));
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
