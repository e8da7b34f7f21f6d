// The origin a request is for (scheme and host), decided once in server.mjs
// and used both for the URL that Remix sees and for the response cache's key
// (security review, issue 14, items 1 and 6). The express adapter used to
// take the port from X-Forwarded-Host even without TRUST_PROXY while the
// cache keyed on Host, so one request could store a page whose canonical link
// pointed at another port for everyone; `Host: a@evil.example`, `[::1` or a
// port of 99999999999 made `new URL` throw (a 500), and an empty Host gave
// links on `http://undefined/`.
// - X-Forwarded-Host and X-Forwarded-Proto count only with TRUST_PROXY.
// - The host must be a DNS name or an IP literal with an optional port
//   1–65535 (nothing else: no user info, no path, no stray brackets);
//   anything else is a 400 before the app runs.
// - Absolute URLs in pages, feeds, sitemaps and exports come from
//   PUBLIC_ORIGIN when it is set (public-origin.server.ts), else from this.

const NAME = /^(?:\[[0-9a-f:.]{2,45}\]|[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.?)(?::(\d{1,5}))?$/i;

/** The host, lower case and without a default port, or null when it is not a plain host[:port]. */
export function validHost(value: string | null | undefined): string | null {
  const raw = (value ?? "").trim();
  if (!raw || raw.length > 260) return null;
  const m = NAME.exec(raw);
  if (!m) return null;
  if (m[1] !== undefined) {
    const port = Number(m[1]);
    if (!(port >= 1 && port <= 65535)) return null;
  }
  let url: URL;
  try {
    url = new URL(`http://${raw}/`);
  } catch {
    return null;
  }
  if (url.username || url.password || url.pathname !== "/" || !url.hostname) return null;
  return url.host;
}

export interface RequestFacts {
  /** The Host header. */
  host: string | null | undefined;
  /** X-Forwarded-Host (used only when trustProxy). */
  forwardedHost?: string | null;
  /** Scheme as express sees it (X-Forwarded-Proto only with trust proxy). */
  protocol: string;
  trustProxy: boolean;
}

/** `http(s)://host[:port]` for the request, or null when its Host (or trusted X-Forwarded-Host) is not acceptable. */
export function requestOrigin(facts: RequestFacts): string | null {
  const forwarded = facts.trustProxy ? facts.forwardedHost?.split(",")[0]?.trim() : undefined;
  const host = validHost(forwarded || facts.host);
  if (!host) return null;
  const scheme = facts.protocol === "https" ? "https" : "http";
  const url = new URL(`${scheme}://${host}/`);
  return url.origin;
}
