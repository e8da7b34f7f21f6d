// OpenAPI: the open-data files beside the JSON API — exports of every public
// list, feeds and the sitemap. Not JSON, so described by media type.
const text = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: "string" } } } });
const missing = { "404": { description: "Unknown list, catalogue, item or file" } };
const feedFilters = [
  { name: "kind", in: "query", schema: { $ref: "#/components/schemas/DocumentKind" } },
  { name: "organisation", in: "query", schema: { type: "integer" } },
  { name: "year", in: "query", schema: { type: "integer" } },
  { name: "department", in: "query", schema: { type: "integer" } },
];
const feeds = (path: string, summary: string, parameters: object[] = []) => ({
  [`${path}/feed.atom`]: { get: { tags: ["开放数据"], summary: `${summary} (Atom)`, parameters, responses: { "200": text("application/atom+xml", "Atom 1.0 feed") } } },
  [`${path}/feed.rss`]: { get: { tags: ["开放数据"], summary: `${summary} (RSS 2.0)`, parameters, responses: { "200": text("application/rss+xml", "RSS 2.0 feed") } } },
});

export const openDataPaths = {
  "/exports/{file}": {
    get: {
      tags: ["开放数据"],
      summary: "A public list as CSV or XLSX, with the same filters as its page (all pages, at most 10,000 rows)",
      description:
        "Lists: documents (kind, organisation, year, department), proposals (state, department, category, overdue), departments (q, level), " +
        "department-recommendations (department), organisations, studios (q, district, sector), sessions (when), catalogues, " +
        "catalogue-items (catalogue), catalogue-entries (catalogue, item), statistics-categories|overdue|organisations|trend|adoption-departments|adoption-documents (year). " +
        "CSV is UTF-8 with a BOM and RFC 4180 quoting; cells starting with = + - @ are defused.",
      parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", pattern: "^[a-z-]+\\.(csv|xlsx)$" } }],
      responses: {
        "200": {
          description: "The file",
          headers: {
            "X-Total-Count": { schema: { type: "integer" }, description: "Rows in the list" },
            "X-Export-Truncated": { schema: { type: "string" }, description: "written/total, when the list was longer than the cap" },
          },
          content: {
            "text/csv": { schema: { type: "string" } },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
          },
        },
        ...missing,
      },
    },
  },
  ...feeds("/documents", "New published documents", feedFilters),
  ...feeds("/replies", "Published proposal replies (after staff review)"),
  ...feeds("/catalogues", "New disclosure entries of every catalogue"),
  ...feeds("/catalogues/{slug}", "New disclosure entries of one catalogue", [{ name: "slug", in: "path", required: true, schema: { type: "string" } }]),
  "/sitemap.xml": { get: { tags: ["开放数据"], summary: "Sitemap index of every public page", responses: { "200": text("application/xml", "sitemapindex") } } },
  "/sitemaps/{file}": {
    get: {
      tags: ["开放数据"],
      summary: "One sitemap file (at most 50,000 addresses)",
      parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", pattern: "^[a-z]+-\\d+\\.xml$" } }],
      responses: { "200": text("application/xml", "urlset"), ...missing },
    },
  },
};
