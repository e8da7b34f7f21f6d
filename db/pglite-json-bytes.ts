// PGlite takes `json` parameters as UTF-8 bytes (issue 16, the import). Its
// Bind serialiser counts a text parameter's UTF-8 length with a JavaScript
// loop over every character, twice, before encoding it; an import's batch
// carries its rows as multi-megabyte JSON parameters (json-rows.ts), and that
// loop was the largest piece of JavaScript in PGlite's share of the import.
// Given bytes, PGlite sends the parameter in binary format, and PostgreSQL's
// binary input for `json` (json_recv) reads the same UTF-8 text and validates
// it as the text input does: same value, same errors. Only `json` (jsonb's
// binary form starts with a version byte); the app has no `json[]` parameter,
// whose elements would go through this serializer too.
import { types, type PGlite } from "@electric-sql/pglite";

const encoder = new TextEncoder();

export function sendJsonAsBytes(pglite: PGlite): void {
  const serialize = pglite.serializers[types.JSON];
  // PGlite sends a Uint8Array value as is (binary format); its Serializer type only says string.
  pglite.serializers[types.JSON] = ((value: unknown) => encoder.encode(serialize(value))) as unknown as typeof serialize;
}
