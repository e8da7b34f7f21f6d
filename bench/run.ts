// `npm run bench`: pages under load on a large data set, and every figure of
// issue 16 against its goal, written into docs/performance.md.
//
// 1. Builds the app (`npm run build`: remix build, then the precompressed assets).
// 2. Prepares the data set on PGlite (.data/bench-<recs>-<proposals>/pglite) and, when
//    BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL is set, on that PostgreSQL
//    server (database xs_bench_<recs>_<proposals>; the role needs CREATEDB): the normal
//    seed plus 100,000 recommendations and 10,000 proposals with full histories
//    (bench/seed.ts). Both are kept and reused by later runs (BENCH_RESEED=1 rebuilds).
// 3. For each database, on the production server (node server.mjs, request log on):
//    - anonymous pages, app and a bare node:http server sending the same bytes;
//    - signed-in pages (member, department handler, staff sessions) with their
//      queries per request and CPU cost per request from a CPU profile (goal 1);
//    - resident memory after the load (goal 7).
//    On PostgreSQL also: anonymous pages while a writer records 5 events/s, with the
//    response cache's hit rate (goal 2); page weights — HTML and JavaScript as sent
//    compressed (goals 3, 4); Lighthouse scores (goal 5); signed-in pages on two
//    processes against one (goal 8). On both: the import rate (goal 6).
//
// Environment knobs:
//   BENCH_DURATION=10       seconds measured per page and server
//   BENCH_WARMUP=3          seconds of warm-up before each measurement
//   BENCH_CONNECTIONS=32    concurrent connections
//   BENCH_RECOMMENDATIONS=100000, BENCH_PROPOSALS=10000   data size
//   BENCH_RESEED=1          rebuild the data sets even if they exist
//   BENCH_SKIP_PGLITE=1, BENCH_SKIP_POSTGRES=1           leave one engine out
//   BENCH_SKIP=lighthouse,import,cluster,writer,signed   leave sections out
//   BENCH_IMPORT_COUNT=200  documents imported per engine for the import rate
//   BENCH_IMPORT_WORKERS=0,1  IMPORT_WORKERS settings the import is measured with
//   BENCH_PORT=3300         app port (the bare server uses the next one)
//   BENCH_NO_DOCS=1         do not touch docs/performance.md
//   BENCH_CACHE=off         run the server with RESPONSE_CACHE_MB=0 (every request renders);
//                           printed only, docs/performance.md is left alone
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, setDatabase } from "../db/client";
import { preparePglite, preparePostgres, type Target } from "./databases";
import { importRate, type ImportResult } from "./import-rate";
import { lighthouse, type Scores } from "./lighthouse";
import { machine, measure, snapshot, startApp, startBare, stop, treeRssMiB, type AppProcess, type Snapshot } from "./load";
import { report, type BenchResult, type PageResult, type TargetResult, type WriterPage } from "./report";
import { benchSessions } from "./sessions";
import { BROWSER_ENCODING, measureSignedIn } from "./signed-in";
import { pageWeight } from "./weight";
import { startWriter } from "./writer";

