// The search the site and the API run: read and check the parameters (zod),
// ask the engine, and dress the result for display (labels for facet values,
// department and organisation names). Only what the viewer may see: today that
// is everything published (audience `public`).
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { db } from "../db/client";
import { departments, organisations } from "../db/schema";
import { log } from "../app/utils/log.server";
import {
  FACET_NAMES,
  PUBLIC_AUDIENCE,
  SEARCH_KINDS,
  emptyResult,
  type EngineResult,
  type FacetName,
  type SearchFilters,
  type SearchKind,
} from "./engine";
import { getSearchEngine } from "./index";
import { FACET_LABELS, SEARCH_CATEGORY_LABELS, SEARCH_KIND_LABELS, SEARCH_STATUS_LABELS } from "./labels";
import { MAX_QUERY_LENGTH, parseQuery } from "./query";
import { MAX_OFFSET } from "./shared";
import { hitsShownIn } from "./reading";
import type { Script } from "../app/utils/script-conversion";

export { FACET_PARAM, MAX_OFFSET, SEARCH_PER_PAGE } from "./shared";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const paramSchemas = {
  kind: z.enum(SEARCH_KINDS),
  status: z.string().regex(/^[a-z_]{1,32}$/),
  category: z.string().regex(/^[A-Za-z_]{1,32}$/),
  department: id,
  organisation: id,
  year: z.coerce.number().int().min(1900).max(2100),
} as const;
type FilterParam = keyof typeof paramSchemas;

export interface SearchParams {
  q: string;
  filters: SearchFilters;
}

export type ReadResult = { ok: true; value: SearchParams } | { ok: false; field: string; message: string };

/**
 * The query and filters from a URL. `strict` (the API) refuses a bad filter
 * value; otherwise (the page) a bad value is ignored. The query text itself is
 * never refused: anything becomes words or nothing.
 */
export function readSearchParams(params: URLSearchParams, strict = false): ReadResult {
  const raw = params.get("q") ?? "";
  const q = raw.length > MAX_QUERY_LENGTH * 4 ? raw.slice(0, MAX_QUERY_LENGTH * 4) : raw;
  const values: Partial<Record<FilterParam, string | number>> = {};
  for (const name of Object.keys(paramSchemas) as FilterParam[]) {
    const value = params.get(name);
    if (value === null || value === "") continue;
    const parsed = paramSchemas[name].safeParse(value);
    if (parsed.success) values[name] = parsed.data;
    else if (strict) return { ok: false, field: name, message: `${name} is not valid` };
  }
  return {
    ok: true,
    value: {
      q,
      filters: {
        kind: values.kind as SearchKind | undefined,
        status: values.status as string | undefined,
        category: values.category as string | undefined,
        departmentId: values.department as number | undefined,
        organisationId: values.organisation as number | undefined,
        year: values.year as number | undefined,
      },
    },
  };
}

const FILTER_OF: Record<FacetName, keyof SearchFilters> = {
  kind: "kind",
  status: "status",
  category: "category",
  department: "departmentId",
  organisation: "organisationId",
  year: "year",
};

export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  active: boolean;
}

export interface FacetView {
  name: FacetName;
  label: string;
  values: FacetValueView[];
}

export interface HitView {
  kind: SearchKind;
  kindLabel: string;
  id: number;
  url: string;
  anchor: string | null;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  year: number | null;
  status: string | null;
  category: string | null;
  categoryLabel: string | null;
  organisation: { id: number; name: string } | null;
  departments: { id: number; name: string }[];
}

export interface SearchView {
  /** The query as typed, cleaned (for the search box and headings). */
  q: string;
  /** Nothing searchable in the query (empty, punctuation only, …). */
  empty: boolean;
  /** The engine could not be reached; the page says so instead of failing. */
  unavailable: boolean;
  total: number;
  /** False when the total is a lower bound (too many matches to count). */
  exhaustive: boolean;
  offset: number;
  limit: number;
  hits: HitView[];
  facets: FacetView[];
  /** Filters in force, with labels, for "remove" links. */
  active: { name: FacetName; value: string; label: string }[];
}

