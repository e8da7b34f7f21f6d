import type { LoaderFunctionArgs } from "@remix-run/node";
import { listCatalogues } from "~/models/catalogues/catalogue-status.server";
import { apiOk, pageParams } from "~/utils/api.server";

// Public disclosure catalogues, in id order, with counts and overdue items.
export async function loader({ request }: LoaderFunctionArgs) {
  const { limit, cursor } = pageParams(new URL(request.url));
  const all = (await listCatalogues()).sort((a, b) => a.id - b.id);
  const rest = cursor ? all.filter((c) => c.id > cursor) : all;
  const page = rest.slice(0, limit);
  return apiOk({
    data: page.map((c) => ({
      id: c.id,
      slug: c.slug,
      title: c.title,
      description: c.description,
      owner: c.ownerName,
      items: c.items,
      entries: c.entries,
      overdueItems: c.overdue,
      lastPublishedAt: c.lastPublishedAt?.toISOString() ?? null,
      url: `/catalogues/${c.slug}`,
      feeds: { rss: `/catalogues/${c.slug}/feed.rss`, atom: `/catalogues/${c.slug}/feed.atom` },
      csv: `/catalogues/${c.slug}/export.csv`,
    })),
    nextCursor: rest.length > limit ? page[page.length - 1].id : null,
  });
}
