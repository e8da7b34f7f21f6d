// `npm run bench`: pages under load on a large data set.
//
// 1. Builds the app (`remix build`).
// 2. Prepares the data set on PGlite (.data/bench-<recs>-<proposals>/pglite) and, when
//    BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL is set, on that PostgreSQL
//    server (database xs_bench_<recs>_<proposals>; the role needs CREATEDB): the normal
//    seed plus 100,000 recommendations and 10,000 proposals with full histories
//    (bench/seed.ts). Both are kept and reused by later runs (BENCH_RESEED=1 rebuilds).
// 3. For each database: starts the production server (node server.mjs, request log on),
//    fetches the six pages once, starts a bare node:http server answering the same bytes
//    (bench/bare-server.mjs), and measures each page on both with autocannon at 32
//    connections: warm-up, then a fixed duration. Prints Markdown tables with requests/s,
//    p50/p99 latency, app ÷ bare, non-2xx, the app's RSS after the run, and the budget
//    verdicts; writes them into docs/performance.md.
//
// Environment knobs:
//   BENCH_DURATION=10       seconds measured per page and server
//   BENCH_WARMUP=3          seconds of warm-up before each measurement
//   BENCH_CONNECTIONS=32    concurrent connections
//   BENCH_RECOMMENDATIONS=100000, BENCH_PROPOSALS=10000   data size
//   BENCH_RESEED=1          rebuild the data sets even if they exist
//   BENCH_SKIP_PGLITE=1, BENCH_SKIP_POSTGRES=1           leave one engine out
//   BENCH_PORT=3300         app port (the bare server uses the next one)
//   BENCH_NO_DOCS=1         do not touch docs/performance.md
//   BENCH_CACHE=off         run the server with RESPONSE_CACHE_MB=0 (every request renders);
//                           printed only, docs/performance.md is left alone
// First run: about 13 minutes on a busy 2-core machine (seeding ~5 minutes on PGlite,
// ~2.5 on PostgreSQL); later runs reuse the data and take about 6 minutes
// (2 engines × 6 pages × 2 servers × 13 s, plus server starts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { preparePglite, preparePostgres, type Target } from "./databases";
import { machine, measure, rssMiB, snapshot, startApp, startBare, stop, type Snapshot } from "./load";
import { table, writeDocs, type PageResult, type TargetResult } from "./report";

const env = process.env;
const DURATION = Number(env.BENCH_DURATION ?? 10);
const WARMUP = Number(env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const SIZE = { recommendations: Number(env.BENCH_RECOMMENDATIONS ?? 100_000), proposals: Number(env.BENCH_PROPOSALS ?? 10_000) };
const FORCE = env.BENCH_RESEED === "1";
const PORT = Number(env.BENCH_PORT ?? 3300);
const CACHE_OFF = env.BENCH_CACHE === "off";

async function runTarget(target: Target, scratch: string): Promise<TargetResult> {
  const loadBefore = os.loadavg();
  const app = await startApp(CACHE_OFF ? { ...target.env, RESPONSE_CACHE_MB: "0" } : target.env, PORT, path.join(scratch, "server.log"));
  let bare: Awaited<ReturnType<typeof startBare>> | null = null;
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const snapshots = new Map<string, Snapshot>();
    for (const { name, url } of target.urls) {
      const s = await snapshot(base, url);
      if (s.status !== 200) throw new Error(`${name} ${url} answered ${s.status}`);
      snapshots.set(url, s);
    }
    bare = await startBare(snapshots, PORT + 1, scratch);
    const pages: PageResult[] = [];
    for (const { name, url } of target.urls) {
      process.stderr.write(`  ${target.label}: ${name} ${decodeURI(url)} … `);
      const appMeasure = await measure(base + url, CONNECTIONS, DURATION, WARMUP);
      const bareMeasure = await measure(`http://127.0.0.1:${PORT + 1}${url}`, CONNECTIONS, DURATION, WARMUP);
      process.stderr.write(`app ${Math.round(appMeasure.rps)} req/s, bare ${Math.round(bareMeasure.rps)} req/s\n`);
      pages.push({ name, url, bytes: snapshots.get(url)!.body.length, app: appMeasure, bare: bareMeasure });
    }
    return { label: target.label, seeded: target.seeded, pages, rssMiB: rssMiB(app.pid!), loadBefore, loadAfter: os.loadavg() };
  } finally {
    if (bare) await stop(bare);
    await stop(app);
  }
}

async function main() {
  const started = Date.now();
  const m = machine();
  console.log(`npm run bench: ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}, load average ${m.load.map((x) => x.toFixed(2)).join(" ")}`);
  const build = spawnSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error("remix build failed");

  const scratch = mkdtempSync(path.join(os.tmpdir(), "xs-bench-"));
  const results: TargetResult[] = [];
  const notes: string[] = [];
  try {
    const targets: (() => Promise<Target>)[] = [];
    if (env.BENCH_SKIP_PGLITE !== "1") targets.push(() => preparePglite(SIZE, FORCE));
    const url = env.BENCH_DATABASE_URL || env.DATABASE_URL || env.TEST_DATABASE_URL;
    if (url && env.BENCH_SKIP_POSTGRES !== "1") targets.push(() => preparePostgres(url, SIZE, FORCE));
    else notes.push(`PostgreSQL was **skipped**: ${url ? "BENCH_SKIP_POSTGRES=1" : "no BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL was set"}.`);
    for (const prepare of targets) {
      const target = await prepare();
      if (CACHE_OFF) target.label += ", response cache off";
      results.push(await runTarget(target, scratch));
      console.log("\n" + table(results[results.length - 1]));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const n of notes) console.log(n);

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const header = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench\` (${minutes} min): ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}. ` +
      `${SIZE.recommendations.toLocaleString("en-US")} benchmark recommendations and ${SIZE.proposals.toLocaleString("en-US")} proposals on top of the normal seed; ` +
      `${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per page and server; anonymous requests.`,
    ...notes,
  ].join("\n\n");
  if (env.BENCH_NO_DOCS !== "1" && !CACHE_OFF) {
    writeDocs(path.resolve("docs/performance.md"), [header, ...results.map(table)].join("\n\n"));
    console.log("\nwritten to docs/performance.md");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
