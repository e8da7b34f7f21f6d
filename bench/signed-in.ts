// Signed-in pages under load (issue 16, goal 1): each page with a real
// session cookie and `Accept-Encoding: gzip, deflate, br` as a browser sends,
// its database statements (from the request log), and its CPU cost per
// request from a V8 CPU profile of the measured load (SIGUSR2 starts and
// stops the app's profiler; see server.mjs), with the top costs named.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { measure, snapshot, type AppProcess, type Measure } from "./load";
import { summariseProfile, type ProfileSummary } from "./profile";
import type { SignedInUrl } from "./sessions";

export interface SignedInPage extends SignedInUrl {
  bytes: number;
  app: Measure;
  queries: number | null;
  cacheState: string | null;
  profile: ProfileSummary | null;
  /** Requests answered while the profile was taken. */
  profileRequests: number;
}

export const BROWSER_ENCODING = "gzip, deflate, br";

async function newestProfile(dir: string, before: Set<string>, seconds = 20) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const fresh = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile") && !before.has(f));
    if (fresh.length) {
      await new Promise((r) => setTimeout(r, 500)); // let the write finish
      return path.join(dir, fresh.sort()[0]);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

export async function measureSignedIn(
  app: AppProcess,
  base: string,
  cookies: Record<SignedInUrl["as"], string>,
  urls: SignedInUrl[],
  opts: { connections: number; seconds: number; warmup: number; profileDir?: string },
): Promise<SignedInPage[]> {
  const pages: SignedInPage[] = [];
  if (opts.profileDir && !existsSync(opts.profileDir)) mkdirSync(opts.profileDir, { recursive: true });
  for (const u of urls) {
    const headers = { cookie: cookies[u.as], "accept-encoding": BROWSER_ENCODING };
    app.keepLog(true);
    // Twice: the first may render (a miss); the second is what the load sees.
    await snapshot(base, u.url, { cookie: cookies[u.as] });
    const res = await fetch(base + u.url, { headers: { cookie: cookies[u.as] } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`signed-in ${u.name} ${u.url} answered ${res.status}`);
    await new Promise((r) => setTimeout(r, 100));
    const queries = app.queriesOf(u.url.split("?")[0]);
    app.keepLog(false);
    process.stderr.write(`  signed in (${u.as}): ${u.name} ${decodeURI(u.url)} … `);
    const before = new Set(opts.profileDir ? readdirSync(opts.profileDir) : []);
    if (opts.warmup > 0) await measure(base + u.url, opts.connections, opts.warmup, 0, headers);
    // The figures against the goal come from a load without the profiler (it slows
    // every request); the profile is taken in a second, shorter load of its own.
    const m = await measure(base + u.url, opts.connections, opts.seconds, 0, headers);
    let profile: ProfileSummary | null = null;
    let profileRequests = 0;
    if (opts.profileDir) {
      app.kill("SIGUSR2");
      profileRequests = (await measure(base + u.url, opts.connections, Math.max(2, Math.round(opts.seconds / 2)), 0, headers)).requests;
      app.kill("SIGUSR2");
      const file = await newestProfile(opts.profileDir, before);
      profile = file ? summariseProfile(file) : null;
    }
    process.stderr.write(`${Math.round(m.rps)} req/s, p99 ${m.p99} ms\n`);
    pages.push({ ...u, bytes: body.length, app: m, queries, cacheState: res.headers.get("x-response-cache"), profile, profileRequests });
  }
  return pages;
}
