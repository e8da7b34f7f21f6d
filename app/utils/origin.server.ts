// CSRF defence besides SameSite=Lax cookies: a state-changing request that says
// where it comes from must come from this site (or an allowed origin).
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export function isAllowedOrigin(input: {
  method: string;
  origin: string | null | undefined;
  referer: string | null | undefined;
  host: string | null | undefined;
  allowed: string[];
}): boolean {
  if (SAFE.has(input.method.toUpperCase())) return true;
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
