// The database "restarts" in the middle of a write load: the production
// server talks to PostgreSQL through a proxy that drops every connection and
// refuses new ones for two seconds, and the app's backends are terminated.
// Every write that got a success answer must be in the database afterwards;
// the writes that failed must fail quickly with an error page; and the site
// must recover by itself (healthz 200, new writes succeed) without a restart.
// PostgreSQL only: PGlite runs inside the app's process, there is no server
// to restart.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../db-global-setup";
import { createScratchDatabase, dropScratchDatabase, getStatus, signIn, startServer, type RunningServer } from "./server";
import { TcpProxy } from "./tcp-proxy";

const onPostgres = process.env.TEST_DB_ENGINE === "postgres";
const PORT = 3412;
const BASE = `http://127.0.0.1:${PORT}`;
const TOTAL = 240;
const WORKERS = 6;
const OUTAGE_AFTER = 60;
const OUTAGE_MS = 2000;

const dbName = `xs_restart_${randomBytes(4).toString("hex")}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-restart-"));
let admin: postgres.Sql;
let proxy: TcpProxy;
let server: RunningServer;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Outcome {
  title: string;
  status: number;
  location: string | null;
  body: string;
  startedAt: number;
  ms: number;
  error?: string;
}

/** One write: a new proposal draft with a unique title (a transaction with its event). */
async function saveDraft(cookie: string, title: string): Promise<Outcome> {
  const started = Date.now();
  try {
    const res = await fetch(`${BASE}/member/proposals/new`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ title, suggestions: "## 一、建议\n\n由市民政局牵头，完善社区养老服务。", textFormat: "markdown", contactPhone: "0871-63100000", publicConsent: "yes", intent: "save" }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await res.text();
    return { title, status: res.status, location: res.headers.get("location"), body, startedAt: started, ms: Date.now() - started };
  } catch (error) {
    return { title, status: 0, location: null, body: "", startedAt: started, ms: Date.now() - started, error: String(error) };
  }
}

const succeeded = (o: Outcome) => o.status === 302 && /^\/member\/proposals\/\d+\?saved=1$/.test(o.location ?? "");

beforeAll(async () => {
  if (!onPostgres) return;
  admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const url = new URL(await createScratchDatabase(dbName));
  const target = new URL(process.env.TEST_DATABASE_URL!);
  proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const proxyPort = await proxy.up();
  url.port = String(proxyPort);
  server = await startServer(PORT, { DATABASE_URL: url.toString(), XS_DATA_DIR: dataDir, SEED_DEMO: "false" });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await proxy?.down();
  if (admin) {
    await dropScratchDatabase(dbName);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!onPostgres)("the database restarts during a write load (PostgreSQL only; PGlite is embedded, nothing to restart)", () => {
  it("loses no acknowledged write, fails the others quickly, and recovers without a restart", async () => {
    const cookie = await signIn(BASE, "member");
    const run = randomBytes(3).toString("hex");
    const outcomes: Outcome[] = [];
    let nextIndex = 0;
    let outage: Promise<void> | null = null;
    let terminated = 0;
    let outageEnded = 0;

    const startOutage = async () => {
      // As a restart does: the app's backends are terminated (FATAL 57P01 to the app), then
      // the server is gone — every connection dropped, new ones refused — for two seconds.
      const rows = await admin`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`;
      terminated = rows.filter((r) => r.ok).length;
      await proxy.down();
      await sleep(OUTAGE_MS);
      await proxy.up();
      outageEnded = Date.now();
    };

    const worker = async () => {
      while (nextIndex < TOTAL) {
        const i = nextIndex++;
        outcomes.push(await saveDraft(cookie, `负载测试-${run}-${i}`));
        if (outcomes.length === OUTAGE_AFTER) outage = startOutage();
        // About 40 writes a second in all: the load spans the outage.
        await sleep(120);
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await outage;

    // The site recovered by itself: writes started after the database came back succeeded
    // within a few seconds, and it still answers healthz and new writes, without a restart.
    const firstAfter = outcomes.filter((o) => o.startedAt >= outageEnded && succeeded(o)).map((o) => o.startedAt + o.ms);
    const recoveredAfter = Math.min(...firstAfter) - outageEnded;
    expect(recoveredAfter).toBeLessThan(5_000);
    expect(server.child.exitCode).toBeNull();
    expect(await getStatus(PORT, "/healthz")).toBe(200);
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => saveDraft(cookie, `负载测试-${run}-after-${i}`)));
    expect(after.filter((o) => !succeeded(o)).map((o) => `${o.status} ${o.error ?? o.body.slice(0, 200)}`)).toEqual([]);

    const ok = [...outcomes, ...after].filter(succeeded);
    const failed = outcomes.filter((o) => !succeeded(o));
    console.log(
      `db restart: ${outcomes.length} writes, ${ok.length - after.length} acknowledged, ${failed.length} failed during the outage ` +
        `(statuses ${[...new Set(failed.map((o) => o.status))].join(",")}), ${terminated} backends terminated, ` +
        `first write acknowledged ${recoveredAfter} ms after the database came back, slowest answer ${Math.max(...outcomes.map((o) => o.ms))} ms`,
    );
    // The outage really hit the load, and the load went on after it.
    expect(failed.length).toBeGreaterThan(0);
    expect(outcomes.slice(-20).every(succeeded)).toBe(true);

    // Every failure was an answer, not a hang or a dropped connection: the 500 page in Chinese.
    for (const o of failed) {
      expect(o.error, o.title).toBeUndefined();
      expect([500, 503], o.title).toContain(o.status);
      expect(o.body, o.title).toContain("服务器出错了");
      expect(o.ms, o.title).toBeLessThan(10_000);
    }

    // No acknowledged write was lost: each redirect names a stored proposal with that title.
    const check = postgres(withDatabase(process.env.TEST_DATABASE_URL!, dbName), { max: 1, onnotice: () => {} });
    try {
      const rows = await check<{ id: number; title: string }[]>`select id, title from proposals where title like ${`负载测试-${run}-%`}`;
      const byId = new Map(rows.map((r) => [r.id, r.title]));
      const lost = ok.filter((o) => byId.get(Number(o.location!.match(/\d+/)![0])) !== o.title);
      expect(lost.map((o) => o.title)).toEqual([]);
      expect(rows.length).toBeGreaterThanOrEqual(ok.length);
    } finally {
      await check.end();
    }
  }, 60_000);
});
