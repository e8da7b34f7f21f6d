import { notFound } from "./responses";
/** A numeric route id, or a 404 for anything else (`/departments/abc`). */
export function parseId(value: string | undefined): number {
  if (!value || !/^\d{1,9}$/.test(value)) throw notFound();
  return Number(value);
}

/**
 * Whether a slug or case number from a URL can name a stored row. PostgreSQL
 * text cannot hold NUL (the query would fail with a 500), and nothing we store
 * under such a key is longer than 200 characters; anything else is simply not
 * found.
 */
export function isLookupKey(value: string): boolean {
  return value.length > 0 && value.length <= 200 && !value.includes("\u0000");
}
