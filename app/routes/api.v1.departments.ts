import type { LoaderFunctionArgs } from "@remix-run/node";
import { listDepartments } from "~/models/directory/departments.server";
import { apiOk, pageParams, textParam } from "~/utils/api.server";

// The directory is small (hundreds of rows): cursor pagination over ids.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const q = textParam(url.searchParams.get("q"));
  const all = (await listDepartments({ query: q })).sort((a, b) => a.id - b.id);
  const rest = cursor ? all.filter((d) => d.id > cursor) : all;
  const page = rest.slice(0, limit);
  return apiOk({
    data: page.map((d) => ({
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      aliases: d.aliases,
      level: d.level,
      kind: d.kind,
      parentId: d.parentId,
      url: `/departments/${d.id}`,
    })),
    nextCursor: rest.length > limit ? page[page.length - 1].id : null,
  });
}
