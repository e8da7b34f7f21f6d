// Issue 14 against the real production server (`node server.mjs`, response
// cache on, no TRUST_PROXY), as the review did it with curl:
// - item 1: X-Forwarded-Host must not change a page, nor poison the cache for
//   the next reader (canonical link, sitemap, feeds, CSV exports);
// - item 6: odd Host values are a 400, never a 500 or links on http://undefined;
// - item 4: a declared body over the limit is refused before it is read;
// - item 11: pages for one person are `Cache-Control: private, no-store`;
// - item 14: `Authorization: Bearer junk` does not buy a render.
// Runs once (PGlite): it is about HTTP handling, not the database engine.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../db/client";
import { signIn, startServer, type RunningServer } from "../reliability/server";

const engine = process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite";
const PORT = 3181;
const B = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-http-"));
let server: RunningServer;

/** A raw HTTP/1.1 exchange, so Host and other headers go out exactly as written. */
function raw(request: string, timeoutMs = 10_000): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(PORT, "127.0.0.1");
    let data = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`));
    }, timeoutMs);
    socket.on("data", (d) => (data += d));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      const [head, ...rest] = data.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), head, body: rest.join("\r\n\r\n") });
    });
    socket.write(request);
  });
}
const rawGet = (pathname: string, headerLines: string[]) => raw([`GET ${pathname} HTTP/1.1`, ...headerLines, "Connection: close", "", ""].join("\r\n"));

beforeAll(async () => {
  if (engine !== "pglite") return;
  const handle = openDatabase({ dataDir: path.join(dataDir, "pglite"), loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
  await handle.pglite!.waitReady;
  await handle.close();
  server = await startServer(PORT, { XS_DATA_DIR: dataDir, SEED_DEMO: "false", RESPONSE_CACHE_MB: "16" });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(engine !== "pglite")("the production server (issue 14)", () => {
  it("item 1: X-Forwarded-Host without TRUST_PROXY changes nothing and poisons nothing", async () => {
    const urls = ["/documents?kind=research_report", "/sitemap.xml", "/sitemaps/documents-1.xml", "/documents/feed.atom", "/exports/documents.csv", "/exports/proposals.csv"];
    for (const url of urls) {
      // Fresh key per run: a query parameter the page ignores.
      const u = `${url}${url.includes("?") ? "&" : "?"}utm_source=poison`;
      const poisoned = await fetch(`${B}${u}`, { headers: { "X-Forwarded-Host": "x:6666" } });
      expect(poisoned.status, url).toBe(200);
      expect(await poisoned.text(), url).not.toContain("6666");
      const plain = await fetch(`${B}${u}`);
      expect(plain.headers.get("x-response-cache"), url).toBe("hit");
      const text = await plain.text();
      expect(text, url).not.toContain("6666");
    }
    const page = await (await fetch(`${B}/documents?kind=research_report`)).text();
    expect(page).toContain(`<link rel="canonical" href="http://127.0.0.1:${PORT}/documents?kind=research_report"`);
  });

  it("item 6: odd Host and X-Forwarded-Host values are a 400 or ignored, never a 500", async () => {
    for (const host of ["a@evil.example", "[::1", "", "a:99999999999", "a:-1", "127.0.0.1:3181/x", "evil example"]) {
      const res = await rawGet("/sitemap.xml", [`Host: ${host}`]);
      expect(res.status, JSON.stringify(host)).toBe(400);
      expect(res.body).not.toContain("undefined");
    }
    for (const fwd of ["a:-1", "a:99999999999", "[::1", "a@evil.example"]) {
      const res = await rawGet("/sitemap.xml", [`Host: 127.0.0.1:${PORT}`, `X-Forwarded-Host: ${fwd}`]);
      expect(res.status, fwd).toBe(200);
      expect(res.body).toContain(`http://127.0.0.1:${PORT}/sitemaps/`);
    }
    const ipv6 = await rawGet("/healthz", ["Host: [::1]:3181"]);
    expect(ipv6.status).toBe(200);
  });

  it("item 4: a declared body over the limit is refused before it is read", async () => {
    const started = Date.now();
    const res = await raw(
      ["POST /login HTTP/1.1", `Host: 127.0.0.1:${PORT}`, "Content-Type: application/x-www-form-urlencoded", `Content-Length: ${50 * 1024 * 1024}`, "Connection: close", "", "username=aaaa"].join("\r\n"),
    );
    expect(res.status).toBe(413);
    expect(res.body.length).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(5000);
    const upload = await raw(
      [`POST /member/proposals/1/attachments HTTP/1.1`, `Host: 127.0.0.1:${PORT}`, "Content-Type: multipart/form-data; boundary=x", `Content-Length: ${72 * 1024 * 1024}`, "Connection: close", "", "--x\r\n"].join("\r\n"),
    );
    expect(upload.status).toBe(413);
  });

  it("item 11: pages for one person are private, no-store", async () => {
    const member = await signIn(B, "member");
    const dept = await signIn(B, "dept-mz");
    const admin = await signIn(B, "admin");
    const cases: [string, string][] = [
      ["/account", member],
      ["/account/sessions", member],
      ["/member", member],
      ["/department", dept],
      ["/admin/tokens", admin],
      ["/notifications", member],
      ["/documents", member],
    ];
    for (const [url, cookie] of cases) {
      const res = await fetch(`${B}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(res.status, url).toBe(200);
      expect(res.headers.get("cache-control"), url).toBe("private, no-store");
    }
    const assignments = await fetch(`${B}/department`, { headers: { Cookie: dept } });
    const link = (await assignments.text()).match(/href="(\/department\/assignments\/\d+)"/)?.[1];
    if (link) expect((await fetch(`${B}${link}`, { headers: { Cookie: dept } })).headers.get("cache-control")).toBe("private, no-store");
    // Anonymous public pages keep being shareable.
    expect((await fetch(`${B}/documents`)).headers.get("cache-control") ?? "").not.toMatch(/no-store/);
  });

  it("item 14: a junk bearer token neither skips the cache on pages nor reaches the API", async () => {
    await fetch(`${B}/documents?page=1&utm=bearer`);
    const page = await fetch(`${B}/documents?page=1&utm=bearer`, { headers: { Authorization: "Bearer junk" } });
    expect(page.headers.get("x-response-cache")).toBe("hit");
    const api = await fetch(`${B}/api/v1/documents`, { headers: { Authorization: "Bearer junk" } });
    expect(api.status).toBe(401);
    expect((await api.json()).error.code).toBe("invalid_token");
  });
});
