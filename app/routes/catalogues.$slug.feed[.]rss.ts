import type { LoaderFunctionArgs } from "@remix-run/node";
import { getCatalogueBySlug } from "~/models/catalogues/catalogues.server";
import { catalogueFeed } from "~/models/catalogues/catalogue-publishing.server";
import { feedResponse } from "~/utils/feed.server";
import { publicOrigin } from "~/utils/public-origin.server";
import { notFound } from "~/utils/responses";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || !catalogue.active) throw notFound();
  const xml = await catalogueFeed({ catalogue, origin: publicOrigin(request), format: "rss" });
  return feedResponse(xml, "rss");
}
