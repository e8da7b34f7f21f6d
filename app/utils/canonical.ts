// Canonical URLs (规范链接): one address per public page, so search engines and
// people sharing links do not split a page over tracking, display or order
// parameters. Only the parameters that choose what a page shows (its filters,
// the page number, a version) are kept, in a fixed order; everything else
// (utm_*, redirectTo, discarded, the 简/繁 and large-text settings, which are
// cookies anyway) is dropped.

/** Per public path: the query parameters that change the content, in canonical order. */
const CONTENT_PARAMS: [RegExp, string[]][] = [
  [/^\/documents$/, ["kind", "organisation", "year", "department", "page"]],
  [/^\/documents\/[^/]+\/history$/, ["v"]],
  [/^\/proposals$/, ["state", "department", "category", "overdue", "page"]],
  [/^\/departments$/, ["q", "level"]],
  [/^\/studios$/, ["q", "district", "sector", "page"]],
  [/^\/sessions$/, ["when"]],
  [/^\/statistics$/, ["year"]],
  [/^\/participation$/, ["state"]],
  [/^\/participation\/topics\/\d+$/, ["sort", "page"]],
  [/^\/participation\/popular$/, ["kind", "year", "page"]],
  [/^\/search$/, ["q", "kind", "status", "category", "department", "organisation", "year", "page"]],
];

/** Pages for one person or one role: no canonical address, and robots.txt keeps crawlers out. */
export const PRIVATE_PREFIXES = ["/admin", "/staff", "/member", "/department", "/organisation", "/account", "/notifications", "/login", "/logout", "/register", "/settings", "/calendar", "/api"];

export function isPrivatePath(pathname: string) {
  // "/department" is a console, "/departments" the public directory.
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || /^\/studios\/[^/]+\/manage(\/|$)/.test(pathname);
}

/** The canonical absolute URL of a public page, or null for private pages. */
export function canonicalUrl(origin: string, pathname: string, search: string): string | null {
  if (isPrivatePath(pathname)) return null;
  // One address per path: no trailing slash (except the home page).
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const keep = CONTENT_PARAMS.find(([re]) => re.test(path))?.[1] ?? [];
  const given = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const name of keep) {
    const value = given.get(name)?.trim();
    // page=1 is the page without a number.
    if (!value || (name === "page" && value === "1")) continue;
    out.set(name, value);
  }
  const query = out.toString();
  return `${origin}${path}${query ? `?${query}` : ""}`;
}
