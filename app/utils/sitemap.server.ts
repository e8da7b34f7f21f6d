// sitemaps.org XML: a sitemap index and url sets, with absolute, escaped addresses.
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/** An absolute URL: the path percent-encoded (Chinese slugs), then XML-escaped. */
const loc = (origin: string, path: string) => `<loc>${xmlEscape(origin + encodeURI(path))}</loc>`;
const lastmod = (d: Date | null) => (d ? `<lastmod>${d.toISOString()}</lastmod>` : "");

export function sitemapIndexXml(origin: string, files: { path: string; lastmod: Date | null }[]) {
  const body = files.map((f) => `<sitemap>${loc(origin, f.path)}${lastmod(f.lastmod)}</sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function urlsetXml(origin: string, urls: { path: string; lastmod: Date | null }[]) {
  const body = urls.map((u) => `<url>${loc(origin, u.path)}${lastmod(u.lastmod)}</url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function xmlResponse(xml: string) {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
