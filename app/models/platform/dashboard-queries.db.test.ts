// The staff and admin workbench figures, in one statement, agree with counting
// the rows one by one; a deactivated user or department drops out of them.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { queriesOf } from "../../../db/query-count";
import { departments, organisations, userRoles, users } from "../../../db/schema";
import { directoryFigures } from "./dashboard-queries.server";

async function countedOneByOne() {
  const active = await db.select({ id: users.id }).from(users).where(eq(users.active, true));
  const ids = new Set(active.map((u) => u.id));
  const roles: Record<string, number> = { public: 0, member: 0, organisation: 0, department: 0, staff: 0, admin: 0 };
  for (const r of await db.select().from(userRoles)) if (ids.has(r.userId)) roles[r.role]++;
  const d = (await db.select().from(departments)).filter((x) => x.active).length;
  const o = (await db.select().from(organisations)).filter((x) => x.active).length;
  return { roles, directory: { departments: d, organisations: o } };
}

describe("directoryFigures", () => {
  it("counts active users per role and active departments and organisations in one statement", async () => {
    let figures: Awaited<ReturnType<typeof directoryFigures>> | null = null;
    expect(await queriesOf(async () => void (figures = await directoryFigures()))).toBe(1);
    expect(figures).toEqual(await countedOneByOne());
    expect(figures!.roles.member).toBeGreaterThan(0);
  });

  it("leaves out a deactivated user and department", async () => {
    const before = await directoryFigures();
    const [member] = await db.select({ id: users.id }).from(users).where(eq(users.username, "member2"));
    const [dept] = await db.select({ id: departments.id }).from(departments).where(eq(departments.active, true)).limit(1);
    await db.update(users).set({ active: false }).where(eq(users.id, member.id));
    await db.update(departments).set({ active: false }).where(eq(departments.id, dept.id));
    const after = await directoryFigures();
    expect(after.roles.member).toBe(before.roles.member - 1);
    expect(after.directory.departments).toBe(before.directory.departments - 1);
    expect(after).toEqual(await countedOneByOne());
  });
});
