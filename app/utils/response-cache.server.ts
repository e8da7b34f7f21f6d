// Server-side cache of anonymous public GET responses (pages and API lists).
// Rendering a page with React on every request costs 10–100× what sending
// its bytes costs; most readers are anonymous and see the same bytes.
//
// What makes it correct:
// - Only anonymous GETs: a session cookie bypasses the cache, and so does an
//   Authorization header on the API (where a token changes the answer; a bad
//   token is refused with a 401 before the cache, see page-cache.server.ts).
//   Pages never read Authorization, and the app reads no cookie but the
//   session and the two display settings, so other cookies and a junk header
//   on a page do not buy a render (security review, issue 14, item 14).
// - The key is the full URL — the origin server.mjs validated (Host, or
//   X-Forwarded-Host only behind a trusted proxy: issue 14, item 1), path and
//   query — plus the two display settings: everything an anonymous page's
//   bytes depend on.
// - Only 200 responses without Set-Cookie, not marked private/no-store, and
//   whose Vary is at most Cookie / Accept-Encoding are stored.
// - Entries belong to a data version: every write records an event, which
//   bumps the version (see data-version.server.ts), and a stale version is a
//   miss. A response rendered while the version changed is not stored.
// - Entries also expire after `ttlMs`, bounding how stale date-dependent text
//   (overdue days, "today") can get.
// - The CSP nonce in a stored page is swapped for the request's fresh nonce
//   on every hit: no two responses share a nonce.
// - Memory is bounded: least recently used entries go first, by bytes.

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  /** The body split at each occurrence of the nonce it was rendered with. */
  parts: Buffer[];
  bytes: number;
  version: number;
  storedAt: number;
}

export interface RequestFacts {
  method: string;
  /** Validated origin, path and query: `https://example.org/documents?page=2`. */
  url: string;
  cookie?: string | null;
  authorization?: string | null;
}

/** Cookies that only choose how an anonymous page is displayed. */
export const DISPLAY_COOKIES = { script: "xs_script", size: "xs_size" } as const;
/** The session cookie (app/auth/session.server.ts): a page for someone in particular. */
export const SESSION_COOKIE = "xs_session";

/** The display cookies, or null when the request carries a session. Other cookies are not read by the app. */
function parseCookies(header: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const part of header.split(";")) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf("=");
    const name = eq < 0 ? trimmed : trimmed.slice(0, eq);
    const value = eq < 0 ? "" : trimmed.slice(eq + 1);
    if (name === SESSION_COOKIE && value) return null;
    if (name === DISPLAY_COOKIES.script || name === DISPLAY_COOKIES.size) out.set(name, value);
  }
  return out;
}

export function isApiPath(url: string) {
  const { pathname } = new URL(url);
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** The cache key of a request, or null when the cache must not be used for it. */
export function cacheKeyOf(req: RequestFacts): string | null {
  if (req.method !== "GET") return null;
  if (req.authorization && isApiPath(req.url)) return null;
  const cookies = parseCookies(req.cookie ?? "");
  if (!cookies) return null;
  // Same readings as app/utils/script.server.ts: anything else is the default.
  const script = cookies.get(DISPLAY_COOKIES.script) === "hant" ? "hant" : "hans";
  const size = cookies.get(DISPLAY_COOKIES.size) === "large" ? "large" : "normal";
  return `${script}|${size}|${req.url}`;
}

/** Headers that belong to one response, never replayed from the cache. */
const PER_RESPONSE = new Set(["set-cookie", "content-security-policy", "content-length", "date", "connection", "keep-alive", "transfer-encoding", "x-response-cache"]);

export function replayableHeaders(headers: Record<string, string | number | string[] | undefined>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE.has(name.toLowerCase())) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push([name.toLowerCase(), String(v)]);
  }
  return out;
}

/** May this response be stored for anonymous readers? */
export function isStorable(status: number, headers: Record<string, string | number | string[] | undefined>): boolean {
  if (status !== 200) return false;
  const get = (name: string) => {
    const v = headers[name] ?? headers[name.toLowerCase()];
    return v === undefined ? "" : Array.isArray(v) ? v.join(",") : String(v);
  };
  if (get("set-cookie")) return false;
  if (/\b(?:private|no-store|no-cache)\b/i.test(get("cache-control"))) return false;
  const vary = get("vary")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  return vary.every((v) => v === "cookie" || v === "accept-encoding");
}

export function splitOnNonce(body: Buffer, nonce: string | null): Buffer[] {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/**
 * The stored body as pieces, with the request's own nonce where the stored
 * one was. Pieces, not one buffer: a hit then copies no page bytes.
 */
export function piecesWithNonce(entry: CachedResponse, nonce: string): Buffer[] {
  if (entry.parts.length === 1) return entry.parts;
  const glue = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  entry.parts.forEach((p, i) => {
    if (i > 0) pieces.push(glue);
    pieces.push(p);
  });
  return pieces;
}

export interface CacheOptions {
  maxBytes: number;
  ttlMs: number;
  /** One entry may use at most this share of the whole cache. */
  maxEntryShare?: number;
  now?: () => number;
}

/** LRU by bytes (a Map keeps insertion order: the first key is the least recently used). */
export class ResponseCache {
  private entries = new Map<string, CachedResponse>();
  private total = 0;
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size() {
    return { entries: this.entries.size, bytes: this.total };
  }

  get(key: string, version: number): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || this.now() - entry.storedAt >= this.options.ttlMs) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, input: { status: number; headers: [string, string][]; body: Buffer; nonce: string | null; version: number }) {
    const bytes = input.body.length + input.headers.reduce((n, [k, v]) => n + k.length + v.length, 0) + key.length;
    if (bytes > this.options.maxBytes * (this.options.maxEntryShare ?? 0.125)) return false;
    this.delete(key);
    const entry: CachedResponse = {
      status: input.status,
      headers: input.headers,
      parts: splitOnNonce(input.body, input.nonce),
      bytes,
      version: input.version,
      storedAt: this.now(),
    };
    this.entries.set(key, entry);
    this.total += bytes;
    for (const [oldest, e] of this.entries) {
      if (this.total <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= e.bytes;
    }
    return true;
  }

  delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  clear() {
    this.entries.clear();
    this.total = 0;
  }
}
