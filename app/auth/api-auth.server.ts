// Who is calling the JSON API: a department's system with
// `Authorization: Bearer xs_…`, or a signed-in browser with the session
// cookie. A bearer token wins when both are sent. Bad tokens are a 401 with
// `WWW-Authenticate: Bearer`; a token over its rate is a 429 with Retry-After.
import { authenticateApiToken } from "../models/directory/api-tokens.server";
import type { AppUser } from "../models/directory/users.server";
import { apiError } from "../utils/api.server";
import { getEnv } from "../utils/env.server";
import { getOptionalUser } from "./auth.server";
import { db } from "../../db/client";
import { takeFromDatabaseBucket } from "./rate-limit.server";

export interface ApiCaller {
  user: AppUser;
  via: "session" | "token";
  /** The token's id when `via` is "token". */
  tokenId: number | null;
}

const REALM = 'Bearer realm="xieshang"';
/** The secret of an `Authorization: Bearer …` header; other schemes are not ours (e.g. a proxy's Basic). */
export function bearerSecret(request: Request): string | null {
  const header = request.headers.get("Authorization");
  // Headers arrive trimmed, so "Bearer " with no token is just "Bearer": still a (bad) bearer attempt.
  const match = header?.match(/^Bearer(?:[ \t]+(\S*))?[ \t]*$/i);
  return match ? (match[1] ?? "") : null;
}

function unauthorized(code: string, message: string, error?: string) {
  const response = apiError(401, code, message);
  response.headers.set("WWW-Authenticate", error ? `${REALM}, error="${error}"` : REALM);
  return response;
}

async function resolve(request: Request): Promise<ApiCaller | null> {
  const secret = bearerSecret(request);
  if (secret === null) {
    const user = await getOptionalUser(request);
    return user ? { user, via: "session", tokenId: null } : null;
  }
  const principal = await authenticateApiToken(secret);
  if (!principal) throw unauthorized("invalid_token", "The bearer token is unknown or revoked", "invalid_token");
  // Shared by every app process (the bucket is a row in the database).
  const decision = await takeFromDatabaseBucket(db, principal.tokenId, getEnv().API_TOKEN_RATE_LIMIT);
  if (!decision.ok) {
    const response = apiError(429, "rate_limited", `Too many requests for this token; retry in ${decision.retryAfterSeconds} s`);
    response.headers.set("Retry-After", String(decision.retryAfterSeconds));
    throw response;
  }
  return { user: principal.user, via: "token", tokenId: principal.tokenId };
}

// One resolution per request: the rate limit counts a request once however often it is asked.
const cache = new WeakMap<Request, Promise<ApiCaller | null>>();

/** The caller, or null for an anonymous request. Throws the 401/429 JSON Response for a bad or throttled token. */
export function getApiCaller(request: Request): Promise<ApiCaller | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = resolve(request);
    cache.set(request, pending);
  }
  return pending;
}

/** The calling user or null (anonymous); bad or throttled tokens still throw. */
export async function getApiUser(request: Request): Promise<AppUser | null> {
  return (await getApiCaller(request))?.user ?? null;
}

/** The calling user, or a thrown 401 JSON error that tells clients to send a bearer token. */
export async function requireApiUser(request: Request): Promise<AppUser> {
  const caller = await getApiCaller(request);
  if (!caller) throw unauthorized("unauthenticated", "Sign in, or send Authorization: Bearer <token>");
  return caller.user;
}

/**
 * The calling person for personal actions (studio sign-ups): signed in with
 * the session cookie. A department's token acts for its department's
 * handling only, never as a person: 403 `token_not_allowed`. Null when anonymous.
 */
export async function getPersonCaller(request: Request): Promise<AppUser | null> {
  const caller = await getApiCaller(request);
  if (caller?.via === "token") {
    throw apiError(403, "token_not_allowed", "API tokens act only on their department's handling; sign-ups are personal (sign in with the session cookie)");
  }
  return caller?.user ?? null;
}
