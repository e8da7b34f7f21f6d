// json parameters sent to PGlite as UTF-8 bytes (pglite-json-bytes.ts): the same values and errors as text.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJsonAsBytes } from "./pglite-json-bytes";

const plain = new PGlite();
const bytes = new PGlite();
sendJsonAsBytes(bytes);
// Two databases start here (several seconds each on a loaded machine), not inside a test's time limit.
beforeAll(() => Promise.all([plain.waitReady, bytes.waitReady]), 120_000);
afterAll(async () => {
  await plain.close();
  await bytes.close();
});

const both = async (text: string, params: unknown[]) => {
  const run = (db: PGlite) => db.query(text, params).then((r) => r.rows, (e: Error) => `error: ${e.message}`);
  return [await run(plain), await run(bytes)];
};

describe("json parameters as bytes (PGlite)", () => {
  it("reads the same rows from json_to_recordset, CJK, emoji and escapes included", async () => {
    const rows = [
      { a: 1, t: "建议建立季度通报制度。由市政府办公厅牵头" },
      { a: 2, t: "emoji 🏛️, quote \" backslash \\ newline\n tab\t \u00e9 \ufffd" },
      { a: null, t: "" },
    ];
    const [expected, got] = await both("select * from json_to_recordset($1::json) as x(a int, t text)", [JSON.stringify(rows)]);
    expect(got).toEqual(expected);
    expect(got).toEqual(rows);
  });

  it("keeps json columns' values, objects given as such", async () => {
    const value = { path: "1.2", 名称: ["甲", "乙"], n: 3.5 };
    const [expected, got] = await both("select $1::json as v, $1::json::text as t", [value]);
    expect(got).toEqual(expected);
  });

  it("refuses malformed json with the same message", async () => {
    const [expected, got] = await both("select $1::json as v", ['{"a": ']);
    expect(String(expected)).toMatch(/^error: invalid input syntax for type json/);
    expect(got).toEqual(expected);
  });
});
