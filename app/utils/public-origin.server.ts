import { getEnv } from "./env.server";

/**
 * The origin written into canonical links, feeds, sitemaps and exports:
 * PUBLIC_ORIGIN when set (behind a proxy the request may say http://localhost),
 * otherwise the request's own origin.
 */
export function publicOrigin(request: Request) {
  return getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
}
