import type { LoaderFunctionArgs } from "@remix-run/node";
import { PRIVATE_PREFIXES } from "~/utils/canonical";
import { publicOrigin } from "~/utils/public-origin.server";

// Crawlers: everything public, not the consoles and accounts; the sitemap by absolute URL.
export function loader({ request }: LoaderFunctionArgs) {
  const lines = ["User-agent: *", ...PRIVATE_PREFIXES.map((p) => `Disallow: ${p}/`), "Disallow: /studios/*/manage", "Disallow: /exports/", "Allow: /", "", `Sitemap: ${publicOrigin(request)}/sitemap.xml`, ""];
  return new Response(lines.join("\n"), { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
