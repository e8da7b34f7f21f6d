// The HTTP server: express in front of the Remix request handler. It builds
// the app when the sources are newer than the build, prepares the database
// (migrations, seed), puts the request log and the security guards in front
// (server/guards.mjs), and shuts down gracefully.
// Everything that needs TypeScript is reached through the Remix build.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { existsSync, readdirSync, statSync, watchFile } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { createAdmission } from "./server/admission.mjs";
import { installGuards } from "./server/guards.mjs";
import { precompressDirectory, precompressedAssets } from "./server/precompressed.mjs";

// Several processes (WEB_CONCURRENCY, PostgreSQL only): this one only supervises them.
const concurrency = Number(process.env.WEB_CONCURRENCY ?? 1);
if (cluster.isPrimary && concurrency > 1) {
  const { runPrimary } = await import("./server/cluster.mjs");
  runPrimary(concurrency);
  await new Promise(() => {}); // the workers serve; the primary waits for signals
}

const root = path.dirname(new URL(import.meta.url).pathname);
process.chdir(root);
const MODE = process.env.NODE_ENV === "development" ? "development" : "production";
process.env.NODE_ENV ??= MODE;
const BUILD_PATH = path.join(root, "build/index.js");
const SOURCES = ["app", "db", "content", "search", "remix.config.js", "package.json"];

function newestSource(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(full)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    if (child.endsWith(".test.ts") || child.endsWith(".test.tsx")) continue;
    newest = Math.max(newest, newestSource(path.join(entry, child)));
  }
  return newest;
}

/** `npm start` on a fresh clone, or after a pull: build first. */
function buildIfNeeded() {
  const built = existsSync(BUILD_PATH) ? statSync(BUILD_PATH).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map(newestSource));
  if (built >= newest) return;
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "building (sources are newer than the build)" }));
  const result = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    console.error("build failed");
    process.exit(1);
  }
}

if (MODE === "production") {
  buildIfNeeded();
  // Compressed copies of the build assets (npm run build makes them; fill in any missing).
  precompressDirectory(path.join(root, "public/build"));
}

async function importBuild() {
  const version = statSync(BUILD_PATH).mtimeMs;
  return import(pathToFileURL(BUILD_PATH).href + `?v=${version}`);
}

let build = await importBuild();
const entry = () => build.entry.module;
const env = entry().getEnv();

await entry()
  .ensureReady()
  .catch((error) => {
    // The embedded database is another process's (db/data-dir-lock.ts): serving would only
    // fail every request, so stop with the reason before taking the port.
    if (error?.code === "XS_DATA_DIR_IN_USE") {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "not starting: " + error.message }));
      process.exit(1);
    }
    // Start anyway: /healthz reports the problem and each request retries.
    console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "database not ready at start", error: String(error?.stack ?? error) }));
  });

const app = express();
app.disable("x-powered-by");
const trustProxy = process.env.TRUST_PROXY;
if (trustProxy) app.set("trust proxy", /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy === "true" ? true : trustProxy);

// Responses being worked on, so that a shutdown can close their connections
// as soon as they are answered instead of waiting for the keep-alive timeout.
const inFlight = new Set();
app.use((req, res, next) => {
  inFlight.add(res);
  res.on("close", () => inFlight.delete(res));
  if (stopping) res.setHeader("Connection", "close");
  next();
});

installGuards(app, { entry, env, mode: MODE, trustProxy });

// Build assets: content-hashed, so cached for a year; brotli or gzip copies made at build time.
app.use("/build", precompressedAssets(path.join(root, "public/build")), express.static("public/build", { immutable: true, maxAge: "1y" }));

// Everything else that is text (HTML, JSON, CSS, feeds, sitemaps, CSV exports, streamed or
// not) is compressed as it is sent: brotli (the library's quality 4) or gzip, as the client
// accepts. Quality 3 is cheaper on a buffer, but through this middleware it doubled the CPU
// of a workbench request (13 against 7 ms, three alternating runs, decision 014).
// Cache hits arrive already compressed (copies made once, when stored) and pass through.
app.use(compression({ threshold: 1024 }));

// Each request runs in its own scope from here on: its database statements are counted
// (reported in the request log), and what it reads once — the session — is shared by the
// response cache and the loaders, as is the session cookie to send back (db/query-count.ts).
app.use((req, res, next) => {
  res.locals.queries = entry().countingQueries(() => next()).counter;
});

// Anonymous public GETs answered from memory until the data they read changes (production
// only); before the static files, so a hit costs no file-system lookup.
const pageCache = MODE === "production" ? entry().productionPageCache(env.RESPONSE_CACHE_MB) : null;
if (pageCache) app.use(pageCache);
// The few files at the top of public/ (favicon): no file-system lookup for every page request.
const publicFiles = new Set(readdirSync(path.join(root, "public")).filter((f) => f !== "build").map((f) => `/${f}`));
const publicStatic = express.static("public", { maxAge: "1h", index: false });
app.use((req, res, next) => (publicFiles.has(req.path) ? publicStatic(req, res, next) : next()));

