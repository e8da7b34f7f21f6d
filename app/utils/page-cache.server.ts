// The response cache as express middleware, placed by server.mjs right before
// the Remix handler (after the security headers, so a hit gets the same
// headers and a fresh CSP nonce). A miss runs the app and keeps a copy of the
// bytes it sends; a hit answers from memory. `X-Response-Cache` says which
// (hit, miss, bypass), for tests and for anyone debugging a stale page.
// Each entry belongs to the areas of data its path reads (cache-areas.server.ts):
// an event throws away only the pages of the areas it touches. Signed-in
// readers of public pages share one copy per set of roles, with their name
// filled in (shared-pages.server.ts). Hits are sent compressed from copies
// made when the entry was stored (compressed-body.server.ts).
import type { NextFunction, Request, Response } from "express";
import { getOptionalUser } from "../auth/auth.server";
import { sessionCookieToSend } from "../auth/session.server";
import { authenticateApiToken } from "../models/directory/api-tokens.server";
import { eventsFingerprint, recentEventStubs } from "../models/platform/events.server";
import { hasReaderFacts, readerFactsOf } from "../models/participation/reader-facts.server";
import { areasOfPath } from "./cache-areas.server";
import { brotliOf, chooseEncoding, gzipParts, gzipPieces, isCompressible, type GzipParts } from "./compressed-body.server";
import { PRIVATE_NO_STORE } from "./cache-control.server";
import { dataVersion, watchDataVersion, type EventWatch } from "./data-version.server";
import { ResponseCache, cacheKeyOf, type CachedResponse, isApiPath, isStorable, replayableHeaders } from "./response-cache.server";
import { toHant } from "./script.server";
import { NAME_TOKEN, fillersOf, interleave, isRoleShared, layoutOf, withoutSessionCookie, type Layout, type ReaderValues } from "./shared-pages.server";

export interface PageCacheOptions {
  maxBytes: number;
  /**
   * Is this Authorization header a live API token? Called for API GETs that
   * carry one: a bad token is answered 401 here, so junk in the header never
   * buys a render (issue 14, item 14). Unset: every such request bypasses.
   */
  checkBearer?: (authorization: string) => Promise<boolean>;
  ttlMs?: number;
  /** Follow the events table for changes made by other processes (off in unit tests). */
  watch?: EventWatch;
  watchIntervalMs?: number;
}

/** How an entry is sent: its body cut at the per-response values, and compressed copies made once. */
interface Prepared {
  layout: Layout;
  gzip: GzipParts | null;
  /** Only for bodies without holes: brotli streams cannot be spliced. */
  br: Buffer | null;
}

/** Who a signed-in shared page is for. */
interface Reader extends ReaderValues {
  hant: boolean;
}

/** How the cache is doing since the process started (reported by /healthz and the benchmark). */
export const cacheStats = { hits: 0, misses: 0, bypasses: 0, stored: 0 };

type Chunk = string | Buffer | Uint8Array;

