// Fuzz every loader and action of every route module, as every role, with
// random and hostile inputs. A thrown Response (4xx, redirect) is an answer;
// a thrown Error or a status of 500 or more is a bug, and so is a redirect to
// another site or an answer over 2 MB. Inputs include bodies over the size
// limit, Markdown and JSON nested tens of thousands deep, junk credentials and
// forwarded headers, and hostile redirect targets (issue 14). Seeded: the seed is
// printed, and FUZZ_SEED=<n> replays a run; FUZZ_SCALE=<k> multiplies the
// number of requests per route and role.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, cookieFor, makeLoopFixtures, makeTargetUsers, validParams, type RoleName } from "./fuzz/fixtures";
import { HOSTILE_PARAMS, chance, pick } from "./fuzz/inputs";
import { actionRequest, loaderRequest } from "./fuzz/requests";
import { discoverRoutes, urlFor, type RouteInfo } from "./fuzz/routes";
import { rng } from "../search/fuzz-inputs";

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const LOADER_CASES = Math.max(1, Math.round(2 * SCALE));
const ACTION_CASES = Math.max(1, Math.round(5 * SCALE));
const APP = path.resolve(import.meta.dirname, "../app");

type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

const routes = discoverRoutes();
let valid: Record<string, string[]> = {};
let ids: number[] = [];
const total = { requests: 0, errors: 0 };

/** A stable per-route seed, so one route can be replayed alone (`-t <file>`). */
function routeSeed(file: string) {
  let h = SEED >>> 0;
  for (const c of file) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

function paramsFor(route: RouteInfo, next: () => number): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of route.params) {
    const good = valid[name] ?? ["1", "2", "3"];
    const value = good.length && chance(next, 0.75) ? pick(next, good) : pick(next, HOSTILE_PARAMS);
    // A URL cannot carry a lone surrogate: the router would have decoded it to U+FFFD.
    params[name] = value.replace(/[\ud800-\udfff]/g, "\ufffd");
  }
  return params;
}

/** Call one handler; describe the outcome when it is a server error. */
async function probe(handler: Handler, request: Request, params: Record<string, string>): Promise<string | null> {
  let result: unknown;
  try {
    result = await handler({ request, params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) return `threw ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}\n${thrown.stack?.split("\n").slice(1, 4).join("\n")}` : String(thrown)}`;
    result = thrown;
  }
  if (result instanceof Response) {
    let size = 0;
    try {
      size = (await result.arrayBuffer()).byteLength;
    } catch (error) {
      return `body failed: ${String(error)}`;
    }
    if (result.status >= 500) return `status ${result.status}`;
    // Redirects stay on this site, whatever redirectTo said (issue 14, item 2).
    const location = result.headers.get("Location");
    if (result.status >= 300 && result.status < 400 && location) {
      if (new URL(location, request.url).origin !== new URL(request.url).origin) return `redirect off-site: ${location}`;
    }
    // Huge input is never echoed back (issue 14, item 4).
    if (size > 2 * 1024 * 1024) return `answered ${size} bytes`;
  }
  return null;
}

// Uploads go to a folder of this run, checked at the end for anything a file name smuggled in.
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-fuzz-"));
const previousDataDir = process.env.XS_DATA_DIR;

beforeAll(async () => {
  process.env.XS_DATA_DIR = dataDir;
  console.log(`route fuzz: FUZZ_SEED=${SEED} FUZZ_SCALE=${SCALE}, ${routes.length} route modules`);
  await makeLoopFixtures();
  valid = await validParams(await makeTargetUsers());
  ids = [...new Set(Object.values(valid).flat().filter((v) => /^\d{1,9}$/.test(v)).map(Number))];
}, 60_000);

afterAll(() => {
  if (previousDataDir === undefined) delete process.env.XS_DATA_DIR;
  else process.env.XS_DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

describe("route fuzz", () => {
  it("finds every route module", () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.some((r) => r.file === "routes/api.v1.proposals.$proposalId.actions.ts")).toBe(true);
  });

  it.each(routes.map((r) => [r.file, r] as const))("%s answers every role and input without a server error", async (_file, route) => {
    const mod = (await import(/* @vite-ignore */ path.join(APP, route.file))) as { loader?: Handler; action?: Handler };
    const next = rng(routeSeed(route.file));
    const failures: string[] = [];
    for (const role of Object.keys(ROLES) as RoleName[]) {
      // A fresh session per route and role: logout and password routes end sessions.
      const cookie = await cookieFor(role);
      for (const kind of ["loader", "action"] as const) {
        const handler = mod[kind];
        if (!handler) continue;
        // Upload routes get more tries: files are where path tricks and lying types live.
        const cases = kind === "loader" ? LOADER_CASES : route.acceptsFiles ? ACTION_CASES * 3 : ACTION_CASES;
        for (let i = 0; i < cases; i++) {
          const params = paramsFor(route, next);
          const headers = new Headers(cookie ? { Cookie: cookie } : {});
          if (chance(next, 0.05)) headers.set("Cookie", `xs_session=${pick(next, ["", "x", "'", "a".repeat(4000)])}`);
          const ctx = { next, route, ids };
          const { request, summary } = kind === "loader" ? loaderRequest(ctx, urlFor(route, params), headers) : actionRequest(ctx, urlFor(route, params), headers);
          total.requests++;
          const problem = await probe(handler, request, params);
          if (problem) failures.push(`${kind} as ${role}, params ${JSON.stringify(params).slice(0, 200)}\n  ${summary}\n  → ${problem}`);
        }
      }
    }
    total.errors += failures.length;
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
  });

  it("sent a few thousand requests", () => {
    console.log(`route fuzz: ${total.requests} requests, ${total.errors} server errors (FUZZ_SEED=${SEED})`);
    expect(total.requests).toBeGreaterThan(1000 * Math.min(1, SCALE));
  });

  it("stored uploads only under names it made itself, whatever the file names said", () => {
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dataDir, path.join(e.parentPath, e.name)));
    console.log(`route fuzz: ${files.length} uploads stored`);
    for (const file of files) expect(file).toMatch(/^uploads\/[0-9a-f]{2}\/[0-9a-f]{64}\.(pdf|png|jpg|gif|webp)$/);
  });
});
