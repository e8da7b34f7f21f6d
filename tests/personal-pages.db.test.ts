// Signed-in readers of a proposal's or a recommendation's page are served from
// the response cache, one copy per set of roles and the few facts the page
// shows about its reader (关注, 附议, their own proposal: reader-facts.server.ts).
// The pages here are the real root and page loaders behind the real cache: each
// answer from memory must be exactly what a fresh render for that reader gives,
// so a loader that starts reading something else about the user fails here.
import type { Server } from "node:http";
import path from "node:path";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { recommendations } from "../db/documents.schema";
import { proposals } from "../db/loop.schema";
import { createSession } from "../app/auth/session.server";
import { setFollowing } from "../app/models/loop/proposal-queries.server";
import { addSupport } from "../app/models/participation/supports.server";
import { createUser } from "../app/models/directory/users.server";
import { DEMO_PASSWORD } from "../db/seed";
import { eventsFingerprint, recentEventStubs } from "../app/models/platform/events.server";
import { stopWatchingDataVersion } from "../app/utils/data-version.server";
import { PRIVATE_NO_STORE } from "../app/utils/cache-control.server";
import { pageCache } from "../app/utils/page-cache.server";
import { makeLoopFixtures, userNamed } from "./fuzz/fixtures";

type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;
const APP = path.resolve(import.meta.dirname, "../app");
const NONCE = "Zq8w3RkPp0v7";
let server: Server;
let base = "";
const ids = { caseNo: "", proposalId: 0, recommendation: 0 };

async function loaderOf(file: string) {
  return ((await import(/* @vite-ignore */ path.join(APP, file))) as { loader: Loader }).loader;
}

beforeAll(async () => {
  await makeLoopFixtures();
  const [p] = await db.select({ id: proposals.id, caseNo: proposals.caseNo, documentId: proposals.documentId }).from(proposals).where(and(eq(proposals.title, "模糊测试已答复"), isNotNull(proposals.caseNo)));
  const [r] = await db.select({ id: recommendations.id }).from(recommendations).where(and(eq(recommendations.documentId, p.documentId!), eq(recommendations.isLeaf, true))).orderBy(asc(recommendations.id)).limit(1);
  Object.assign(ids, { caseNo: p.caseNo!, proposalId: p.id, recommendation: r.id });

  const [root, proposal, recommendation] = await Promise.all([loaderOf("root.tsx"), loaderOf("routes/proposals.$caseNo.tsx"), loaderOf("routes/recommendations.$recommendationId.tsx")]);
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = NONCE;
    next();
  });
  app.use(pageCache({ maxBytes: 4 * 1024 * 1024, watch: { fingerprint: () => eventsFingerprint(), recent: () => recentEventStubs() }, watchIntervalMs: 100 }));
  // The page as Remix builds it: root and page loader data, in the hydration script.
  const page = (load: Loader, params: (req: express.Request) => Record<string, string>) => async (req: express.Request, res: express.Response) => {
    const request = new Request(`http://localhost${req.originalUrl}`, { headers: { cookie: req.get("cookie") ?? "" } });
    const context = { ip: "127.0.0.1", cspNonce: NONCE, sharedRender: res.locals.sharedRender === true };
    const [r, l] = (await Promise.all([root({ request, params: {}, context }), load({ request, params: params(req), context })])) as Response[];
    res.setHeader("Cache-Control", PRIVATE_NO_STORE);
    res.type("html").end(`<main>page</main><script nonce="${NONCE}">window.data = ${JSON.stringify({ root: await r.json(), page: await l.json() })}</script>`);
  };
  app.get("/proposals/:caseNo", page(proposal, (req) => ({ caseNo: req.params.caseNo })));
  app.get("/recommendations/:id", page(recommendation, (req) => ({ recommendationId: req.params.id })));
  await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", () => resolve())));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  stopWatchingDataVersion();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const sessionOf = async (id: string) => (await createSession(new Request("http://localhost/"), id)).split(";")[0];

