import type { LoaderFunctionArgs } from "@remix-run/node";
import { readSearchParams, search } from "~/models/platform/search.server";
import { apiError, apiFail, apiOk } from "~/utils/api.server";
import { z } from "zod";
import { MAX_OFFSET } from "../../search/shared";
import { defineSchema } from "~/utils/define-schema";

const pageSchema = /* @__PURE__ */ defineSchema(() => z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  // The offset of the next result, as returned in nextCursor.
  cursor: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const read = readSearchParams(url.searchParams, true);
  if (!read.ok) apiFail(400, "invalid_parameter", read.message);
  const page = pageSchema.safeParse({
    limit: url.searchParams.get("limit") || undefined,
    cursor: url.searchParams.get("cursor") || undefined,
  });
  if (!page.success) apiFail(400, "invalid_parameter", `limit must be 1–100 and cursor 0–${MAX_OFFSET}`);
  const view = await search(read.value, { offset: page.data.cursor, limit: page.data.limit });
  if (view.unavailable) return apiError(503, "search_unavailable", "The search engine is not reachable; try again later");
  const next = view.offset + view.hits.length;
  return apiOk({
    query: view.q,
    total: view.total,
    totalExact: view.exhaustive,
    data: view.hits.map((h) => ({
      kind: h.kind,
      id: h.id,
      title: h.title,
      titleHtml: h.titleHtml,
      snippetHtml: h.snippetHtml,
      url: h.url,
      anchor: h.anchor,
      year: h.year,
      status: h.status,
      category: h.category,
      organisation: h.organisation,
      departments: h.departments,
    })),
    facets: Object.fromEntries(view.facets.map((f) => [f.name, f.values.map((v) => ({ value: v.value, label: v.label, count: v.count }))])),
    nextCursor: view.hits.length > 0 && view.hits.length === view.limit && next < view.total && next < MAX_OFFSET ? next : null,
  });
}
