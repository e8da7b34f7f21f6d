import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { departments, events, users } from "../../../db/schema";
import { createDepartment, getDepartment, listDepartments, mergeDepartments, setDepartmentActive, updateDepartment } from "./departments.server";
import { createOrganisation, getOrganisationBySlug, updateOrganisation } from "./organisations.server";
import { domainError } from "../../../tests/db-helpers";

const adminId = async () => (await db.select().from(users).where(eq(users.username, "admin")))[0].id;
const byName = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0];

describe("departments directory", () => {
  it("finds departments by alias", async () => {
    const found = await listDepartments({ query: "住建部门" });
    expect(found.map((d) => d.name)).toContain("市住房和城乡建设局");
  });

  it("refuses an alias already used by another department", async () => {
    const err = await domainError(
      createDepartment({ name: "市新设局", shortName: null, aliases: ["民政部门"], level: "city", kind: "government", parentId: null }, await adminId()),
    );
    expect(err.message).toBe("“民政部门”已被“市民政局”使用");
    expect(await byName("市新设局")).toBeUndefined();
  });

  it("edits aliases with a version check and records before/after", async () => {
    const admin = await adminId();
    const d = await byName("市民政局");
    const input = { name: d.name, shortName: d.shortName, aliases: [...d.aliases, "社会救助部门"], level: d.level, kind: d.kind, parentId: d.parentId, version: d.version };
    const updated = await updateDepartment(d.id, input, admin);
    expect(updated.aliases).toContain("社会救助部门");
    expect((await domainError(updateDepartment(d.id, input, admin))).code).toBe("conflict");
    const [ev] = await db.select().from(events).where(and(eq(events.subjectType, "department"), eq(events.subjectId, String(d.id)), eq(events.action, "department.updated")));
    expect((ev.data as { after: { aliases: string[] } }).after.aliases).toContain("社会救助部门");
  });

  it("merges a duplicate: names become aliases, users move, history stays", async () => {
    const admin = await adminId();
    const dup = await createDepartment(
      { name: "市民政事务局", shortName: "民政事务局", aliases: ["民政事务"], level: "city", kind: "government", parentId: null },
      admin,
    );
    await db.insert(users).values({ id: "u-dup", username: "dup-user", displayName: "重复单位用户", passwordHash: "x", departmentId: dup.id });
    const survivor = await byName("市民政局");
    await mergeDepartments(dup.id, survivor.id, admin);
    const after = (await getDepartment(survivor.id))!;
    expect(after.aliases).toEqual(expect.arrayContaining(["市民政事务局", "民政事务局", "民政事务"]));
    const merged = (await getDepartment(dup.id))!;
    expect(merged.active).toBe(false);
    expect(merged.mergedIntoId).toBe(survivor.id);
    const [u] = await db.select().from(users).where(eq(users.id, "u-dup"));
    expect(u.departmentId).toBe(survivor.id);
    expect((await domainError(setDepartmentActive(dup.id, true, admin))).message).toBe("已合并的单位不能重新启用");
    expect((await listDepartments()).some((d) => d.id === dup.id)).toBe(false);
  });

  it("deactivates and reactivates, with events", async () => {
    const admin = await adminId();
    const d = await byName("市体育局");
    await setDepartmentActive(d.id, false, admin);
    expect((await getDepartment(d.id))!.active).toBe(false);
    await setDepartmentActive(d.id, true, admin);
    const log = await db.select().from(events).where(and(eq(events.subjectType, "department"), eq(events.subjectId, String(d.id))));
    expect(log.map((e) => e.action)).toEqual(["department.created", "department.deactivated", "department.reactivated"]);
  });
});

describe("organisations", () => {
  it("creates and edits with unique slugs and a version check", async () => {
    const admin = await adminId();
    const row = await createOrganisation({ slug: "sector-test", name: "测试界别", shortName: null, aliases: [], kind: "sector", description: "" }, admin);
    expect((await domainError(createOrganisation({ slug: "sector-test", name: "另一个", shortName: null, aliases: [], kind: "sector", description: "" }, admin))).field).toBe("slug");
    const input = { slug: "sector-test", name: "测试界别（改）", shortName: null, aliases: ["测试"], kind: "sector" as const, description: "", active: true, version: row.version };
    await updateOrganisation(row.id, input, admin);
    expect((await domainError(updateOrganisation(row.id, input, admin))).code).toBe("conflict");
    expect((await getOrganisationBySlug("sector-test"))!.name).toBe("测试界别（改）");
  });
});
