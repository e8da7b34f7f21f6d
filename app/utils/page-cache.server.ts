// The response cache as express middleware, placed by server.mjs right before
// the Remix handler (after the security headers, so a hit gets the same
// headers and a fresh CSP nonce). A miss runs the app and keeps a copy of the
// bytes it sends; a hit answers from memory. `X-Response-Cache` says which
// (hit, miss, bypass), for tests and for anyone debugging a stale page.
// Each entry belongs to the areas of data its path reads (cache-areas.server.ts):
// an event throws away only the pages of the areas it touches. Hits are sent
// compressed from copies made when the entry was stored (compressed-body.server.ts).
import type { NextFunction, Request, Response } from "express";
import { eventsFingerprint, recentEventStubs } from "../models/platform/events.server";
import { areasOfPath } from "./cache-areas.server";
import { brotliOf, gzipParts, gzipPieces, isCompressible, type GzipParts } from "./compressed-body.server";
import { dataVersion, watchDataVersion, type EventWatch } from "./data-version.server";
import { ResponseCache, cacheKeyOf, type CachedResponse, isStorable, piecesWithNonce, replayableHeaders } from "./response-cache.server";

export interface PageCacheOptions {
  maxBytes: number;
  ttlMs?: number;
  /** Follow the events table for changes made by other processes (off in unit tests). */
  watch?: EventWatch;
  watchIntervalMs?: number;
}

/** Compressed copies of an entry, made once when it is stored. */
interface Compressed {
  gzip: GzipParts | null;
  /** Only for bodies without a nonce: brotli streams cannot be spliced. */
  br: Buffer | null;
}

/** How the cache is doing since the process started (reported by /healthz and the benchmark). */
export const cacheStats = { hits: 0, misses: 0, bypasses: 0, stored: 0 };

type Chunk = string | Buffer | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

export function pageCache(options: PageCacheOptions) {
  const cache = new ResponseCache({ maxBytes: options.maxBytes, ttlMs: options.ttlMs ?? 30_000 });
  if (options.watch) watchDataVersion(options.watch, options.watchIntervalMs);
  const compressed = new WeakMap<CachedResponse, Compressed>();

  // Renders under way, by data version and key: concurrent misses for the same
  // page wait for the first render instead of all rendering it (no stampede
  // on the database after every write).
  const inflight = new Map<string, Promise<void>>();

  const serve = (req: Request, res: Response, hit: CachedResponse, nonce: string) => {
    cacheStats.hits++;
    const copies = compressed.get(hit);
    let pieces: Buffer[];
    const encoding = copies ? req.acceptsEncodings(copies.br ? ["br", "gzip", "identity"] : ["gzip", "identity"]) : "identity";
    if (encoding === "br" && copies?.br) pieces = [copies.br];
    else if (encoding === "gzip" && copies?.gzip) pieces = gzipPieces(copies.gzip, hit.parts, nonce);
    else pieces = piecesWithNonce(hit, nonce);
    for (const [name, value] of hit.headers) res.setHeader(name, value);
    if (copies) {
      res.setHeader("Vary", varyWithEncoding(res.getHeader("Vary")));
      if (encoding === "br" || encoding === "gzip") res.setHeader("Content-Encoding", encoding);
    }
    res.setHeader("Content-Length", pieces.reduce((n, p) => n + p.length, 0));
    res.setHeader("X-Response-Cache", "hit");
    res.status(hit.status);
    res.cork();
    for (const piece of pieces) res.write(piece);
    res.end();
    res.uncork();
  };

  /** Let the app answer, keeping a copy of what it writes; store it when the response ends. */
  const capture = (res: Response, key: string, areas: ReturnType<typeof areasOfPath>, version: number, nonce: string) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: Chunk, ...rest: unknown[]) => {
      if (chunk != null) chunks.push(toBuffer(chunk, rest[0]));
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: Chunk | (() => void), ...rest: unknown[]) => {
      if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
      const headers = res.getHeaders() as Record<string, string | number | string[] | undefined>;
      // Rendered while the data changed: it may mix old and new, do not keep it.
      if (dataVersion(areas) === version && isStorable(res.statusCode, headers)) {
        // Compression is the compression middleware's business on this response; the copy is plain.
        const replay = replayableHeaders(headers).filter(([name]) => name !== "content-encoding");
        const body = Buffer.concat(chunks);
        if (cache.set(key, { status: res.statusCode, headers: replay, body, nonce: nonce || null, version })) {
          cacheStats.stored++;
          const entry = cache.get(key, version);
          if (entry && body.length >= 1024 && isCompressible(String(headers["content-type"] ?? ""))) {
            compressed.set(entry, { gzip: gzipParts(entry.parts), br: entry.parts.length === 1 ? brotliOf(body) : null });
          }
        }
      }
      return end(chunk, ...rest);
    }) as Response["end"];
  };

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const key = cacheKeyOf({
      method: req.method,
      url: `${req.protocol}://${req.get("host") ?? ""}${req.originalUrl}`,
      cookie: req.get("cookie"),
      authorization: req.get("authorization"),
    });
    const nonce: string = res.locals.cspNonce ?? "";
    // Built assets are served by express.static (immutable, with validators); ranges are partial.
    if (req.path.startsWith("/build/") || req.get("range")) return next();
    if (!key) {
      cacheStats.bypasses++;
      res.setHeader("X-Response-Cache", "bypass");
      return next();
    }
    const areas = areasOfPath(req.path);
    const version = dataVersion(areas);
    const hit = cache.get(key, version);
    if (hit) return serve(req, res, hit, nonce);
    const flight = `${version}|${key}`;
    const pending = inflight.get(flight);
    if (pending) {
      void pending.then(() => {
        const done = cache.get(key, version);
        if (done) return serve(req, res, done, nonce);
        cacheStats.misses++;
        res.setHeader("X-Response-Cache", "miss");
        next(); // not storable (or the data changed): render it for this request too
      });
      return;
    }
    let settle = () => {};
    const promise = new Promise<void>((resolve) => (settle = resolve));
    inflight.set(flight, promise);
    const finish = () => {
      if (inflight.get(flight) === promise) inflight.delete(flight);
      settle();
    };
    res.once("finish", finish);
    res.once("close", finish);
    cacheStats.misses++;
    res.setHeader("X-Response-Cache", "miss");
    capture(res, key, areas, version, nonce);
    next();
  };
  return Object.assign(middleware, { cache });
}

/** For server.mjs: the cache on the app's database, or null when RESPONSE_CACHE_MB is 0. */
export function productionPageCache(megabytes: number) {
  if (!(megabytes > 0)) return null;
  return pageCache({ maxBytes: megabytes * 1024 * 1024, watch: { fingerprint: () => eventsFingerprint(), recent: () => recentEventStubs() } });
}

function varyWithEncoding(vary: string | number | string[] | undefined) {
  const names = (Array.isArray(vary) ? vary.join(",") : String(vary ?? "")).split(",").map((v) => v.trim()).filter(Boolean);
  if (!names.some((n) => n.toLowerCase() === "accept-encoding")) names.push("Accept-Encoding");
  return names.join(", ");
}
