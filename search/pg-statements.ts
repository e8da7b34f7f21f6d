// The PostgreSQL engine's two search statements: the page of hits (ranked over
// a bounded set of candidates) and the total with facet counts. They are pure
// SQL builders over search_documents; pg-engine.ts runs them. The words arrive
// as escaped lexemes (pg-tsvector.ts) sent as parameters, never spliced.
import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { EngineQuery, FacetName } from "./engine";
import { quoteLexeme, termQuery } from "./pg-tsvector";
import type { ParsedQuery, QueryTerm } from "./query";
import { searchDocuments } from "./schema";

/** Items ranked per tier (all words / some words); also the deepest result reachable. */
export const CANDIDATES = 1000;
/** Matching items counted for the total and the facets. */
export const COUNT_LIMIT = 2000;

const s = searchDocuments;

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
