// Statements with parameters run as named prepared statements on a PostgreSQL server
// (db/prepared-statements.ts): read back from pg_prepared_statements on the one
// connection of a pool of one. PGlite runs in-process and is not concerned.
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDatabase, openDatabase, rowsOf, type DatabaseHandle } from "./client";
import { PREPARED_PARAMS_MAX } from "./prepared-statements";
import { users } from "./schema";

const live = () => getDatabase();
let handle: DatabaseHandle | null = null;
afterEach(async () => {
  await handle?.close();
  handle = null;
  delete process.env.DATABASE_PREPARE;
});

async function preparedTexts(h: DatabaseHandle) {
  const rows = rowsOf<{ statement: string }>(await h.db.execute(sql`select statement from pg_prepared_statements`));
  return rows.map((r) => r.statement);
}

describe("named prepared statements (PostgreSQL)", () => {
  beforeEach((ctx) => {
    if (live().engine !== "postgres") ctx.skip();
  });

  it("prepares a statement with parameters once and reuses it, in and out of transactions", async () => {
    handle = openDatabase({ databaseUrl: live().url!, max: 1 });
    const marker = "xs_prepared_marker";
    for (let i = 0; i < 3; i++) {
      const [row] = rowsOf<{ x: number }>(await handle.db.execute(sql`select ${i}::int + 1 as x, ${marker}::text as m`));
      expect(row.x).toBe(i + 1);
    }
    await handle.db.transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(sql`${users.username} = ${"staff"}`);
      await tx.transaction(async (inner) => {
        await inner.select({ id: users.id }).from(users).where(sql`${users.username} = ${"admin"}`);
      });
    });
    const texts = await preparedTexts(handle);
    expect(texts.filter((t) => t.includes("as x") && t.includes("as m"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('"users"."username" = $1'))).toHaveLength(1);
  });

  it("leaves one-off shapes unnamed: statements with many parameters", async () => {
    handle = openDatabase({ databaseUrl: live().url!, max: 1 });
    const many = Array.from({ length: PREPARED_PARAMS_MAX + 1 }, (_, i) => sql`${i}::int`);
    const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select array_length(array[${sql.join(many, sql`, `)}], 1) as n`));
    expect(row.n).toBe(PREPARED_PARAMS_MAX + 1);
    expect((await preparedTexts(handle)).filter((t) => t.includes("array_length"))).toHaveLength(0);
  });

  it("DATABASE_PREPARE=0 turns it off", async () => {
    process.env.DATABASE_PREPARE = "0";
    handle = openDatabase({ databaseUrl: live().url!, max: 1 });
    await handle.db.execute(sql`select ${1}::int as unprepared_marker`);
    expect((await preparedTexts(handle)).filter((t) => t.includes("unprepared_marker"))).toHaveLength(0);
  });
});
