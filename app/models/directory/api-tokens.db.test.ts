// API tokens: issued by admins, stored only as a hash, acting as their
// department through a service account that cannot log in, revocable.
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens } from "../../../db/api-tokens.schema";
import { db, rowsOf } from "../../../db/client";
import { assignments } from "../../../db/loop.schema";
import { departments, events, users } from "../../../db/schema";
import { authenticateApiToken, createApiToken, hashSecret, listApiTokens, revokeApiToken } from "./api-tokens.server";
import { departmentAssignmentDetail, listDepartmentAssignments } from "../loop/department-api.server";
import { assignProposal, signAssignment } from "../loop/handling.server";
import { acceptProposal } from "../loop/proposal-review.server";
import { createProposal, submitProposal } from "../loop/proposals.server";
import { getUserById } from "./users.server";
import { setPassword, verifyLogin } from "./user-passwords.server";
import { setUserActive, updateUser } from "./user-admin.server";
import { domainError } from "../../../tests/db-helpers";

const user = async (username: string) => {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
};
const dept = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;

/** A proposal assigned separately to 市民政局 and 市卫生健康委员会; returns both assignment ids. */
async function assignedToBoth() {
  const [member, staff] = await Promise.all([user("member"), user("staff")]);
  const [mz, wj] = await Promise.all([dept("市民政局"), dept("市卫生健康委员会")]);
  const p = await createProposal(member, { title: "关于推进医养结合的提案", body: "## 一、建议\n\n民政和卫健部门协同推进医养结合。", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, p.id);
  await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
  await assignProposal(staff, p.id, { mode: "separate", separateDepartmentIds: [mz, wj] });
  const rows = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
  return { proposalId: p.id, mz: rows.find((a) => a.departmentId === mz)!.id, wj: rows.find((a) => a.departmentId === wj)!.id };
}

describe("API tokens", () => {
  it("are issued by admins only, shown once and stored as a SHA-256 hash", async () => {
    const [admin, staff] = await Promise.all([user("admin"), user("staff")]);
    const mz = await dept("市民政局");
    expect((await domainError(createApiToken(staff, { name: "民政办公系统", departmentId: mz }))).code).toBe("forbidden");
    expect((await domainError(createApiToken(admin, { name: "x", departmentId: mz }))).field).toBe("name");
    expect((await domainError(createApiToken(admin, { name: "民政办公系统", departmentId: 999_999 }))).field).toBe("departmentId");

    const { token, secret } = await createApiToken(admin, { name: "民政办公系统", departmentId: mz });
    expect(secret).toMatch(/^xs_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 9));
    expect(token.secretHash).toBe(hashSecret(secret));
    // The secret is nowhere in the database: not in the token row, the service account or any event.
    const anywhere = await db.execute(sql`select 1 from api_tokens t, users u, events e where t.id = ${token.id}
      and (t::text like ${"%" + secret.slice(3) + "%"} or u::text like ${"%" + secret.slice(3) + "%"} or e::text like ${"%" + secret.slice(3) + "%"}) limit 1`);
    expect(rowsOf(anywhere)).toEqual([]);

    const listed = (await listApiTokens(admin)).find((t) => t.id === token.id)!;
    expect(listed).toMatchObject({ name: "民政办公系统", departmentName: "市民政局", prefix: token.prefix, createdBy: admin.displayName, lastUsedAt: null, revokedAt: null });
    expect((await domainError(listApiTokens(staff))).code).toBe("forbidden");

    const created = await db.select().from(events).where(and(eq(events.subjectType, "api_token"), eq(events.subjectId, String(token.id))));
    expect(created.map((e) => [e.action, e.actorId])).toEqual([["api_token.created", admin.id]]);
  });

  it("authenticate as the department's service account, which cannot log in or be edited as a user", async () => {
    const admin = await user("admin");
    const mz = await dept("市民政局");
    const { token, secret } = await createApiToken(admin, { name: "民政数据交换", departmentId: mz });
    const t0 = new Date();
    const principal = (await authenticateApiToken(secret, t0))!;
    expect(principal.tokenId).toBe(token.id);
    expect(principal.user).toMatchObject({ roles: ["department"], departmentId: mz, departmentName: "市民政局", active: true });
    expect(principal.user.id).toBe(token.serviceUserId);

    // last_used_at is written at most once a minute.
    const lastUsed = async () => (await db.select().from(apiTokens).where(eq(apiTokens.id, token.id)))[0].lastUsedAt?.getTime();
    expect(await lastUsed()).toBe(t0.getTime());
    await authenticateApiToken(secret, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toBe(t0.getTime());
    await authenticateApiToken(secret, new Date(t0.getTime() + 61_000));
    expect(await lastUsed()).toBe(t0.getTime() + 61_000);

    for (const bad of ["", "xs_", secret.slice(0, -1), secret + "A", secret.replace(/^xs_/, "xt_"), `xs_${"A".repeat(43)}`]) {
      expect(await authenticateApiToken(bad), bad).toBeNull();
    }

    expect(await verifyLogin(principal.user.username, "Xieshang2026")).toBeNull();
    expect((await domainError(setPassword(principal.user.id, "NewPassword123", admin.id))).code).toBe("conflict");
    expect((await domainError(setUserActive(principal.user.id, false, admin.id))).code).toBe("conflict");
    const changes = { displayName: "x", email: null, roles: ["admin" as const], departmentId: null, organisationId: null, version: 1 };
    expect((await domainError(updateUser(principal.user.id, changes, admin.id))).code).toBe("conflict");
    expect((await getUserById(principal.user.id))!.roles).toEqual(["department"]);
  });

  it("see and act on their own department's assignments only, and events name the token's account", async () => {
    const admin = await user("admin");
    const { mz, wj, proposalId } = await assignedToBoth();
    const { secret } = await createApiToken(admin, { name: "民政办公系统", departmentId: await dept("市民政局") });
    const caller = (await authenticateApiToken(secret))!.user;

    const mine = await listDepartmentAssignments(caller);
    expect(mine.map((a) => a.id)).toContain(mz);
    expect(mine.map((a) => a.id)).not.toContain(wj);
    expect((await departmentAssignmentDetail(caller, mz)).proposal.title).toBe("关于推进医养结合的提案");
    expect((await domainError(departmentAssignmentDetail(caller, wj))).code).toBe("not_found");

    expect((await domainError(signAssignment(caller, wj))).code).toBe("not_found");
    const [untouched] = await db.select().from(assignments).where(eq(assignments.id, wj));
    expect(untouched.state).toBe("assigned");

    await signAssignment(caller, mz);
    const [signed] = await db.select().from(assignments).where(eq(assignments.id, mz));
    expect(signed.state).toBe("signed");
    const [event] = await db
      .select()
      .from(events)
      .where(and(eq(events.subjectType, "proposal"), eq(events.subjectId, String(proposalId)), eq(events.action, "assignment.signed")));
    expect(event.actorId).toBe(caller.id);
  });

  it("stop working when revoked, with an event, and cannot be revoked twice", async () => {
    const [admin, staff] = await Promise.all([user("admin"), user("staff")]);
    const { token, secret } = await createApiToken(admin, { name: "卫健接口", departmentId: await dept("市卫生健康委员会") });
    expect(await authenticateApiToken(secret)).not.toBeNull();
    expect((await domainError(revokeApiToken(staff, token.id))).code).toBe("forbidden");
    await revokeApiToken(admin, token.id);
    expect(await authenticateApiToken(secret)).toBeNull();
    expect((await getUserById(token.serviceUserId))!.active).toBe(false);
    expect((await domainError(revokeApiToken(admin, token.id))).code).toBe("conflict");
    expect((await domainError(revokeApiToken(admin, 999_999))).code).toBe("not_found");
    const listed = (await listApiTokens(admin)).find((t) => t.id === token.id)!;
    expect(listed.revokedAt).toBeInstanceOf(Date);
    const trail = await db.select().from(events).where(and(eq(events.subjectType, "api_token"), eq(events.subjectId, String(token.id))));
    expect(trail.map((e) => [e.action, e.toState, e.actorId])).toEqual([
      ["api_token.created", "active", admin.id],
      ["api_token.revoked", "revoked", admin.id],
    ]);
  });
});
