// The rows' JSON parameter (json-rows.ts): lone surrogates made well-formed, everything else as JSON.stringify writes it.
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { recommendations } from "./documents.schema";
import { insertJsonRows, wellFormed } from "./json-rows";

const paramOf = (rows: Parameters<typeof insertJsonRows<typeof recommendations>>[1]) =>
  JSON.parse(new PgDialect().sqlToQuery(insertJsonRows(recommendations, rows)).params[0] as string) as Record<string, unknown>[];

describe("insertJsonRows", () => {
  it("replaces lone surrogates with U+FFFD and keeps pairs", () => {
    const [row] = paramOf([{ title: "a\ud800b", text: "🏛️ c\udc00" }]);
    expect(row).toEqual({ title: "a\ufffdb", text: "🏛️ c\ufffd" });
  });

  it("keeps a text that spells an escape, and dates as ISO strings", () => {
    const at = new Date("2026-12-03T10:00:00.123Z");
    const [row] = paramOf([{ title: "\\ud800 literal", text: "建议", updatedAt: at, marker: null }]);
    expect(row).toEqual({ title: "\\ud800 literal", text: "建议", updated_at: at.toISOString(), marker: null });
  });

  it("wellFormed leaves well-formed strings as they are", () => {
    const text = "建议 🏛️";
    expect(wellFormed(text)).toBe(text);
    expect(wellFormed("x\udbff")).toBe("x\ufffd");
  });
});
