import { Form, useLocation } from "@remix-run/react";

/** The search box in the site header: a plain GET form to /search, so it works without JavaScript. */
export function SiteSearch() {
  const location = useLocation();
  const current = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  return (
    <Form method="get" action="/search" role="search" className="site-search" aria-label="全站搜索">
      <label htmlFor="site-search-q" className="visually-hidden">
        全站搜索
      </label>
      <input
        key={current}
        id="site-search-q"
        type="search"
        name="q"
        defaultValue={current}
        placeholder="搜索报告、提案和建议"
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="primary">
        搜索
      </button>
    </Form>
  );
}