const env = process.env;
const DURATION = Number(env.BENCH_DURATION ?? 10);
const WARMUP = Number(env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const SIZE = { recommendations: Number(env.BENCH_RECOMMENDATIONS ?? 100_000), proposals: Number(env.BENCH_PROPOSALS ?? 10_000) };
const FORCE = env.BENCH_RESEED === "1";
const PORT = Number(env.BENCH_PORT ?? 3300);
const CACHE_OFF = env.BENCH_CACHE === "off";
const SKIP = new Set((env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()));
const WRITES_PER_SECOND = 5;

const base = `http://127.0.0.1:${PORT}`;

async function cacheCounters() {
  const res = await fetch(`${base}/healthz`);
  const body = (await res.json()) as { responseCache?: { hits: number; misses: number } };
  return body.responseCache ?? { hits: 0, misses: 0 };
}

async function sessionsFor(target: Target) {
  const handle = openDatabase(target.env.DATABASE_URL ? { databaseUrl: target.env.DATABASE_URL, max: 2 } : { dataDir: path.join(target.env.XS_DATA_DIR, "pglite"), databaseUrl: "" });
  try {
    return await benchSessions(handle, target.urls);
  } finally {
    setDatabase(null);
    await handle.close();
  }
}

async function anonymous(app: AppProcess, target: Target, scratch: string): Promise<PageResult[]> {
  const snapshots = new Map<string, Snapshot>();
  for (const { name, url } of target.urls) {
    const s = await snapshot(base, url);
    if (s.status !== 200) throw new Error(`${name} ${url} answered ${s.status}`);
    snapshots.set(url, s);
  }
  const bare = await startBare(snapshots, PORT + 1, scratch);
  try {
    const pages: PageResult[] = [];
    for (const { name, url } of target.urls) {
      process.stderr.write(`  ${target.label}: ${name} ${decodeURI(url)} … `);
      const appMeasure = await measure(base + url, CONNECTIONS, DURATION, WARMUP);
      const bareMeasure = await measure(`http://127.0.0.1:${PORT + 1}${url}`, CONNECTIONS, DURATION, WARMUP);
      process.stderr.write(`app ${Math.round(appMeasure.rps)} req/s, bare ${Math.round(bareMeasure.rps)} req/s\n`);
      pages.push({ name, url, bytes: snapshots.get(url)!.body.length, app: appMeasure, bare: bareMeasure });
    }
    return pages;
  } finally {
    await stop(bare);
  }
}

/** Goal 2: the anonymous pages again while a writer records events, with the cache's hit rate. */
async function underWrites(target: Target, quiet: PageResult[]): Promise<{ pages: WriterPage[]; written: number; perSecond: number }> {
  const handle = openDatabase({ databaseUrl: target.env.DATABASE_URL, max: 2 });
  const writer = await startWriter(handle, WRITES_PER_SECOND);
  const pages: WriterPage[] = [];
  let written = { written: 0, perSecond: 0 };
  try {
    for (const q of quiet) {
      process.stderr.write(`  with ${WRITES_PER_SECOND} writes/s: ${q.name} … `);
      // The copy from the quiet run may have expired (30 s): render it once before the warm-up.
      await snapshot(base, q.url);
      await measure(base + q.url, CONNECTIONS, WARMUP, 0);
      const before = await cacheCounters();
      const m = await measure(base + q.url, CONNECTIONS, DURATION, 0);
      const after = await cacheCounters();
      const hits = after.hits - before.hits;
      const misses = after.misses - before.misses - 1; // the /healthz request itself
      process.stderr.write(`${Math.round(m.rps)} req/s (quiet ${Math.round(q.app.rps)})\n`);
      pages.push({ name: q.name, url: q.url, quietRps: q.app.rps, app: m, hitRate: hits + misses > 0 ? hits / (hits + misses) : null });
    }
  } finally {
    written = await writer.stop();
    setDatabase(null);
    await handle.close();
  }
  return { pages, ...written };
}

async function runTarget(target: Target, scratch: string, result: BenchResult): Promise<TargetResult> {
  const loadBefore = os.loadavg();
  const isPostgres = !!target.env.DATABASE_URL;
  const { cookies, urls } = await sessionsFor(target);
  const profileDir = path.join(scratch, `profiles-${isPostgres ? "pg" : "pglite"}`);
  const appEnv = { ...target.env, XS_CPU_PROFILE_DIR: profileDir, ...(CACHE_OFF ? { RESPONSE_CACHE_MB: "0" } : {}) };
  const app = await startApp(appEnv, PORT, path.join(scratch, "server.log"));
  const out: TargetResult = { label: target.label, seeded: target.seeded, pages: [], signedIn: [], rssMiB: null, loadBefore, loadAfter: [] };
  try {
    out.pages = await anonymous(app, target, scratch);
    if (!SKIP.has("signed")) {
      out.signedIn = await measureSignedIn(app, base, cookies, urls, { connections: CONNECTIONS, seconds: DURATION, warmup: WARMUP, profileDir });
    }
    out.rssMiB = treeRssMiB(app.pid!);
    if (isPostgres && !SKIP.has("writer") && !CACHE_OFF) {
      result.writer = await underWrites(target, out.pages.filter((p) => p.name !== "recommendation page" && p.name !== "department page"));
    }
    if (isPostgres) {
      const publicPages = [...target.urls.filter((u) => u.name !== "API list"), ...urls.filter((u) => u.name === "proposal page")];
      result.weights = [];
      for (const u of publicPages) {
        try {
          result.weights.push(await pageWeight(base, u.name, u.url));
        } catch (error) {
          result.notes.push(`Page weight of ${u.name} failed: ${String(error)}`);
        }
      }
      const wb = urls.find((u) => u.name === "member workbench")!;
      result.weights.push({ ...(await pageWeight(base, `${wb.name} (signed in)`, wb.url, { cookie: cookies.member })) });
    }
    if (isPostgres && !SKIP.has("lighthouse")) {
      const proposal = urls.find((u) => u.name === "proposal page")!;
      const pages: { name: string; url: string; headers?: Record<string, string> }[] = [
        { name: "home page", url: "/" },
        { name: "document page", url: target.urls.find((u) => u.name === "document page")!.url },
        { name: "proposal page", url: proposal.url },
        { name: "search", url: target.urls.find((u) => u.name === "search")!.url },
        { name: "member workbench (signed in)", url: "/member", headers: { Cookie: cookies.member } },
      ];
      result.lighthouse = [];
      for (const p of pages) {
        process.stderr.write(`  lighthouse: ${p.name} … `);
        let scores: Scores | null = null;
        // Lighthouse sometimes fails to record its trace ("NO_NAVSTART", a runtime error of
        // the tool, not of the page): such a run is tried again, up to three times.
        for (let attempt = 1; attempt <= 3 && !scores; attempt++) {
          try {
            scores = await lighthouse(base + p.url, { headers: p.headers });
          } catch (error) {
            process.stderr.write(`failed (attempt ${attempt}): ${String(error).slice(0, 200)}\n`);
            if (!/Runtime error/.test(String(error))) break;
          }
        }
        if (scores) process.stderr.write(`${JSON.stringify(scores)}\n`);
        result.lighthouse.push({ name: p.name, url: p.url, scores });
      }
    }
  } finally {
    out.loadAfter = os.loadavg();
    await stop(app);
  }
  if (isPostgres && !SKIP.has("cluster") && !SKIP.has("signed") && !CACHE_OFF) {
    // Goal 8: the pages every request renders (no shared cache copy: the workbenches), on
    // one process and on two. (The proposal page is answered from a shared copy per set of
    // roles and reader facts since decision 014's follow-up, so it measures the cache.)
    const rendered = urls.filter((u) => ["member workbench", "department workbench", "staff workbench"].includes(u.name));
    result.cluster = [];
    for (const workers of [1, 2]) {
      const proc = await startApp({ ...target.env, WEB_CONCURRENCY: String(workers) }, PORT, path.join(scratch, `cluster-${workers}.log`));
      try {
        const pages = await measureSignedIn(proc, base, cookies, rendered, { connections: CONNECTIONS, seconds: DURATION, warmup: WARMUP });
        result.cluster.push({ workers, pages, rssMiB: treeRssMiB(proc.pid!) });
      } finally {
        await stop(proc);
      }
    }
  }
  return out;
}

async function main() {
  const started = Date.now();
  const m = machine();
  console.log(`npm run bench: ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}, load average ${m.load.map((x) => x.toFixed(2)).join(" ")}`);
  const build = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error("npm run build failed");

  const scratch = mkdtempSync(path.join(os.tmpdir(), "xs-bench-"));
  const result: BenchResult = { targets: [], imports: [], notes: [], encoding: BROWSER_ENCODING };
  try {
    const targets: (() => Promise<Target>)[] = [];
    if (env.BENCH_SKIP_PGLITE !== "1") targets.push(() => preparePglite(SIZE, FORCE));
    const url = env.BENCH_DATABASE_URL || env.DATABASE_URL || env.TEST_DATABASE_URL;
    if (url && env.BENCH_SKIP_POSTGRES !== "1") targets.push(() => preparePostgres(url, SIZE, FORCE));
    else result.notes.push(`PostgreSQL was **skipped**: ${url ? "BENCH_SKIP_POSTGRES=1" : "no BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL was set"}.`);
    for (const prepare of targets) {
      const target = await prepare();
      if (CACHE_OFF) target.label += ", response cache off";
      result.targets.push(await runTarget(target, scratch, result));
    }
    if (!SKIP.has("import")) {
      const count = Number(env.BENCH_IMPORT_COUNT ?? 200);
      // PGlite imports into a fresh in-memory database: no data set needed.
      const engines: ImportResult["engine"][] = ["pglite"];
      if (url && env.BENCH_SKIP_POSTGRES !== "1") engines.push("postgres");
      // The default (plan in the saving thread) and IMPORT_WORKERS=1 (one planning thread).
      const workerSettings = (env.BENCH_IMPORT_WORKERS ?? "0,1").split(",").map(Number);
      for (const engine of engines) {
        for (const workers of workerSettings) {
          process.stderr.write(`  import: ${count} documents on ${engine}, IMPORT_WORKERS=${workers} … `);
          const r = await importRate(engine, count, url, workers);
          process.stderr.write(`${r.perSecond.toFixed(1)} documents/s\n`);
          result.imports.push(r);
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const header =
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench\` (${minutes} min): ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}. ` +
    `${SIZE.recommendations.toLocaleString("en-US")} benchmark recommendations and ${SIZE.proposals.toLocaleString("en-US")} proposals on top of the normal seed; ` +
    `${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per page and server. Load average before: ${m.load.map((x) => x.toFixed(2)).join(" / ")}.`;
  const markdown = report(header, result);
  console.log("\n" + markdown);
  if (env.BENCH_NO_DOCS !== "1" && !CACHE_OFF) {
    const { writeDocs } = await import("./report");
    writeDocs(path.resolve("docs/performance.md"), markdown);
    console.log("\nwritten to docs/performance.md");
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  // Database pools and timers of the sections must not keep a finished run alive.
  .finally(() => process.exit());
