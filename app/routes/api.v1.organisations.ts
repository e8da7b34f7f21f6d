import type { LoaderFunctionArgs } from "@remix-run/node";
import { listOrganisations } from "~/models/directory/organisations.server";
import { apiOk, pageParams } from "~/utils/api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { limit, cursor } = pageParams(new URL(request.url));
  const all = (await listOrganisations()).sort((a, b) => a.id - b.id);
  const rest = cursor ? all.filter((o) => o.id > cursor) : all;
  const page = rest.slice(0, limit);
  return apiOk({
    data: page.map((o) => ({ id: o.id, slug: o.slug, name: o.name, shortName: o.shortName, aliases: o.aliases, kind: o.kind, url: `/organisations/${o.slug}` })),
    nextCursor: rest.length > limit ? page[page.length - 1].id : null,
  });
}