// The Remix request, as @remix-run/express builds it, but on the validated
// origin: that adapter takes the port from X-Forwarded-Host whatever the
// trust-proxy setting (security review, issue 14, item 1).
function remixRequest(req, res) {
  const url = new URL(`${res.locals.requestOrigin}${req.originalUrl.startsWith("/") ? req.originalUrl : "/"}`);
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (values === undefined || key === "x-forwarded-host") continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  headers.set("host", url.host);
  let controller = new AbortController();
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  // Abort loaders and actions once the response can no longer be written.
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

async function sendRemixResponse(req, res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  const whole = entry().wholeBodyOf(response);
  if (whole) sendWholeBody(req, res, whole);
  else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

// A rendered page: its bytes in one write, compressed in one call (app/utils/whole-body.server.ts)
// and marked as encoded, which the compression middleware passes through. A page the response
// cache is copying goes out plain: the cache keeps the plain bytes and compresses its own copies.
function sendWholeBody(req, res, body) {
  const encoded = res.locals.cacheCapture ? null : entry().encodeWholeBody(body, req.get("accept-encoding"), String(res.getHeader("Cache-Control") ?? ""));
  if (encoded) res.setHeader("Content-Encoding", encoded.encoding);
  const bytes = encoded?.bytes ?? body;
  res.setHeader("Content-Length", bytes.length);
  res.end(bytes);
}

// A few page and API reads have their loaders and render running at once, the rest wait
// in arrival order (server/admission.mjs); ACTIVE_REQUESTS=0 turns the queue off. Writes
// are not queued: an action reads its request body inside the handler, and a client
// sending a body slowly must not hold one of the few turns.
const admission = env.ACTIVE_REQUESTS > 0 ? createAdmission({ limit: env.ACTIVE_REQUESTS, maxQueue: env.REQUEST_QUEUE }) : null;

async function respond(handle, req, res) {
  // The health check answers at once, also when the queue is long: a proxy must not take a busy process for a dead one.
  const gate = (req.method === "GET" || req.method === "HEAD") && req.path !== "/healthz" ? admission : null;
  const turn = gate ? await gate.enter(res) : "admitted";
  if (turn === "gone") return;
  if (turn === "full") {
    res.setHeader("Retry-After", "5");
    res.status(503).type("text/plain; charset=utf-8").send("服务繁忙，请稍后再试。");
    return;
  }
  let response;
  try {
    response = await handle(remixRequest(req, res), {
      ip: req.ip ?? "unknown",
      cspNonce: res.locals.cspNonce,
      sharedRender: res.locals.sharedRender === true,
      // A page (not Remix's `?_data` request for loader data): app/utils/page-data.server.ts.
      documentRequest: req.query._data === undefined,
    });
  } finally {
    gate?.leave();
  }
  await sendRemixResponse(req, res, response);
}

const makeHandler = () => {
  const handle = createRequestHandler(build, MODE);
  return async (req, res, next) => {
    try {
      await respond(handle, req, res);
    } catch (error) {
      next(error);
    }
  };
};
let handler = makeHandler();
app.all("*", (req, res, next) => handler(req, res, next));

const port = env.PORT;
const server = app.listen(port, () => {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: `listening on http://localhost:${port}`, mode: MODE, pid: process.pid }));
  if (MODE === "development") broadcastDevReady(build);
});

// Development: `remix dev --manual` rebuilds; pick up the new build without a restart.
if (MODE === "development") {
  watchFile(BUILD_PATH, { interval: 250 }, async () => {
    build = await importBuild();
    handler = makeHandler();
    broadcastDevReady(build);
  });
}

// Graceful shutdown: stop accepting, let in-flight requests finish, close the database.
let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "shutting down", signal }));
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
  server.close(async () => {
    try {
      await entry().closeDatabase();
    } finally {
      process.exit(0);
    }
  });
  server.closeIdleConnections?.();
}
// CPU profiles on demand (npm run bench): with XS_CPU_PROFILE_DIR set, SIGUSR2 starts
// V8's sampling profiler and the next SIGUSR2 writes a .cpuprofile (the format of
// `node --cpu-prof`) there, so a profile covers exactly one measured load.
if (process.env.XS_CPU_PROFILE_DIR) {
  const { Session } = await import("node:inspector");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  let profiling = false;
  let count = 0;
  process.on("SIGUSR2", () => {
    if (!profiling) {
      profiling = true;
      session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 1000 }, () => session.post("Profiler.start")));
      return;
    }
    session.post("Profiler.stop", (error, result) => {
      profiling = false;
      if (!error) writeFileSync(path.join(process.env.XS_CPU_PROFILE_DIR, `${process.pid}-${++count}.cpuprofile`), JSON.stringify(result.profile));
      // Off again between profiles, so the loads measured after one run as without it.
      session.post("Profiler.disable");
    });
  });
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