function toBuffer(chunk: Chunk, encoding?: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

function varyWithEncoding(vary: string | number | string[] | undefined) {
  const names = (Array.isArray(vary) ? vary.join(",") : String(vary ?? "")).split(",").map((v) => v.trim()).filter(Boolean);
  if (!names.some((n) => n.toLowerCase() === "accept-encoding")) names.push("Accept-Encoding");
  return names.join(", ");
}

export function pageCache(options: PageCacheOptions) {
  const cache = new ResponseCache({ maxBytes: options.maxBytes, ttlMs: options.ttlMs ?? 30_000 });
  if (options.watch) watchDataVersion(options.watch, options.watchIntervalMs);
  const prepared = new WeakMap<CachedResponse, Prepared>();

  // Renders under way, by data version and key: concurrent misses for the same
  // page wait for the first render instead of all rendering it (no stampede
  // on the database after every write).
  const inflight = new Map<string, Promise<void>>();

  const prepare = (entry: CachedResponse, body: Buffer, nonce: string | null, personal: boolean, contentType: string) => {
    const layout = layoutOf(body, nonce, personal);
    const compressible = body.length >= 1024 && isCompressible(contentType);
    const p: Prepared = {
      layout,
      gzip: compressible ? gzipParts(layout.chunks) : null,
      br: compressible && layout.holes.length === 0 ? brotliOf(body) : null,
    };
    prepared.set(entry, p);
    return p;
  };

  const send = (req: Request, res: Response, entry: CachedResponse, p: Prepared, nonce: string, reader: Reader | null, state: "hit" | "miss") => {
    const fillers = fillersOf(p.layout, nonce, reader, reader?.hant ? toHant : undefined);
    const encoding = p.gzip ? chooseEncoding(req.get("accept-encoding"), !!p.br) : "identity";
    let pieces: Buffer[];
    if (encoding === "br" && p.br) pieces = [p.br];
    else if (encoding === "gzip" && p.gzip) pieces = gzipPieces(p.gzip, p.layout.chunks, fillers);
    else pieces = interleave(p.layout.chunks, fillers);
    if (state === "hit") for (const [header, value] of entry.headers) res.setHeader(header, value);
    if (p.gzip) {
      res.setHeader("Vary", varyWithEncoding(res.getHeader("Vary")));
      if (encoding === "br" || encoding === "gzip") res.setHeader("Content-Encoding", encoding);
    }
    res.setHeader("Content-Length", pieces.reduce((n, piece) => n + piece.length, 0));
    res.setHeader("X-Response-Cache", state);
    res.status(entry.status);
    return pieces;
  };

  const serve = (req: Request, res: Response, hit: CachedResponse, nonce: string, reader: Reader | null) => {
    cacheStats.hits++;
    const p = prepared.get(hit);
    if (!p) return false;
    const pieces = send(req, res, hit, p, nonce, reader, "hit");
    res.cork();
    for (const piece of pieces) res.write(piece);
    res.end();
    res.uncork();
    return true;
  };

  /**
   * Let the app answer, keeping a copy of what it writes; store it when the
   * response ends. A shared signed-in page is held back until then, because
   * the reader's name has to be filled in.
   */
  const capture = (req: Request, res: Response, key: string, areas: ReturnType<typeof areasOfPath>, version: number, nonce: string, reader: Reader | null) => {
    const chunks: Buffer[] = [];
    // server.mjs sends a rendered page plain for the copy, leaving compression to the middleware.
    res.locals.cacheCapture = true;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: Chunk, ...rest: unknown[]) => {
      if (chunk != null) chunks.push(toBuffer(chunk, rest[0]));
      if (reader) return true;
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: Chunk | (() => void), ...rest: unknown[]) => {
      if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, rest[0]));
      const headers = res.getHeaders() as Record<string, string | number | string[] | undefined>;
      const body = Buffer.concat(chunks);
      let stored: { entry: CachedResponse; p: Prepared } | null = null;
      // Rendered while the data changed: it may mix old and new, do not keep it.
      // A shared page without the name placeholder was not rendered for a reader: never keep it.
      if (dataVersion(areas) === version && isStorable(res.statusCode, reader ? forSharedCopy(headers) : headers) && (!reader || body.includes(NAME_TOKEN))) {
        // Compression is the compression middleware's business on this response; the copy is plain.
        const replay = replayableHeaders(headers).filter(([name]) => name !== "content-encoding");
        if (cache.set(key, { status: res.statusCode, headers: replay, body, nonce: nonce || null, version })) {
          cacheStats.stored++;
          const entry = cache.get(key, version)!;
          stored = { entry, p: prepare(entry, body, nonce || null, !!reader, String(headers["content-type"] ?? "")) };
        }
      }
      if (!reader) return end(chunk, ...rest);
      // The held-back shared page: the reader's name in place of the placeholder.
      const p = stored?.p ?? { layout: layoutOf(body, null, true), gzip: null, br: null };
      const pieces = stored ? send(req, res, stored.entry, p, nonce, reader, "miss") : interleave(p.layout.chunks, fillersOf(p.layout, nonce, reader, reader.hant ? toHant : undefined));
      if (!stored) res.removeHeader("Content-Length");
      for (const piece of pieces) write(piece);
      return end();
    }) as Response["end"];
  };

  /**
   * The headers judged for a shared signed-in copy. Every answer to a request with a
   * session says `private, no-store` (cache-control.server.ts): right for the browser and
   * any proxy, and the copy replays it, but this cache keeps one copy per set of roles
   * with the name left out, which is what a shared path may be. Any other directive a
   * route sets still keeps the page out.
   */
  const forSharedCopy = (headers: Record<string, string | number | string[] | undefined>) =>
    headers["cache-control"] === PRIVATE_NO_STORE ? { ...headers, "cache-control": undefined } : headers;

  /**
   * A signed-in reader of a shared public page: the cache key for their roles (and, on
   * pages that show a few facts about the reader, those facts), or null.
   */
  const readerKey = async (req: Request, url: string): Promise<{ key: string; reader: Reader } | null> => {
    const withFacts = hasReaderFacts(req.path);
    if (req.method !== "GET" || req.get("authorization") || !(withFacts || isRoleShared(req.path))) return null;
    const { session, rest } = withoutSessionCookie(req.get("cookie"));
    if (!session) return null;
    const anonymous = cacheKeyOf({ method: "GET", url, cookie: rest, authorization: null });
    if (!anonymous) return null;
    try {
      // Read once for the request: the loaders of a miss get the same user (auth.server.ts).
      const user = await getOptionalUser(new Request(url, { headers: { cookie: req.get("cookie") ?? "" } }));
      // A session that was just extended (or a dead one) sends a cookie: rendered for this reader.
      if (!user || sessionCookieToSend()) return null;
      const facts = withFacts ? await readerFactsOf(req.path, user.id) : "";
      return { key: `signed:${user.roles.join(",")}|${facts}|${anonymous}`, reader: { name: user.displayName, todos: user.todos, unread: user.unread, hant: anonymous.startsWith("hant|") } };
    } catch {
      return null; // the app will answer (or report the database) itself
    }
  };

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    // Built assets are served by express.static (immutable, with validators); ranges are partial.
    if (req.path.startsWith("/build/") || req.get("range")) return next();
    // The origin server.mjs validated (request-origin.server.ts); never the raw headers.
    const origin: string = res.locals.requestOrigin ?? `${req.protocol}://${req.get("host") ?? ""}`;
    const url = `${origin}${req.originalUrl}`;
    const authorization = req.get("authorization");
    let key = cacheKeyOf({ method: req.method, url, cookie: req.get("cookie"), authorization });
    const nonce: string = res.locals.cspNonce ?? "";
    let reader: Reader | null = null;
    if (!key) {
      const signed = await readerKey(req, url);
      if (signed) {
        key = signed.key;
        reader = signed.reader;
        // The root loader renders the placeholder instead of this reader's name.
        res.locals.sharedRender = true;
      }
    }
    if (!key) {
      cacheStats.bypasses++;
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
    const areas = areasOfPath(req.path);
    const version = dataVersion(areas);
    const hit = cache.get(key, version);
    if (hit && serve(req, res, hit, nonce, reader)) return;
    const flight = `${version}|${key}`;
    const pending = inflight.get(flight);
    if (pending) {
      void pending.then(() => {
        const done = cache.get(key, version);
        if (done && serve(req, res, done, nonce, reader)) return;
        cacheStats.misses++;
        res.setHeader("X-Response-Cache", "miss");
        // Not storable (or the data changed): render it for this request too.
        if (reader) capture(req, res, key, areas, -1, nonce, reader);
        next();
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
    capture(req, res, key, areas, version, nonce, reader);
    next();
  };
  return Object.assign(middleware, { cache });
}

/** For server.mjs: the cache on the app's database, or null when RESPONSE_CACHE_MB is 0. */
export function productionPageCache(megabytes: number) {
  if (!(megabytes > 0)) return null;
  return pageCache({
    maxBytes: megabytes * 1024 * 1024,
    watch: { fingerprint: () => eventsFingerprint(), recent: () => recentEventStubs() },
    checkBearer: isLiveBearer,
  });
}

/** A bearer header naming a token that exists and is not revoked (one indexed lookup by its SHA-256). */
async function isLiveBearer(authorization: string): Promise<boolean> {
  const match = authorization.match(/^Bearer[ \t]+(\S+)[ \t]*$/i);
  // Other schemes (a proxy's Basic) are not ours to judge: let the request through.
  if (!/^Bearer\b/i.test(authorization)) return true;
  return !!match && !!(await authenticateApiToken(match[1]));
}
