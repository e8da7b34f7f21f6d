// The engine contract on the PostgreSQL engine: PGlite always, a PostgreSQL
// server too when TEST_DATABASE_URL is set (vitest's "postgres" project).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db } from "../db/client";
import { runContract } from "./contract";
import { PgSearchEngine } from "./pg-engine";
import { quoteLexeme, tsvectorLiteral } from "./pg-tsvector";
import { searchDocuments } from "./schema";
import { setSearchEngine } from "./index";

const engine = new PgSearchEngine();
let previous: ReturnType<typeof setSearchEngine>;
beforeAll(() => {
  previous = setSearchEngine(engine);
});
afterAll(() => {
  setSearchEngine(previous);
});

runContract(`postgres (${process.env.TEST_DB_ENGINE ?? "pglite"})`, () => engine);

describe("PostgreSQL engine details", () => {
  it("stores the segmented, folded words with weights and positions", async () => {
    const literal = tsvectorLiteral([
      { text: "加裝電梯", weight: "A" },
      { text: "維修 O'Brien \\ 5G", weight: "B" },
    ]);
    const rows = (await db.execute(sql`select ${literal}::tsvector::text as v`)) as unknown;
    const v = (Array.isArray(rows) ? rows : (rows as { rows: { v: string }[] }).rows)[0].v as string;
    expect(v).toContain("'加装':1A");
    expect(v).toContain("'电梯':2A");
    expect(v).toContain("'维修':7B");
    expect(v).toContain("'5g'");
  });

  it("quotes lexemes so no input can change the tsquery", () => {
    expect(quoteLexeme("a'b")).toBe("'a''b'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
  });

  it("keeps a GIN index on the words", async () => {
    const rows = (await db.execute(
      sql`select indexdef from pg_indexes where tablename = 'search_documents' and indexname = 'search_documents_tsv_idx'`,
    )) as unknown;
    const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
    expect(JSON.stringify(list)).toMatch(/USING gin/i);
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(searchDocuments);
    expect(n).toBeGreaterThanOrEqual(0);
  });
});