async function namesOf(table: typeof departments | typeof organisations, ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function search(
  params: SearchParams,
  page: { offset: number; limit: number },
  audiences: string[] = [PUBLIC_AUDIENCE],
  /** Show documents' text in this script (the pages; the API gives text as written). */
  display: { script?: Script } = {},
): Promise<SearchView> {
  const query = parseQuery(params.q);
  const offset = Math.max(0, Math.min(page.offset, MAX_OFFSET));
  // Nothing is served from beyond MAX_OFFSET.
  if (offset + page.limit > MAX_OFFSET) page = { ...page, limit: Math.max(0, MAX_OFFSET - offset) };
  const limit = Math.max(0, Math.min(page.limit, 100));
  let result: EngineResult = emptyResult();
  let unavailable = false;
  if (!query.empty) {
    try {
      result = await getSearchEngine().search({ query, filters: params.filters, audiences, offset, limit });
      if (display.script) result = { ...result, hits: await hitsShownIn(result.hits, query, display.script) };
    } catch (error) {
      unavailable = true;
      log("error", "search failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }
  const f = params.filters;
  const departmentIds = new Set<number>(result.facets.department.map((v) => Number(v.value)));
  const organisationIds = new Set<number>(result.facets.organisation.map((v) => Number(v.value)));
  for (const h of result.hits) {
    h.departmentIds.forEach((d) => departmentIds.add(d));
    if (h.organisationId) organisationIds.add(h.organisationId);
  }
  if (f.departmentId) departmentIds.add(f.departmentId);
  if (f.organisationId) organisationIds.add(f.organisationId);
  const [departmentNames, organisationNames] = await Promise.all([
    namesOf(departments, [...departmentIds].filter(Number.isSafeInteger)),
    namesOf(organisations, [...organisationIds].filter(Number.isSafeInteger)),
  ]);

  const labelOf = (name: FacetName, value: string): string => {
    switch (name) {
      case "kind":
        return SEARCH_KIND_LABELS[value as SearchKind] ?? value;
      case "status":
        return SEARCH_STATUS_LABELS[value] ?? value;
      case "category":
        return SEARCH_CATEGORY_LABELS[value] ?? value;
      case "year":
        return `${value} 年`;
      case "department":
        return departmentNames.get(Number(value)) ?? `单位 ${value}`;
      case "organisation":
        return organisationNames.get(Number(value)) ?? `单位 ${value}`;
    }
  };

  const facets: FacetView[] = FACET_NAMES.map((name) => ({
    name,
    label: FACET_LABELS[name],
    values: result.facets[name].map((v) => ({
      value: v.value,
      label: labelOf(name, v.value),
      count: v.count,
      active: String(f[FILTER_OF[name]] ?? "") === v.value,
    })),
  }));
  const active = FACET_NAMES.filter((name) => f[FILTER_OF[name]] !== undefined).map((name) => {
    const value = String(f[FILTER_OF[name]]);
    return { name, value, label: labelOf(name, value) };
  });
  const hits: HitView[] = result.hits.map((h) => ({
    kind: h.kind,
    kindLabel: SEARCH_KIND_LABELS[h.kind] ?? h.kind,
    id: h.refId,
    url: h.url,
    anchor: h.anchor,
    title: h.title,
    titleHtml: h.titleHtml,
    snippetHtml: h.snippetHtml,
    year: h.year,
    status: h.status,
    category: h.category,
    categoryLabel: h.category ? (SEARCH_CATEGORY_LABELS[h.category] ?? h.category) : null,
    organisation: h.organisationId ? { id: h.organisationId, name: organisationNames.get(h.organisationId) ?? "" } : null,
    departments: h.departmentIds.map((d) => ({ id: d, name: departmentNames.get(d) ?? "" })).filter((d) => d.name),
  }));
  return { q: query.display, empty: query.empty, unavailable, total: result.total, exhaustive: result.exhaustive, offset, limit, hits, facets, active };
}
