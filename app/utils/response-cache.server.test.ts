import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpDataVersion } from "./data-version.server";
import { pageCache } from "./page-cache.server";
import { ResponseCache, cacheKeyOf, isStorable } from "./response-cache.server";

// A small express app shaped like server.mjs: a nonce per request, then the
// cache, then a "renderer" that counts its calls and prints the nonce twice.
let server: Server;
let base = "";
let renders = 0;
let nextNonce = 0;
let cache: ReturnType<typeof pageCache>["cache"];

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = `nonce${String(++nextNonce).padStart(19, "0")}`;
    next();
  });
  const middleware = pageCache({ maxBytes: 1024 * 1024, checkBearer: async (h) => h === "Bearer good" });
  cache = middleware.cache;
  app.use(middleware);
  app.get("/page", (req, res) => {
    renders++;
    const n = res.locals.cspNonce;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Vary", "Cookie");
    res.write(`<!DOCTYPE html><script nonce="${n}">1</script>`);
    res.end(`<p>${req.get("cookie")?.includes("xs_script=hant") ? "繁體" : "简体"} ${renders}</p><script nonce="${n}">2</script>`);
  });
  app.get("/api/v1/list", (_req, res) => {
    renders++;
    res.json({ data: [renders] });
  });
  app.get("/slow", (_req, res) => {
    renders++;
    const n = res.locals.cspNonce;
    setTimeout(() => res.type("html").end(`<script nonce="${n}"></script>slow`), 150);
  });
  app.get("/with-cookie", (_req, res) => res.setHeader("Set-Cookie", "a=b").end(`set ${++renders}`));
  app.get("/private", (_req, res) => res.setHeader("Cache-Control", "private").end(`private ${++renders}`));
  app.get("/missing", (_req, res) => res.status(404).end(`missing ${++renders}`));
  app.get("/racing", (_req, res) => {
    renders++;
    bumpDataVersion(); // a write commits while this page renders
    res.end("racing");
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { state: res.headers.get("x-response-cache"), body: await res.text(), res };
}

describe("response cache (express middleware)", () => {
  it("misses, then answers from memory without rendering", async () => {
    bumpDataVersion();
    const first = await get("/page");
    const before = renders;
    const second = await get("/page");
    expect(first.state).toBe("miss");
    expect(second.state).toBe("hit");
    expect(renders).toBe(before);
    expect(second.res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.res.headers.get("vary")).toBe("Cookie");
    expect(second.body.replace(/nonce\d+/g, "N")).toBe(first.body.replace(/nonce\d+/g, "N"));
  });

  it("gives every hit its own nonce in place of the stored one", async () => {
    bumpDataVersion();
    const first = await get("/page");
    const second = await get("/page");
    const third = await get("/page");
    const nonces = [first, second, third].map((r) => [...r.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
    for (const list of nonces) {
      expect(list).toHaveLength(2);
      expect(list[0]).toBe(list[1]);
    }
    expect(new Set(nonces.map((l) => l[0])).size).toBe(3);
    expect(second.body).not.toContain(nonces[0][0]);
  });

  it("is invalidated by a data change (a recorded event bumps the version)", async () => {
    await get("/page");
    expect((await get("/page")).state).toBe("hit");
    bumpDataVersion();
    expect((await get("/page")).state).toBe("miss");
  });

  it("never serves or stores for a session cookie, an API token or a POST", async () => {
    bumpDataVersion();
    await get("/page");
    await get("/api/v1/list");
    const before = renders;
    expect((await get("/page", { Cookie: "xs_session=abc" })).state).toBe("bypass");
    expect((await get("/page", { Cookie: "xs_script=hant; xs_session=abc" })).state).toBe("bypass");
    expect((await get("/api/v1/list", { Authorization: "Bearer good" })).state).toBe("bypass");
    const post = await fetch(base + "/page", { method: "POST" });
    expect(post.headers.get("x-response-cache")).toBe("bypass");
    expect(renders).toBe(before + 3);
  });

  // Security review (issue 14, item 14): `Authorization: Bearer junk` on a public GET skipped the
  // cache and rendered, so anyone could make every request cost a render.
  it("does not render again for junk credentials: ignored on pages, a 401 on the API", async () => {
    bumpDataVersion();
    await get("/page");
    await get("/api/v1/list");
    const before = renders;
    expect((await get("/page", { Authorization: "Bearer junk" })).state).toBe("hit");
    expect((await get("/page", { Authorization: "Basic eDp5" })).state).toBe("hit");
    expect((await get("/page", { Cookie: "tracking=1; other=2" })).state).toBe("hit");
    const api = await get("/api/v1/list", { Authorization: "Bearer junk" });
    expect(api.res.status).toBe(401);
    expect(api.res.headers.get("www-authenticate")).toMatch(/invalid_token/);
    expect(JSON.parse(api.body).error.code).toBe("invalid_token");
    expect(renders).toBe(before);
  });

  it("keys pages by the 简/繁 and large-text cookies", async () => {
    bumpDataVersion();
    const hans = await get("/page");
    const hant = await get("/page", { Cookie: "xs_script=hant" });
    expect(hant.state).toBe("miss");
    expect(hant.body).toContain("繁體");
    expect((await get("/page", { Cookie: "xs_script=hant" })).body).toContain("繁體");
    expect((await get("/page", { Cookie: "xs_script=hant" })).state).toBe("hit");
    const again = await get("/page");
    expect(again.state).toBe("hit");
    expect(again.body).toContain("简体");
    expect(again.body.replace(/nonce\d+/g, "N")).toBe(hans.body.replace(/nonce\d+/g, "N"));
    expect((await get("/page", { Cookie: "xs_size=large" })).state).toBe("miss");
    expect((await get("/page", { Cookie: "xs_size=large; xs_script=hans" })).state).toBe("hit");
  });

  it("does not store responses that set cookies, are private, are not 200, or raced a write", async () => {
    for (const path of ["/with-cookie", "/private", "/missing", "/racing"]) {
      await get(path);
      expect((await get(path)).state).toBe("miss");
    }
  });

  it("renders a page once when many readers miss it at the same time", async () => {
    bumpDataVersion();
    const before = renders;
    const all = await Promise.all(Array.from({ length: 6 }, () => get("/slow")));
    expect(renders).toBe(before + 1);
    expect(all.filter((r) => r.state === "miss")).toHaveLength(1);
    const nonces = all.map((r) => /nonce="([^"]+)"/.exec(r.body)![1]);
    expect(new Set(nonces).size).toBe(6);
    expect(new Set(all.map((r) => r.body.replace(/nonce="[^"]+"/, ""))).size).toBe(1);
  });

  it("stays within its byte budget", () => {
    expect(cache.size.bytes).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("ResponseCache", () => {
  const page = (n: number, version = 1) => ({ status: 200, headers: [["content-type", "text/plain"]] as [string, string][], body: Buffer.alloc(n, 97), nonce: null, version });

  it("evicts the least recently used entries to stay under maxBytes", () => {
    const c = new ResponseCache({ maxBytes: 10_000, ttlMs: 60_000, maxEntryShare: 0.5 });
    c.set("a", page(3000));
    c.set("b", page(3000));
    c.set("c", page(3000));
    expect(c.get("a", 1)).toBeDefined(); // a is now the most recent
    c.set("d", page(3000));
    expect(c.size.bytes).toBeLessThanOrEqual(10_000);
    expect(c.get("b", 1)).toBeUndefined();
    expect(c.get("a", 1)).toBeDefined();
    expect(c.get("d", 1)).toBeDefined();
    expect(c.set("huge", page(6000))).toBe(false);
  });

  it("drops entries of another data version and expired ones", () => {
    let now = 0;
    const c = new ResponseCache({ maxBytes: 10_000, ttlMs: 1000, now: () => now });
    c.set("a", page(10, 1));
    expect(c.get("a", 2)).toBeUndefined();
    expect(c.size.entries).toBe(0);
    c.set("b", page(10, 2));
    now = 999;
    expect(c.get("b", 2)).toBeDefined();
    now = 1000;
    expect(c.get("b", 2)).toBeUndefined();
  });

  it("keys only anonymous GETs", () => {
    const url = "http://x/documents?page=2";
    expect(cacheKeyOf({ method: "GET", url })).toBe("hans|normal|http://x/documents?page=2");
    expect(cacheKeyOf({ method: "GET", url, cookie: "xs_script=hant; xs_size=large" })).toBe("hant|large|http://x/documents?page=2");
    expect(cacheKeyOf({ method: "HEAD", url })).toBeNull();
    expect(cacheKeyOf({ method: "GET", url, cookie: "xs_session=1" })).toBeNull();
    expect(cacheKeyOf({ method: "GET", url: "http://x/api/v1/documents", authorization: "Bearer t" })).toBeNull();
    // Pages never read Authorization or cookies other than the session and display settings.
    expect(cacheKeyOf({ method: "GET", url, authorization: "Bearer t" })).toBe("hans|normal|http://x/documents?page=2");
    expect(cacheKeyOf({ method: "GET", url, cookie: "utm=1; xs_script=hant" })).toBe("hant|normal|http://x/documents?page=2");
    // A document read as written (?script=original, decision 016) is another page than
    // the converted one, in each script.
    const doc = "http://x/documents/a";
    const keys = ["", "xs_script=hant"].flatMap((cookie) => [doc, `${doc}?script=original`].map((u) => cacheKeyOf({ method: "GET", url: u, cookie })));
    expect(new Set(keys).size).toBe(4);
  });

  it("stores only shareable responses", () => {
    expect(isStorable(200, { "content-type": "text/html", vary: "Cookie" })).toBe(true);
    expect(isStorable(200, { "cache-control": "public, max-age=30" })).toBe(true);
    expect(isStorable(200, { "cache-control": "no-store" })).toBe(false);
    expect(isStorable(200, { vary: "Accept-Language" })).toBe(false);
    expect(isStorable(302, {})).toBe(false);
    expect(isStorable(200, { "set-cookie": ["a=b"] })).toBe(false);
  });
});
