import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { departments, events, users } from "../../../db/schema";
import { changePassword, verifyLogin } from "./user-passwords.server";
import { createUser, getUserById, listUsers } from "./users.server";
import { setUserActive, updateUser } from "./user-admin.server";
import { domainError } from "../../../tests/db-helpers";

const idOf = async (username: string) => (await db.select().from(users).where(eq(users.username, username)))[0].id;
const deptId = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

describe("users", () => {
  it("creates a department user with roles, department and an event", async () => {
    const admin = await idOf("admin");
    const user = await createUser(
      {
        username: "dept-zj",
        displayName: "住建局办理员",
        password: "Zhujian2026ok",
        roles: ["department", "member"],
        departmentId: await deptId("市住房和城乡建设局"),
      },
      admin,
    );
    expect(user.roles).toEqual(["member", "department"]);
    expect(user.departmentName).toBe("市住房和城乡建设局");
    const log = await db.select().from(events).where(and(eq(events.subjectId, user.id), eq(events.action, "user.created")));
    expect(log).toHaveLength(1);
    expect(log[0].actorId).toBe(admin);
  });

  it("refuses bad input with a message for the field, and writes nothing", async () => {
    const admin = await idOf("admin");
    const before = (await listUsers()).total;
    expect((await domainError(createUser({ username: "A", displayName: "x", password: "Valid2026pass", roles: ["member"] }, admin))).field).toBe("username");
    expect((await domainError(createUser({ username: "member", displayName: "x", password: "Valid2026pass", roles: ["member"] }, admin))).message).toBe("该用户名已被使用");
    expect((await domainError(createUser({ username: "weak-one", displayName: "x", password: "short", roles: ["member"] }, admin))).field).toBe("password");
    expect((await domainError(createUser({ username: "no-dept", displayName: "x", password: "Valid2026pass", roles: ["department"] }, admin))).message).toBe("承办单位用户必须选择所属单位");
    expect((await listUsers()).total).toBe(before);
  });

  it("detects a concurrent edit through the version number", async () => {
    const admin = await idOf("admin");
    const id = await idOf("member2");
    const user = (await getUserById(id))!;
    const changes = { displayName: "陈思远", email: null, roles: user.roles, departmentId: null, organisationId: user.organisationId, version: user.version };
    await updateUser(id, changes, admin);
    const second = await domainError(updateUser(id, { ...changes, displayName: "另一个名字" }, admin));
    expect(second.code).toBe("conflict");
    expect((await getUserById(id))!.displayName).toBe("陈思远");
  });

  it("reports a role change so sessions can be ended", async () => {
    const admin = await idOf("admin");
    const id = await idOf("citizen");
    const user = (await getUserById(id))!;
    const result = await updateUser(
      id,
      { displayName: user.displayName, email: null, roles: ["public", "member"], departmentId: null, organisationId: null, version: user.version },
      admin,
    );
    expect(result.rolesChanged).toBe(true);
    expect((await getUserById(id))!.roles).toEqual(["public", "member"]);
  });

  it("never removes or deactivates the last active admin", async () => {
    const admin = await idOf("admin");
    const me = (await getUserById(admin))!;
    const err = await domainError(
      updateUser(admin, { displayName: me.displayName, email: null, roles: ["staff"], departmentId: null, organisationId: null, version: me.version }, admin),
    );
    expect(err.message).toBe("不能移除最后一位在用的管理员");
    expect((await domainError(setUserActive(admin, false, admin))).message).toBe("不能停用自己的账号");
  });

  it("changes a password only with the current one", async () => {
    const id = await idOf("staff");
    expect((await domainError(changePassword(id, "wrong-one-1", "NewPassword2027"))).field).toBe("currentPassword");
    await changePassword(id, "Xieshang2026", "NewPassword2027");
    expect(await verifyLogin("staff", "Xieshang2026")).toBeNull();
    expect((await verifyLogin("staff", "NewPassword2027"))?.username).toBe("staff");
  });

  it("filters the user list by role and text", async () => {
    const { users: depts } = await listUsers({ role: "department" });
    expect(depts.every((u) => u.roles.includes("department"))).toBe(true);
    expect((await listUsers({ query: "民盟" })).users.map((u) => u.username)).toContain("org-minmeng");
    expect((await listUsers({ query: "%_\\" })).users).toEqual([]);
  });
});
