// Servers and load for the benchmark: the real production server (server.mjs)
// on the benchmark data, the bare node:http baseline, and autocannon runs of
// one URL at a time with a fixed number of connections after a warm-up.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

export interface Snapshot {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface Measure {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${seconds} s`);
}

/** What `npm start` runs after `node` (package.json's start script: its V8 options, then server.mjs). */
export function startArguments(): string[] {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start.trim().split(/\s+/);
  if (start[0] !== "node" || start.at(-1) !== "server.mjs") throw new Error(`unexpected start script: ${start.join(" ")}`);
  return start.slice(1);
}

/** `npm start` without npm: node (with the start script's options) server.mjs, the target's environment, request log to a file. */
export async function startApp(env: Record<string, string>, port: number, logFile: string) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" };
  // An empty value means "unset" (PGlite: no DATABASE_URL).
  for (const [k, v] of Object.entries(childEnv)) if (v === "") delete childEnv[k];
  const child = spawn(process.execPath, startArguments(), {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: string[] = [];
  // The request log of requests made one at a time (snapshots) is kept for queriesOf
  // (from the last keepLog(true) on); the load's is not.
  let keep = true;
  let recent: string[] = [];
  child.stdout!.on("data", (d: Buffer) => {
    if (!keep) return;
    if (chunks.length < 5000) chunks.push(d.toString());
    if (recent.length < 5000) recent.push(d.toString());
  });
  child.stderr!.on("data", (d: Buffer) => chunks.push(d.toString()));
  child.on("exit", () => writeFileSync(logFile, chunks.join("")));
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, 180);
  return Object.assign(child, {
    /**
     * Database statements of the requests for `path` logged since keepLog(true) (the
     * request log's "queries"): the most any of them ran, i.e. a render's, not a cache hit's.
     */
    queriesOf(path: string): number | null {
      let most: number | null = null;
      for (const line of recent.join("").split("\n")) {
        if (!line.includes('"msg":"request"')) continue;
        try {
          const entry = JSON.parse(line) as { path: string; queries?: number };
          if (entry.path === path && typeof entry.queries === "number") most = Math.max(most ?? 0, entry.queries);
        } catch {
          // a partial line
        }
      }
      return most;
    },
    keepLog(on: boolean) {
      if (on) recent = [];
      keep = on;
    },
  });
}

export type AppProcess = Awaited<ReturnType<typeof startApp>>;

/** Resident memory of a process and its children (cluster workers), in MiB. */
export function treeRssMiB(pid: number): number | null {
  let total = rssMiB(pid);
  if (total === null) return null;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    for (const c of children) total += rssMiB(Number(c)) ?? 0;
  } catch {
    // no children file: the process alone
  }
  return total;
}

export async function startBare(snapshots: Map<string, Snapshot>, port: number, dir: string) {
  const file = path.join(dir, "bench-snapshots.json");
  const json = Object.fromEntries([...snapshots].map(([url, s]) => [url, { contentType: s.contentType, body: s.body.toString("base64") }]));
  writeFileSync(file, JSON.stringify(json));
  const child = fork(path.resolve("bench/bare-server.mjs"), [file, String(port)], { stdio: "ignore" });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return child;
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

export async function snapshot(base: string, url: string, headers: Record<string, string> = {}): Promise<Snapshot> {
  const res = await fetch(base + url, { headers });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: Buffer.from(await res.arrayBuffer()) };
}

export async function measure(url: string, connections: number, seconds: number, warmup: number, headers: Record<string, string> = {}): Promise<Measure> {
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.total / seconds, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

/** Resident memory of a process (Linux), in MiB. */
export function rssMiB(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export function machine() {
  const cpus = os.cpus();
  return { cores: cpus.length, cpu: cpus[0]?.model.trim() ?? "unknown", memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg() };
}
