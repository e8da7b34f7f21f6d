import type { Server } from "node:http";
import express from "express";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { events, organisations } from "../../db/schema";
import { createOrganisation } from "../models/directory/organisations.server";
import { eventsFingerprint, recordEvent } from "../models/platform/events.server";
import { stopWatchingDataVersion } from "./data-version.server";
import { pageCache } from "./page-cache.server";

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
  app.use(pageCache({ maxBytes: 1024 * 1024, watch: () => eventsFingerprint(), watchIntervalMs: 100 }));
  app.get("/organisations", async (_req, res) => {
    const rows = await db.select({ name: organisations.name }).from(organisations).orderBy(asc(organisations.id));
    res.type("html").end(rows.map((r) => r.name).join("\n"));
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

async function get() {
  const res = await fetch(`${base}/organisations`);
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
});
