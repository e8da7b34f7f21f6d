import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapFiles } from "~/models/platform/sitemap.server";
import { publicOrigin } from "~/utils/public-origin.server";
import { sitemapIndexXml, xmlResponse } from "~/utils/sitemap.server";

// The sitemap index: one file per kind of public page and 50,000 addresses.
export async function loader({ request }: LoaderFunctionArgs) {
  const files = await sitemapFiles();
  return xmlResponse(sitemapIndexXml(publicOrigin(request), files.map((f) => ({ path: `/sitemaps/${f.name}.xml`, lastmod: f.lastmod }))));
}
