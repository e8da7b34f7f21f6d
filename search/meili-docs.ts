// What the Meilisearch index holds: one document per search entry (its text
// folded and segmented by jieba, as on PostgreSQL), the index settings, and
// the facet attributes. Pure data shaping; meili-engine.ts sends it.
import type { Settings } from "meilisearch";
import type { FacetName, SearchEntry, SearchKind } from "./engine";
import { segmentedText } from "./segment";

export interface MeiliDoc {
  id: string;
  kind: SearchKind;
  refId: number;
  group: string;
  audience: string;
  title: string;
  body: string;
  url: string;
  anchor: string | null;
  status: string | null;
  departmentIds: number[];
  organisationId: number | null;
  year: number | null;
  category: string | null;
  sortDate: number | null;
  // Folded, segmented text (words separated by spaces): what is searched.
  sTitle: string;
  sBody: string;
  sContext: string;
}

/** Totals are counted up to this many matches, as on PostgreSQL (COUNT_LIMIT). */
export const MEILI_MAX_TOTAL_HITS = 2000;

export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ["sTitle", "sBody", "sContext"],
  displayedAttributes: ["*"],
  filterableAttributes: ["id", "kind", "status", "departmentIds", "organisationId", "year", "category", "audience", "group"],
  sortableAttributes: ["year", "sortDate"],
  rankingRules: ["words", "typo", "proximity", "attribute", "exactness", "sort"],
  // Text is already folded to Simplified and segmented by jieba; tell Meilisearch it is Chinese.
  localizedAttributes: [{ attributePatterns: ["sTitle", "sBody", "sContext"], locales: ["cmn"] }],
  typoTolerance: { disableOnNumbers: true },
  pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
  faceting: { maxValuesPerFacet: 500 },
};

export const FACET_ATTRIBUTE: Record<FacetName, string> = {
  kind: "kind",
  status: "status",
  department: "departmentIds",
  organisation: "organisationId",
  year: "year",
  category: "category",
};

export const docId = (kind: string, refId: number) => `${kind}-${refId}`;

export function toMeiliDoc(e: SearchEntry): MeiliDoc {
  const sortDate = e.sortDate ? new Date(e.sortDate).getTime() : null;
  return {
    id: docId(e.kind, e.refId),
    kind: e.kind,
    refId: e.refId,
    group: e.group,
    audience: e.audience,
    title: e.title,
    body: e.body,
    url: e.url,
    anchor: e.anchor,
    status: e.status,
    departmentIds: e.departmentIds,
    organisationId: e.organisationId,
    year: e.year,
    category: e.category,
    sortDate: Number.isFinite(sortDate) ? sortDate : null,
    sTitle: segmentedText(e.title),
    sBody: segmentedText(e.body),
    sContext: segmentedText(e.context),
  };
}

/** A filter value as a Meilisearch string literal. */
export const quote = (v: string) => `"${v.replace(/["\\]/g, "\\$&")}"`;
