// Start the real production server (`node server.mjs`) for a reliability
// test, on its own port and database, and watch its log. Start-ups are
// serialised with a lock folder: server.mjs builds the app when the sources
// are newer than the build, and two builds at once would trip over each other.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed";
import { dropTestDatabase, withDatabase } from "../db-global-setup";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LOCK = path.join(ROOT, ".data", "reliability-start.lock");

export interface RunningServer {
  port: number;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

async function withStartLock<T>(run: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a crashed run is stale after two minutes.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (i > 1200) throw new Error("timed out waiting for the server start lock");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** GET a path; resolves with the status, or null when the connection fails. */
export function getStatus(port: number, pathname: string, timeoutMs = 5000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: pathname, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });
}

export async function startServer(port: number, env: Record<string, string>, readyTimeoutMs = 150_000): Promise<RunningServer> {
  return withStartLock(async () => {
    let log = "";
    const child = spawn(process.execPath, ["server.mjs"], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "error", PORT: String(port), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
    let ended = false;
    void exited.then(() => (ended = true));
    const deadline = Date.now() + readyTimeoutMs;
    while ((await getStatus(port, "/healthz", 2000)) !== 200) {
      if (ended) throw new Error(`server exited before it was ready:\n${log}`);
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`server not ready after ${readyTimeoutMs} ms:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      port,
      child,
      output: () => log,
      exited,
      async stop() {
        if (ended) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      },
    };
  });
}

/**
 * Sign in through a running server's login form, as a browser posts it; returns the session
 * cookie (`xs_session=…`) to send back. Throws unless the server answers with its redirect.
 */
export async function signIn(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ username, password }),
    redirect: "manual",
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("xs_session="));
  if (res.status !== 302 || !cookie) throw new Error(`signing in as ${username}: ${res.status}, no session cookie`);
  return cookie.split(";")[0];
}

/**
 * A scratch database on the test PostgreSQL server, copied from the migrated template
 * (tests/db-global-setup.ts); resolves with its URL. `dropScratchDatabase` removes it.
 */
export async function createScratchDatabase(name: string): Promise<string> {
  const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${inject("pgTemplate")}`);
  } finally {
    await admin.end();
  }
  return withDatabase(process.env.TEST_DATABASE_URL!, name);
}

export async function dropScratchDatabase(name: string): Promise<void> {
  const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await dropTestDatabase(admin, name);
  } finally {
    await admin.end();
  }
}
