import type { LoaderFunctionArgs } from "@remix-run/node";
import { listRecommendationsAfter } from "~/models/documents/recommendation-queries.server";
import { anchorOf } from "~/models/documents/anchors";
import { apiOk, intParam, pageParams, textParam } from "~/utils/api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const { rows, nextCursor } = await listRecommendationsAfter(
    {
      departmentId: intParam(url.searchParams.get("department"), "department"),
      documentSlug: textParam(url.searchParams.get("document")),
    },
    cursor,
    limit,
  );
  return apiOk({
    data: rows.map((r) => ({
      id: r.id,
      marker: r.marker,
      title: r.title,
      text: r.text,
      document: { slug: r.docSlug, title: r.docTitle, year: r.year },
      departments: r.mentions.map((m) => ({ id: m.departmentId, name: m.departmentName, role: m.role, confirmed: m.confirmed })),
      url: `/recommendations/${r.id}`,
      anchorUrl: `/documents/${r.docSlug}#${anchorOf(r.path)}`,
    })),
    nextCursor,
  });
}
