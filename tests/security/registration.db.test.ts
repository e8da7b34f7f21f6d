// Issue 14, items 10 and 15: registration is throttled per address (25
// accounts in 3.6 s used to go through), display names that read as a
// member's or a department's name are refused, and common passwords
// (`password12`) are refused wherever a password is set.
import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "../../app/auth/password.server";
import { call, form } from "./call";
import { userNamed } from "../fuzz/fixtures";

const register = (fields: Record<string, string>, ip: string) =>
  call("register.tsx", "action", "/register", { init: form({ email: "", confirm: fields.password, ...fields }), ip });

describe("registration (item 10)", () => {
  it("throttles many registrations from one address, not other addresses", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await register({ username: `burst-${i}`, displayName: `连续注册${i}`, password: "Quiet-Lake-2026" }, "10.60.0.1");
      statuses.push(res.status);
    }
    const created = statuses.filter((s) => s === 302).length;
    expect(created).toBeLessThanOrEqual(5);
    expect(statuses).toContain(429);
    const other = await register({ username: "burst-other", displayName: "另一地址", password: "Quiet-Lake-2026" }, "10.60.0.2");
    expect(other.status).toBe(302);
  });

  it("refuses display names that read as a member's, staff member's or department's name", async () => {
    const member = await userNamed("member");
    const cases = [member.displayName, ` ${member.displayName} `, "市民政局", "市 民政局", "市民政局办公室", "民盟省委会"];
    for (const [i, displayName] of cases.entries()) {
      const res = await register({ username: `impostor-${i}`, displayName, password: "Quiet-Lake-2026" }, `10.61.0.${i}`);
      expect(res.status, displayName).toBe(400);
      const body = await res.json();
      expect(body.errors.displayName, displayName).toMatch(/请换一个称呼|请用个人称呼/);
      expect(body.values.displayName).toBe(displayName);
    }
    const ok = await register({ username: "plain-citizen", displayName: "热心市民小李", password: "Quiet-Lake-2026" }, "10.61.1.1");
    expect(ok.status).toBe(302);
  });
});

describe("common passwords (item 15)", () => {
  it("knows the common ones, and not a decent one", () => {
    for (const p of ["password12", "Password123", "1qaz2wsx3edc", "woaini1314", "qwertyuiop"]) expect(isCommonPassword(p), p).toBe(true);
    expect(isCommonPassword("Quiet-Lake-2026")).toBe(false);
    expect(passwordProblem("password12")).toBe("这个密码太常见，容易被猜中，请换一个");
    expect(passwordProblem("Xieshang2026")).toBeNull();
  });

  it("is refused at registration, password change and by admins", async () => {
    const reg = await register({ username: "weak-one", displayName: "弱密码", password: "password12" }, "10.62.0.1");
    expect(reg.status).toBe(400);
    expect((await reg.json()).errors.password).toMatch(/太常见/);

    const change = await call("account.password.tsx", "action", "/account/password", {
      role: "citizen",
      init: form({ currentPassword: "Xieshang2026", newPassword: "password12", confirm: "password12" }),
    });
    expect(change.status).toBe(400);
    expect((await change.json()).errors.newPassword).toMatch(/太常见/);

    const created = await call("admin.users.new.tsx", "action", "/admin/users/new", {
      role: "admin",
      init: form({ username: "weak-admin-made", displayName: "新委员", password: "password12", roles: "member" }),
    });
    expect(created.status).toBe(400);
    expect((await created.json()).errors.password).toMatch(/太常见/);

    const target = await userNamed("member2");
    const reset = await call("admin.users.$userId.tsx", "action", `/admin/users/${target.id}`, {
      role: "admin",
      init: form({ intent: "reset-password", password: "password12" }),
      params: { userId: target.id },
    });
    expect(reset.status).toBe(400);
    expect((await reset.json()).errors.password).toMatch(/太常见/);
  });
});
