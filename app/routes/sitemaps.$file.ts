import type { LoaderFunctionArgs } from "@remix-run/node";
import { sitemapUrls } from "~/models/platform/sitemap.server";
import { publicOrigin } from "~/utils/public-origin.server";
import { urlsetXml, xmlResponse } from "~/utils/sitemap.server";
import { notFound } from "~/utils/responses";

// /sitemaps/<kind>-<n>.xml, listed in /sitemap.xml.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const m = /^([a-z]+-\d{1,6})\.xml$/.exec(params.file ?? "");
  const urls = m ? await sitemapUrls(m[1]) : null;
  if (!urls) throw notFound();
  return xmlResponse(urlsetXml(publicOrigin(request), urls));
}
