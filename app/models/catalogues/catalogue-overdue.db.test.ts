// The department's 公开事项逾期 to-do is counted in SQL (catalogue-overdue-sql.ts, a column of
// the session statement); the pages flag overdue items with overdueStatus (disclosure-schedule.ts).
// Here the two must agree item by item: every kind of item, each responsible to a department
// of its own, on every day checked from 2025 to 2027 — weekly, and daily across National Day
// 2026 with its make-up Sunday and across the Spring Festival.
import { eq, isNotNull, notInArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, rowsOf } from "../../../db/client";
import { catalogueEntries, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { departments, users } from "../../../db/schema";
import { getUserById } from "../directory/users.server";
import { addDays } from "../platform/calendar";
import { todoCounts } from "../todos/todos.server";
import { overdueCatalogueItemsCount } from "./catalogue-overdue-sql";
import { itemStatuses, overdueItems } from "./catalogue-status.server";

type Item = Partial<typeof catalogueItems.$inferInsert> & Pick<typeof catalogueItems.$inferInsert, "frequency">;
type Entry = Pick<typeof catalogueEntries.$inferInsert, "status"> & Partial<typeof catalogueEntries.$inferInsert>;

const published = (periodStart: string, periodEnd: string, status: Entry["status"] = "published"): Entry => ({ status, periodStart, periodEnd, publishedAt: new Date(`${periodEnd}T08:00:00Z`) });
const unpublished = (occurredOn: string, status: Entry["status"] = "draft"): Entry => ({ status, occurredOn });

/** One item per case, each with its entries. */
const CASES: { item: Item; entries: Entry[] }[] = [
  { item: { frequency: "monthly", timeLimitDays: 10, effectiveFrom: "2025-01-01" }, entries: [published("2026-08-01", "2026-08-31"), published("2026-09-01", "2026-09-30")] },
  { item: { frequency: "quarterly", timeLimitDays: 15, effectiveFrom: "2025-03-15" }, entries: [] },
  { item: { frequency: "quarterly", timeLimitDays: 0, effectiveFrom: "2026-02-10" }, entries: [published("2026-01-01", "2026-03-31")] },
  { item: { frequency: "half_yearly", timeLimitDays: 30, effectiveFrom: "2025-08-01" }, entries: [published("2025-07-01", "2025-12-31")] },
  { item: { frequency: "yearly", timeLimitDays: 90, effectiveFrom: "2024-06-01" }, entries: [published("2025-01-01", "2025-12-31")] },
  // A superseded entry still covers its period; a draft covering a later one does not.
  { item: { frequency: "monthly", timeLimitDays: 5, effectiveFrom: "2025-06-01" }, entries: [published("2026-05-01", "2026-05-31", "superseded"), { status: "draft", periodStart: "2026-10-01", periodEnd: "2026-10-31" }] },
  // An entry covering a stretch that is not one period: the period holding its last day is done.
  { item: { frequency: "monthly", timeLimitDays: 7, effectiveFrom: "2025-01-01" }, entries: [published("2025-11-10", "2026-02-14")] },
  // Event items: the clock runs in working days from the information date (across the holidays).
  { item: { frequency: "event", frequencyDays: 5, effectiveFrom: "2025-01-01" }, entries: [unpublished("2026-09-28"), unpublished("2026-12-01", "pending_review"), published("2025-01-01", "2025-01-01")] },
  { item: { frequency: "event", frequencyDays: 1, effectiveFrom: "2025-01-01" }, entries: [unpublished("2026-02-13", "returned")] },
  { item: { frequency: "as_needed", effectiveFrom: "2025-01-01" }, entries: [unpublished("2026-11-01", "returned")] },
  // Before the obligation began: never late.
  { item: { frequency: "event", frequencyDays: 3, effectiveFrom: "2026-06-01" }, entries: [unpublished("2026-05-20")] },
  // Never overdue: on request, inactive.
  { item: { frequency: "monthly", mode: "on_request", effectiveFrom: "2025-01-01" }, entries: [] },
  { item: { frequency: "monthly", active: false, effectiveFrom: "2025-01-01" }, entries: [] },
];

function days() {
  const out: string[] = [];
  for (let d = "2025-01-03"; d <= "2027-12-31"; d = addDays(d, 7)) out.push(d);
  for (let d = "2026-09-25"; d <= "2026-10-20"; d = addDays(d, 1)) out.push(d);
  for (let d = "2026-02-10"; d <= "2026-03-05"; d = addDays(d, 1)) out.push(d);
  for (let d = "2026-11-01"; d <= "2026-12-15"; d = addDays(d, 1)) out.push(d);
  return out;
}

describe("a department's overdue disclosure items in SQL (its 待办)", { timeout: 300_000 }, () => {
  it("agree with the pages' overdue flag for every kind of item on every day", async () => {
    // Departments with no disclosure items yet, one per case.
    const taken = await db.select({ id: catalogueItems.responsibleDepartmentId }).from(catalogueItems).where(isNotNull(catalogueItems.responsibleDepartmentId));
    const owners = await db.select({ id: catalogues.ownerDepartmentId }).from(catalogues).where(isNotNull(catalogues.ownerDepartmentId));
    const busy = [...taken, ...owners].map((r) => r.id!);
    const free = await db.select({ id: departments.id }).from(departments).where(notInArray(departments.id, busy)).limit(CASES.length + 2);
    const [owner, inactiveOwner, ...responsible] = free.map((d) => d.id);
    const [catalogue] = await db.insert(catalogues).values({ slug: "overdue-sql-test", title: "逾期计数测试目录", ownerDepartmentId: owner }).returning();
    const [closed] = await db.insert(catalogues).values({ slug: "overdue-sql-closed", title: "已停用的目录", ownerDepartmentId: inactiveOwner, active: false }).returning();
    const itemIds: number[] = [];
    for (const [i, c] of CASES.entries()) {
      // The first case has no responsible department of its own: the catalogue's owner answers for it.
      const [item] = await db.insert(catalogueItems).values({ catalogueId: catalogue.id, title: `事项 ${i + 1}`, responsibleDepartmentId: i === 0 ? null : responsible[i], ...c.item }).returning();
      itemIds.push(item.id);
      for (const [k, e] of c.entries.entries()) await db.insert(catalogueEntries).values({ itemId: item.id, title: `信息 ${i + 1}-${k + 1}`, ...e });
    }
    const [offItem] = await db.insert(catalogueItems).values({ catalogueId: closed.id, title: "停用目录的事项", frequency: "monthly", effectiveFrom: "2025-01-01" }).returning();
    itemIds.push(offItem.id);
    const deptOf = (index: number) => (index === 0 ? owner : index < CASES.length ? responsible[index] : inactiveOwner);
    const deptIds = itemIds.map((_, index) => deptOf(index));

    let overdueSeen = 0;
    for (const day of days()) {
      const statuses = await itemStatuses({ itemIds }, day);
      const expected = Object.fromEntries(deptIds.map((d, index) => [d, statuses.find((s) => s.itemId === itemIds[index])!.status.overdue ? 1 : 0]));
      const rows = rowsOf<{ id: number; n: number }>(
        await db.execute(sql`select d.id, ${overdueCatalogueItemsCount(sql`d.id`, day)} as n from departments d where d.id in (${sql.join(deptIds.map((d) => sql`${d}`), sql`, `)})`),
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, Number(r.n)])), day).toEqual(expected);
      overdueSeen += Object.values(expected).reduce((a, b) => a + b, 0);
    }
    // The cases are overdue on some days and not on others.
    expect(overdueSeen).toBeGreaterThan(100);
  });

  it("is the department's 公开事项逾期 to-do, the same number as its overdue list", async () => {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, "dept-mz"));
    const mz = (await getUserById(row.id))!;
    for (const day of ["2026-11-22", "2026-12-03", "2027-03-01"]) {
      const now = new Date(`${day}T04:00:00Z`);
      const counts = await todoCounts(mz, now);
      expect(counts.department!.catalogues, day).toBe((await overdueItems({ departmentId: mz.departmentId! }, day)).length);
    }
    // The seeded 临时救助 (monthly) is late on 2026-11-22 (README, "Seed").
    expect((await todoCounts(mz, new Date("2026-11-22T04:00:00Z"))).department!.catalogues).toBeGreaterThan(0);
  });
});
