import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { departments, events, organisations, userRoles, users } from "./schema";
import { DEMO_ACCOUNTS } from "./seed";

describe("migrations and seed", () => {
  it("created every table of the foundation", async () => {
    const rows = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    // postgres.js returns an array, PGlite a result with `rows`.
    const list = (Array.isArray(rows) ? rows : (rows as { rows: { table_name: string }[] }).rows) as { table_name: string }[];
    const names = list.map((r) => r.table_name);
    expect(names).toEqual(
      expect.arrayContaining(["departments", "events", "login_throttle", "organisations", "sessions", "user_roles", "users"]),
    );
  });

  it("can run again without changing anything", async () => {
    await migrateDatabase(getDatabase());
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(departments);
    expect(n).toBeGreaterThanOrEqual(60);
  });

  it("seeded the directory and a demo account for every role", async () => {
    const orgs = await db.select().from(organisations);
    for (const short of ["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "工商联"]) {
      expect(orgs.some((o) => o.name.includes(short) || o.aliases.includes(short)), short).toBe(true);
    }
    const [mz] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    expect(mz.aliases).toEqual(expect.arrayContaining(["民政部门", "民政"]));
    const roles = await db.select({ role: userRoles.role }).from(userRoles);
    for (const role of ["public", "member", "organisation", "department", "staff", "admin"]) {
      expect(roles.some((r) => r.role === role), role).toBe(true);
    }
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(n).toBe(DEMO_ACCOUNTS.length);
  });

  it("keeps the events table append-only", async () => {
    const [row] = await db
      .insert(events)
      .values({ subjectType: "test", subjectId: "1", action: "test.appended" })
      .returning();
    await expect(db.update(events).set({ note: "rewritten" }).where(eq(events.id, row.id))).rejects.toThrow();
    await expect(db.delete(events).where(eq(events.id, row.id))).rejects.toThrow();
    const [still] = await db.select().from(events).where(eq(events.id, row.id));
    expect(still.note).toBeNull();
  });
});
