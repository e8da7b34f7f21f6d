// The search engine interface. Two engines implement it: PostgreSQL full text
// (pg-engine.ts, the default) and Meilisearch (meili-engine.ts). Whatever is
// searchable is described as SearchEntry rows by a source (sources.ts) and
// handed to the engine inside the transaction that changed it.
import type { DbOrTx } from "../db/client";
import type { ParsedQuery } from "./query";

/** What can be found. Replies, disclosure entries and studio sessions join when they exist. */
export const SEARCH_KINDS = ["document", "recommendation", "reply", "disclosure", "session", "topic", "opinion"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The audience every visitor belongs to; other audiences (e.g. `department:12`) are for later kinds. */
export const PUBLIC_AUDIENCE = "public";

export interface SearchEntry {
  kind: SearchKind;
  /** Id of the row it describes (documents.id, recommendations.id, …). */
  refId: number;
  /**
   * Entries replaced together, e.g. `document:12` for a document and its
   * recommendations: re-indexing a group removes its entries that are gone.
   */
  group: string;
  /** Who may see it; searches name the audiences of the viewer. */
  audience: string;
  title: string;
  body: string;
  /** Text that places the entry (document title, section, organisation, authors): matched with low weight, not shown. */
  context: string;
  /** Where the result links to, anchor included (/documents/slug#r-1-2). */
  url: string;
  anchor: string | null;
  // Facets.
  status: string | null;
  departmentIds: number[];
  organisationId: number | null;
  year: number | null;
  /** Document kind for documents and recommendations; reply category (A–D) for replies. */
  category: string | null;
  sortDate: Date | null;
}

export interface SearchKey {
  kind: SearchKind;
  refId: number;
}

export interface SearchFilters {
  kind?: SearchKind;
  status?: string;
  departmentId?: number;
  organisationId?: number;
  year?: number;
  category?: string;
}

export const FACET_NAMES = ["kind", "status", "department", "organisation", "year", "category"] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetCount {
  value: string;
  count: number;
}

export type Facets = Record<FacetName, FacetCount[]>;

export interface EngineQuery {
  query: ParsedQuery;
  filters: SearchFilters;
  /** The viewer's audiences; at least `public`. */
  audiences: string[];
  offset: number;
  limit: number;
}

export interface EngineHit {
  kind: SearchKind;
  refId: number;
  title: string;
  body: string;
  url: string;
  anchor: string | null;
  status: string | null;
  departmentIds: number[];
  organisationId: number | null;
  year: number | null;
  category: string | null;
  /** The title, escaped, query words in <mark>. */
  titleHtml: string;
  /** A passage of the body around the matches, escaped, query words in <mark>. */
  snippetHtml: string;
}

export interface EngineResult {
  /** Items matching the query and filters (a lower bound when `exhaustive` is false). */
  total: number;
  /** False when there were too many matches to count them all (the engine's limit is given as total). */
  exhaustive: boolean;
  hits: EngineHit[];
  /** Counts over the matching items, most frequent first. */
  facets: Facets;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Add or replace entries, in the caller's transaction. */
  index(tx: DbOrTx, entries: SearchEntry[]): Promise<void>;
  /** Remove entries, in the caller's transaction. */
  remove(tx: DbOrTx, keys: SearchKey[]): Promise<void>;
  /** Make a group hold exactly these entries (an empty list removes the group). */
  replaceGroup(tx: DbOrTx, group: string, entries: SearchEntry[]): Promise<void>;
  /** replaceGroup for several groups, in that order, in fewer statements (batched imports). */
  replaceGroups(tx: DbOrTx, groups: { group: string; entries: SearchEntry[] }[]): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Drop everything (reindexAll starts with this). */
  clear(): Promise<void>;
  /** Entries in the index. */
  count(): Promise<number>;
  /** Wait until committed changes are searchable (a no-op where writes are synchronous). */
  flush(): Promise<void>;
  /**
   * Rebuild the whole index from every source's entries; returns how many
   * were indexed. `source` reads through the handle it is given (the engine's
   * transaction, where it has one).
   */
  reindexAll(source: (tx: DbOrTx) => AsyncIterable<SearchEntry[]>): Promise<number>;
}

export function emptyFacets(): Facets {
  return { kind: [], status: [], department: [], organisation: [], year: [], category: [] };
}

export function emptyResult(): EngineResult {
  return { total: 0, exhaustive: true, hits: [], facets: emptyFacets() };
}
