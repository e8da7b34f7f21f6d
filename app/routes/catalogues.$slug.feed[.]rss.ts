import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalogueBySlug } from "~/models/catalogues.server";
import { catalogueFeed } from "~/models/catalogue-publishing.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || !catalogue.active) throw new Response("Not Found", { status: 404 });
  const xml = await catalogueFeed({ catalogue, origin: new URL(request.url).origin, format: "rss" });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