/** The page for this reader: from the cache, and rendered afresh (an Authorization header makes the cache step aside). */
async function read(url: string, cookie: string) {
  const cached = await fetch(`${base}${url}`, { headers: { Cookie: cookie } });
  const fresh = await fetch(`${base}${url}`, { headers: { Cookie: cookie, Authorization: "Basic eDp5" } });
  expect(fresh.headers.get("x-response-cache")).toBe("bypass");
  return { state: cached.headers.get("x-response-cache"), body: await cached.text(), fresh: await fresh.text() };
}

describe("public pages that show a few facts about their signed-in reader", () => {
  it("a proposal: one copy per roles, 关注, 附议 and authorship, each the reader's own page", async () => {
    const author = await userNamed("member");
    const [a, b] = await Promise.all(
      ["甲", "乙"].map((n, i) => createUser({ username: `facts-reader-${i}`, displayName: `读者${n}`, password: DEMO_PASSWORD, roles: ["member"] }, null)),
    );
    const [authorCookie, aCookie, bCookie] = await Promise.all([sessionOf(author.id), sessionOf(a.id), sessionOf(b.id)]);
    await new Promise((r) => setTimeout(r, 300));
    const url = `/proposals/${ids.caseNo}`;

    const first = await read(url, aCookie);
    expect(first.state).toBe("miss");
    expect(first.body).toBe(first.fresh);
    expect(first.body).toContain(`"displayName":"读者甲"`);
    expect(first.body).toContain(`"following":false`);
    // Same roles and facts: the same copy, with this reader's name.
    const second = await read(url, bCookie);
    expect(second.state).toBe("hit");
    expect(second.body).toBe(second.fresh);
    expect(second.body).toContain(`"displayName":"读者乙"`);

    // 关注 changes what this reader sees, and only for them.
    await setFollowing(b.id, ids.proposalId, true);
    const following = await read(url, bCookie);
    expect(following.state).toBe("miss");
    expect(following.body).toBe(following.fresh);
    expect(following.body).toContain(`"following":true`);
    expect((await read(url, aCookie)).state).toBe("hit");

    // The author gets no 附议 button on their own proposal: a copy of their own.
    const own = await read(url, authorCookie);
    expect(own.state).toBe("miss");
    expect(own.body).toBe(own.fresh);
    expect(own.body).toContain(`"allowed":false`);

    // 附议 by one reader: an event, so every copy is rendered again with the new count.
    await addSupport(a, "proposal", ids.proposalId);
    await new Promise((r) => setTimeout(r, 300));
    const supported = await read(url, aCookie);
    expect(supported.state).toBe("miss");
    expect(supported.body).toBe(supported.fresh);
    expect(supported.body).toContain(`"supported":true`);
    const other = await read(url, bCookie);
    expect(other.body).toBe(other.fresh);
    expect(other.body).toContain(`"supported":false`);
  });

  it("a recommendation: one copy per roles and 附议", async () => {
    const [a, b] = await Promise.all(
      ["丙", "丁"].map((n, i) => createUser({ username: `facts-rec-${i}`, displayName: `读者${n}`, password: DEMO_PASSWORD, roles: ["member"] }, null)),
    );
    const [aCookie, bCookie] = await Promise.all([sessionOf(a.id), sessionOf(b.id)]);
    await addSupport(a, "recommendation", ids.recommendation);
    await new Promise((r) => setTimeout(r, 300));
    const url = `/recommendations/${ids.recommendation}`;
    const supporter = await read(url, aCookie);
    expect(supporter.body).toBe(supporter.fresh);
    expect(supporter.body).toContain(`"supported":true`);
    const reader = await read(url, bCookie);
    expect(reader.state).toBe("miss");
    expect(reader.body).toBe(reader.fresh);
    expect(reader.body).toContain(`"supported":false`);
    expect((await read(url, bCookie)).state).toBe("hit");
  });
});
