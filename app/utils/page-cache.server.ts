// The response cache as express middleware, placed by server.mjs right before
// the Remix handler (after the security headers, so a hit gets the same
// headers and a fresh CSP nonce). A miss runs the app and keeps a copy of the
// bytes it sends; a hit answers from memory. `X-Response-Cache` says which
// (hit, miss, bypass), for tests and for anyone debugging a stale page.
import type { NextFunction, Request, Response } from "express";
import { authenticateApiToken } from "../models/directory/api-tokens.server";
import { eventsFingerprint } from "../models/platform/events.server";
import { dataVersion, watchDataVersion } from "./data-version.server";
import { ResponseCache, cacheKeyOf, type CachedResponse, isApiPath, isStorable, piecesWithNonce, replayableHeaders } from "./response-cache.server";

export interface PageCacheOptions {
  maxBytes: number;
  /**
   * Is this Authorization header a live API token? Called for API GETs that
   * carry one: a bad token is answered 401 here, so junk in the header never
   * buys a render (issue 14, item 14). Unset: every such request bypasses.
   */
  checkBearer?: (authorization: string) => Promise<boolean>;
  ttlMs?: number;
  /** Poll the events table for changes made by other processes (off in unit tests). */
  watch?: () => Promise<string>;
  watchIntervalMs?: number;
}

type Chunk = string | Buffer | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

export function pageCache(options: PageCacheOptions) {
  const cache = new ResponseCache({ maxBytes: options.maxBytes, ttlMs: options.ttlMs ?? 30_000 });
  if (options.watch) watchDataVersion(options.watch, options.watchIntervalMs);

  // Renders under way, by data version and key: concurrent misses for the same
  // page wait for the first render instead of all rendering it (no stampede
  // on the database after every write).
  const inflight = new Map<string, Promise<void>>();

  const serve = (res: Response, hit: CachedResponse, nonce: string) => {
    const pieces = piecesWithNonce(hit, nonce);
    for (const [name, value] of hit.headers) res.setHeader(name, value);
    res.setHeader("Content-Length", pieces.reduce((n, p) => n + p.length, 0));
    res.setHeader("X-Response-Cache", "hit");
    res.status(hit.status);
    res.cork();
    for (const piece of pieces) res.write(piece);
    res.end();
    res.uncork();
  };

  /** Let the app answer, keeping a copy of what it writes; store it when the response ends. */
  const capture = (res: Response, key: string, version: number, nonce: string) => {
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
      if (dataVersion() === version && isStorable(res.statusCode, headers)) {
        cache.set(key, { status: res.statusCode, headers: replayableHeaders(headers), body: Buffer.concat(chunks), nonce: nonce || null, version });
      }
      return end(chunk, ...rest);
    }) as Response["end"];
  };

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    // The origin server.mjs validated (request-origin.server.ts); never the raw headers.
    const origin: string = res.locals.requestOrigin ?? `${req.protocol}://${req.get("host") ?? ""}`;
    const url = `${origin}${req.originalUrl}`;
    const authorization = req.get("authorization");
    const key = cacheKeyOf({ method: req.method, url, cookie: req.get("cookie"), authorization });
    const nonce: string = res.locals.cspNonce ?? "";
    // Built assets are served by express.static (immutable, with validators); ranges are partial.
    if (req.path.startsWith("/build/") || req.get("range")) return next();
    if (!key) {
      res.setHeader("X-Response-Cache", "bypass");
      if (authorization && req.method === "GET" && options.checkBearer && isApiPath(url)) {
        void options.checkBearer(authorization).then(
          (ok) => {
            if (ok) return next();
            res.status(401).setHeader("WWW-Authenticate", 'Bearer realm="xieshang", error="invalid_token"');
            res.setHeader("Cache-Control", "no-store");
            res.json({ error: { code: "invalid_token", message: "The bearer token is unknown or revoked" } });
          },
          (error: unknown) => next(error),
        );
        return;
      }
      return next();
    }
    const version = dataVersion();
    const hit = cache.get(key, version);
    if (hit) return serve(res, hit, nonce);
    const flight = `${version}|${key}`;
    const pending = inflight.get(flight);
    if (pending) {
      void pending.then(() => {
        const done = cache.get(key, version);
        if (done) return serve(res, done, nonce);
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
    res.setHeader("X-Response-Cache", "miss");
    capture(res, key, version, nonce);
    next();
  };
  return Object.assign(middleware, { cache });
}

/** For server.mjs: the cache on the app's database, or null when RESPONSE_CACHE_MB is 0. */
export function productionPageCache(megabytes: number) {
  if (!(megabytes > 0)) return null;
  return pageCache({ maxBytes: megabytes * 1024 * 1024, watch: () => eventsFingerprint(), checkBearer: isLiveBearer });
}

/** A bearer header naming a token that exists and is not revoked (one indexed lookup by its SHA-256). */
async function isLiveBearer(authorization: string): Promise<boolean> {
  const match = authorization.match(/^Bearer[ \t]+(\S+)[ \t]*$/i);
  // Other schemes (a proxy's Basic) are not ours to judge: let the request through.
  if (!/^Bearer\b/i.test(authorization)) return true;
  return !!match && !!(await authenticateApiToken(match[1]));
}
