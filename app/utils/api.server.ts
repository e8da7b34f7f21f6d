// JSON API helpers: one error shape `{error: {code, message}}`, cursor pagination.
import { json } from "@remix-run/node";
import { z } from "zod";

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

export function intParam(value: string | null | undefined, name: string) {
  if (value == null || value === "") return undefined;
  if (!/^\d{1,9}$/.test(value)) apiFail(400, "invalid_parameter", `${name} must be a positive integer`);
  return Number(value);
}
