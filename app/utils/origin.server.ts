// CSRF defence besides SameSite=Lax cookies: a state-changing request that says
// where it comes from must come from this site (or an allowed origin).
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const BEARER = /^Bearer[ \t]/i;

export function isAllowedOrigin(input: {
  method: string;
  origin: string | null | undefined;
  referer: string | null | undefined;
  host: string | null | undefined;
  allowed: string[];
  /** The Authorization and Cookie headers: an API token call carries no ambient credential. */
  authorization?: string | null;
  cookie?: string | null;
}): boolean {
  if (SAFE.has(input.method.toUpperCase())) return true;
  // A bearer token is sent on purpose by the caller, never attached by a
  // browser to a forged cross-site request (that would need CORS, which this
  // site does not grant); without a cookie there is nothing to forge.
  if (input.authorization && BEARER.test(input.authorization) && !input.cookie) return true;
  let source = input.origin && input.origin !== "null" ? input.origin : null;
  if (!source && input.origin === "null") return false; // opaque origins (sandboxed frames, file:)
  if (!source && input.referer) {
    try {
      source = new URL(input.referer).origin;
    } catch {
      return false;
    }
  }
  // No Origin and no Referer: not a browser form post (browsers always send
  // Origin on cross-site POSTs), e.g. curl or an API client with a token.
  if (!source) return true;
  let sourceHost: string;
  try {
    sourceHost = new URL(source).host;
  } catch {
    return false;
  }
  if (input.host && sourceHost === input.host) return true;
  return input.allowed.some((a) => {
    try {
      return new URL(a).host === sourceHost;
    } catch {
      return false;
    }
  });
}
