import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The postinstall patch (patches/route-matching.mjs): route matching once per build on the server.
const require = createRequire(import.meta.url);
const MARK = "/* xieshang: route matching once per build */";

describe("route matching patch", () => {
  it("is applied to every server-side file it names", () => {
    for (const file of ["@remix-run/router/dist/router.cjs.js", "@remix-run/react/dist/server.js", "react-router-dom/server.js"]) {
      expect(readFileSync(require.resolve(file), "utf8"), file).toContain(MARK);
    }
  });

  it("ranks a routes array once and still matches like React Router", () => {
    const { matchRoutes, matchPath } = require("@remix-run/router") as typeof import("@remix-run/router");
    const routes = [{ id: "a", path: "/a/:x" }, { id: "b", path: "/b", children: [{ id: "c", index: true }] }, { id: "splat", path: "*" }];
    expect(matchRoutes(routes, "/a/1")?.map((m) => [m.route.id, m.params.x])).toEqual([["a", "1"]]);
    expect(matchRoutes(routes, "/b")?.map((m) => m.route.id)).toEqual(["b", "c"]);
    expect(matchRoutes(routes, "/elsewhere")?.map((m) => m.params["*"])).toEqual(["elsewhere"]);
    // The ranked branches belong to the array: a route added to it later is not seen (server route
    // arrays never change after a build; the browser bundle is not patched).
    routes.unshift({ id: "later", path: "/a/1" });
    expect(matchRoutes(routes, "/a/1")?.[0].route.id).toBe("a");
    expect(matchRoutes([...routes], "/a/1")?.[0].route.id).toBe("later");
    expect(matchPath("/x/:id", "/x/5")?.params).toEqual({ id: "5" });
    expect(matchPath({ path: "/x", end: false }, "/x/5")?.pathnameBase).toBe("/x");
    expect(matchPath({ path: "/X", caseSensitive: true }, "/x")).toBeNull();
    expect(matchPath({ path: "/X" }, "/x")).not.toBeNull();
  });

  it("memoises the matches of a path, handing each caller its own copy", () => {
    const { matchRoutes } = require("@remix-run/router") as typeof import("@remix-run/router");
    expect(readFileSync(require.resolve("@remix-run/router/dist/router.cjs.js"), "utf8")).toContain("/* xieshang: matches memoised per path */");
    const routes = [{ id: "a", path: "/a/:x" }, { id: "splat", path: "*" }];
    const first = matchRoutes(routes, "/a/1")!;
    (first[0].params as Record<string, string>).x = "changed";
    first.push(first[0]);
    const again = matchRoutes(routes, "/a/1")!;
    expect(again.map((m) => [m.route.id, m.params.x])).toEqual([["a", "1"]]);
    expect(again[0]).not.toBe(first[0]);
    expect(matchRoutes(routes, "/a/2")?.[0].params.x).toBe("2");
    // The basename is stripped before the memo: the same stripped path, the same matches.
    expect(matchRoutes(routes, "/base/a/3", "/base")?.map((m) => [m.pathname, m.params.x])).toEqual([["/a/3", "3"]]);
    expect(matchRoutes(routes, "/other/a/3", "/base")).toBeNull();
    // More distinct paths than the memo holds: still right.
    for (let i = 0; i < 2100; i++) expect(matchRoutes(routes, `/a/${i}`)?.[0].params.x).toBe(String(i));
  });
});
