import type { LoaderFunctionArgs } from "@remix-run/node";
import { catalogueFeed } from "~/models/catalogue-publishing.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const xml = await catalogueFeed({ catalogue: null, origin: new URL(request.url).origin, format: "rss" });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
