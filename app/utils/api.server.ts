// JSON API helpers: one error shape `{error: {code, message}}`, cursor pagination.
import { json } from "@remix-run/node";
import { z } from "zod";
import { BODY_LIMITS, readBodyBytes } from "./body-limits.server";
import { httpStatusOf, isDomainError } from "./errors";

export function apiError(status: number, code: string, message: string) {
  return json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Throw from a loader to answer with a JSON error. */
export function apiFail(status: number, code: string, message: string): never {
  throw apiError(status, code, message);
}

export function apiOk<T>(data: T, init?: ResponseInit) {
  return json(data, { ...init, headers: { "Cache-Control": "public, max-age=30", ...(init?.headers ?? {}) } });
}

/**
 * One page of a cursor-paginated list. The query asks for `limit + 1` rows:
 * the one past the page says there is more, starting after the page's last id.
 */
export function cursorPage<T extends { id: number }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

/** `?limit=&cursor=`; a bad value is a 400 with a message, not a silent default. */
export function pageParams(url: URL) {
  const result = pageSchema.safeParse({
    limit: url.searchParams.get("limit") ?? undefined,
    cursor: url.searchParams.get("cursor") ?? undefined,
  });
  if (!result.success) apiFail(400, "invalid_parameter", "limit must be 1–100 and cursor a positive integer");
  return { limit: result.data.limit, cursor: result.data.cursor ?? null };
}

/** A free-text query parameter: cut to `max` characters, NUL removed (PostgreSQL text cannot hold it). */
export function textParam(value: string | null | undefined, max = 100) {
  // eslint-disable-next-line no-control-regex -- removing NUL is the point
  return value?.replace(/\u0000/g, "").slice(0, max) || undefined;
}

export function intParam(value: string | null | undefined, name: string) {
  if (value == null || value === "") return undefined;
  if (!/^\d{1,9}$/.test(value)) apiFail(400, "invalid_parameter", `${name} must be a positive integer`);
  return Number(value);
}

/** Run a domain action for the API: DomainErrors become JSON errors with their status. */
export async function apiAction(run: () => Promise<unknown>) {
  try {
    await run();
    return null;
  } catch (error) {
    if (isDomainError(error)) return apiError(httpStatusOf[error.code], error.code, error.message);
    throw error;
  }
}

/** Deeper JSON than any API body needs (theirs are 2 levels): refused before anything walks it. */
export const JSON_MAX_DEPTH = 16;

/** Nesting depth of a parsed JSON value, counted without recursion (a 50,000-deep body once overflowed the stack). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== "object") continue;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** NUL removed from every string: PostgreSQL text cannot hold it (as for forms). Depth is bounded first. */
function withoutNul(value: unknown): unknown {
  // eslint-disable-next-line no-control-regex -- removing NUL is the point
  if (typeof value === "string") return value.replace(/\u0000/g, "");
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)]));
  return value;
}

/**
 * Parse a JSON body with a zod schema, or answer 400: at most 1 MB (413
 * beyond, reading stops there), and nested at most JSON_MAX_DEPTH deep.
 */
export async function jsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const bytes = await readBodyBytes(request, BODY_LIMITS.json);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    apiFail(400, "invalid_json", "Request body must be JSON");
  }
  if (jsonDepth(raw, JSON_MAX_DEPTH) > JSON_MAX_DEPTH) apiFail(400, "too_deep", `JSON nested more than ${JSON_MAX_DEPTH} levels`);
  const parsed = schema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    apiFail(400, "invalid_parameter", `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  return parsed.data;
}
