import type { LoaderFunctionArgs } from "@remix-run/node";
import { latestEntries } from "~/models/catalogues/catalogue-entry-queries.server";
import { getCatalogueBySlug } from "~/models/catalogues/catalogues.server";
import { apiFail, apiOk, pageParams } from "~/utils/api.server";

// Published entries of a catalogue (superseded ones too, marked), newest first.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { limit, cursor } = pageParams(new URL(request.url));
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || !catalogue.active) apiFail(404, "not_found", "No catalogue with this slug");
  const { rows, nextCursor } = await latestEntries({ catalogueId: catalogue.id, limit, cursor, includeSuperseded: true });
  return apiOk({
    data: rows.map((e) => ({
      id: e.id,
      title: e.title,
      status: e.status,
      revision: e.revision,
      previousId: e.previousId,
      supersededById: e.supersededById,
      item: { id: e.itemId, title: e.itemTitle },
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      occurredOn: e.occurredOn,
      publishedAt: e.publishedAt?.toISOString() ?? null,
      url: `/catalogues/entries/${e.id}`,
    })),
    nextCursor,
  });
}
