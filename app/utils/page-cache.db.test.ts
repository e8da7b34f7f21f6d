import type { Server } from "node:http";
import express from "express";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { events, organisations } from "../../db/schema";
import { createOrganisation } from "../models/directory/organisations.server";
import { eventsFingerprint, recentEventStubs, recordEvent } from "../models/platform/events.server";
import { stopWatchingDataVersion } from "./data-version.server";
import { pageCache } from "./page-cache.server";
import { NAME_TOKEN } from "./shared-pages.server";
import { createSession } from "../auth/session.server";
import { PRIVATE_NO_STORE, carriesCredentials } from "./cache-control.server";
import { createUser } from "../models/directory/users.server";
import { DEMO_PASSWORD } from "../../db/seed";
import { users } from "../../db/schema";
import { eq } from "drizzle-orm";

// The cache in front of a page that reads the database, invalidated by a
// write through a domain function (in this process), and by an event written
// behind its back (as another app server or a CLI import would).
let server: Server;
let base = "";

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = "n";
    next();
  });
  app.use(pageCache({ maxBytes: 1024 * 1024, watch: { fingerprint: () => eventsFingerprint(), recent: () => recentEventStubs() }, watchIntervalMs: 100 }));
  app.get("/organisations", async (_req, res) => {
    const rows = await db.select({ name: organisations.name }).from(organisations).orderBy(asc(organisations.id));
    res.type("html").end(rows.map((r) => r.name).join("\n"));
  });
  // A public page as the root loader renders it for a signed-in reader: their name in the
  // header and in the hydration data, or the placeholder when shared.
  app.get("/documents/d", (req, res) => {
    const name = res.locals.sharedRender ? NAME_TOKEN : "<rendered for one reader>";
    // As the app does for any request with a session (entry.server.tsx).
    if (carriesCredentials(new Request(`http://x${req.url}`, { headers: { cookie: req.get("cookie") ?? "" } }))) res.setHeader("Cache-Control", PRIVATE_NO_STORE);
    res.type("html").end(`<header>${name}</header><main>${"<p>文件</p>".repeat(300)}</main><script nonce="n">window.ctx = {"user":{"displayName":"${name}"}}</script>`);
  });
  app.get("/studios/j", (_req, res) => {
    res.json({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `活动 ${i}` })) });
  });
  app.get("/studios/s", (_req, res) => {
    res.type("html").end(`<p>studio page</p><script nonce="n">x()</script>${"<p>活动</p>".repeat(500)}`);
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  stopWatchingDataVersion();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function get(path = "/organisations") {
  const res = await fetch(`${base}${path}`);
  return { state: res.headers.get("x-response-cache"), body: await res.text() };
}

async function settle(ms: number) {
  await new Promise((r) => setTimeout(r, ms));
}

describe("response cache on the database", () => {
  it("serves the page again until a domain function changes the data", async () => {
    await settle(250); // the watcher's first fingerprint
    await get();
    expect((await get()).state).toBe("hit");
    await createOrganisation({ slug: "cache-test", name: "缓存测试学会", shortName: null, aliases: [], kind: "sector", description: "" }, null);
    const after = await get();
    expect(after.state).toBe("miss");
    expect(after.body).toContain("缓存测试学会");
  });

  it("notices an event committed by another process within the polling interval", async () => {
    // The watcher also sees the previous test's event (one harmless extra
    // invalidation); let it catch up before caching the page.
    await settle(400);
    await get();
    expect((await get()).state).toBe("hit");
    // Not through recordEvent: this process's version is not bumped, only the table changes.
    await db.insert(events).values({ actorId: null, subjectType: "test", subjectId: "1", action: "test.elsewhere" });
    await settle(400);
    expect((await get()).state).toBe("miss");
    expect((await get()).state).toBe("hit");
  });

  // PGlite runs one statement at a time, so a page cannot be read beside an open transaction there.
  it.skipIf(process.env.TEST_DB_ENGINE === "pglite")("never keeps a page rendered while a write was not yet committed", async () => {
    await settle(400);
    await get();
    expect((await get()).state).toBe("hit");
    await db.transaction(async (t) => {
      await t.insert(organisations).values({ slug: "cache-race", name: "未提交学会", kind: "sector" });
      await recordEvent(t, { actorId: null, subjectType: "organisation", subjectId: "cache-race", action: "organisation.created" });
      const during = await get();
      expect(during.state).toBe("miss");
      expect(during.body).not.toContain("未提交学会");
    });
    const after = await get();
    expect(after.state).toBe("miss");
    expect(after.body).toContain("未提交学会");
  });

  it("keeps pages an event does not touch: a sign-up elsewhere leaves the organisations, not the studios", async () => {
    await settle(400);
    for (const path of ["/organisations", "/studios/s"]) {
      await get(path);
      expect((await get(path)).state).toBe("hit");
    }
    // Another process records a sign-up: only the studio pages read sign-ups.
    await db.insert(events).values({ actorId: null, subjectType: "studio_session", subjectId: "1", action: "signup.confirmed" });
    await settle(400);
    expect((await get("/organisations")).state).toBe("hit");
    expect((await get("/studios/s")).state).toBe("miss");
    // In this process, through recordEvent: the same.
    await recordEvent(db, { actorId: null, subjectType: "studio_session", subjectId: "1", action: "signup.cancelled" });
    expect((await get("/organisations")).state).toBe("hit");
    expect((await get("/studios/s")).state).toBe("miss");
  });

  it("sends hits gzipped (with this response's nonce) or brotli-compressed, as the client accepts", async () => {
    await settle(400); // the watcher catches up with the previous test's events
    const plain = await (await fetch(`${base}/studios/s`)).text();
    for (const encoding of ["gzip", "gzip, deflate, br"]) {
      // fetch decompresses by itself; ask with undici's raw headers and check what came back.
      const res = await fetch(`${base}/studios/s`, { headers: { "Accept-Encoding": encoding } });
      expect(res.headers.get("x-response-cache")).toBe("hit");
      // A page with a nonce cannot be spliced into brotli: gzip is sent instead.
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("vary")).toMatch(/Accept-Encoding/i);
      expect(await res.text()).toBe(plain);
    }
    // Without a nonce (JSON, feeds), brotli is made once and sent to clients that take it.
    const json = await (await fetch(`${base}/studios/j`)).text();
    const br = await fetch(`${base}/studios/j`, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(br.headers.get("x-response-cache")).toBe("hit");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(await br.text()).toBe(json);
  });

  it("shares a public page among signed-in readers with the same roles, each with their own name", async () => {
    const sessionOf = async (username: string) => {
      const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
      return (await createSession(new Request("http://localhost/"), u.id)).split(";")[0];
    };
    const other = await createUser({ username: "cache-reader", displayName: `张"<b>三</b>"&委员`, password: DEMO_PASSWORD, roles: ["member"] }, null);
    const [member, member2, reader, staff] = await Promise.all([sessionOf("member"), sessionOf("member2"), sessionOf(other.username), sessionOf("staff")]);
    await settle(400);
    const as = async (cookie: string, encoding = "identity") => {
      const res = await fetch(`${base}/documents/d`, { headers: { Cookie: cookie, "Accept-Encoding": encoding } });
      return { state: res.headers.get("x-response-cache"), encoding: res.headers.get("content-encoding"), cacheControl: res.headers.get("cache-control"), body: await res.text() };
    };
    const first = await as(member);
    expect(first.state).toBe("miss");
    expect(first.body).toContain("<header>王立新委员</header>");
    expect(first.body).not.toContain(NAME_TOKEN);
    const second = await as(member2, "gzip, br");
    expect(second).toMatchObject({ state: "hit", encoding: "gzip", cacheControl: PRIVATE_NO_STORE });
    expect(second.body).toContain("<header>陈思远委员</header>");
    expect(second.body).toContain(`{"displayName":"陈思远委员"}`);
    // Escaped for where it stands: HTML text, and a JSON string inside a script.
    const third = await as(reader);
    expect(third.state).toBe("hit");
    expect(third.body).toContain("<header>张&quot;&lt;b&gt;三&lt;/b&gt;&quot;&amp;委员</header>");
    expect(third.body).toContain(String.raw`{"displayName":"张\"\u003cb\u003e三\u003c/b\u003e\"\u0026委员"}`);
    // Other roles, another copy; a forged session is not a reader (the app answers it).
    expect((await as(staff)).state).toBe("miss");
    expect((await as("xs_session=forged")).state).toBe("bypass");
    // Anonymous readers never get a signed-in copy.
    const anonymous = await fetch(`${base}/documents/d`);
    expect(anonymous.headers.get("x-response-cache")).toBe("miss");
    expect(await anonymous.text()).toContain("<header><rendered for one reader></header>");
  });
});
