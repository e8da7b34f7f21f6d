// Accounts and roles (用户与角色). Members, department staff and staff are
// created by admins; the public may register themselves (studio sign-ups,
// feedback). Every change writes an event in the same transaction.
import { randomUUID } from "node:crypto";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import { departments, organisations, userRoles, users, type Role } from "../../db/schema";
import { apiTokens } from "../../db/api-tokens.schema";
import { hashPassword, passwordProblem, verifyPassword } from "../auth/password.server";
import { DomainError } from "../utils/errors";
import { recordEvent } from "./events.server";

export const ROLES: readonly Role[] = ["public", "member", "organisation", "department", "staff", "admin"];

export { ROLE_LABELS } from "../utils/labels";

export interface AppUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  roles: Role[];
  departmentId: number | null;
  departmentName: string | null;
  organisationId: number | null;
  organisationName: string | null;
  version: number;
}

export const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,31}$/;

function normaliseUsername(username: string) {
  return username.trim().toLowerCase();
}

async function loadRoles(tx: DbOrTx, userId: string): Promise<Role[]> {
  const rows = await tx.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return ROLES.filter((r) => rows.some((row) => row.role === r));
}

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  active: users.active,
  departmentId: users.departmentId,
  departmentName: departments.name,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  version: users.version,
};

export async function getUserById(userId: string, tx: DbOrTx = db): Promise<AppUser | null> {
  const [row] = await tx
    .select(userColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row) return null;
  return { ...row, roles: await loadRoles(tx, row.id) };
}

export async function listUsers(options: { query?: string; role?: Role; limit?: number; offset?: number } = {}) {
  const conditions = [];
  if (options.query) {
    const q = `%${options.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.username, q), ilike(users.displayName, q)));
  }
  if (options.role) {
    conditions.push(
      sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = ${options.role})`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0);
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(where);
  const roleRows = rows.length
    ? await db
        .select()
        .from(userRoles)
        .where(sql`${userRoles.userId} in ${rows.map((r) => r.id)}`)
    : [];
  const list: AppUser[] = rows.map((row) => ({
    ...row,
    roles: ROLES.filter((r) => roleRows.some((x) => x.userId === row.id && x.role === r)),
  }));
  return { users: list, total: count };
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  roles: Role[];
  departmentId?: number | null;
  organisationId?: number | null;
}

function checkRoleLinks(roles: Role[], departmentId: number | null | undefined, organisationId: number | null | undefined) {
  if (roles.includes("department") && !departmentId) {
    throw new DomainError("承办单位用户必须选择所属单位", "invalid", "departmentId");
  }
  if (roles.includes("organisation") && !organisationId) {
    throw new DomainError("党派团体用户必须选择所属组织", "invalid", "organisationId");
  }
}

/** Create an account (by an admin, the seed, or self-registration with role public). */
export async function createUser(input: NewUser, actorId: string | null, tx: DbOrTx = db): Promise<AppUser> {
  const username = normaliseUsername(input.username);
  if (!USERNAME_RE.test(username)) {
    throw new DomainError("用户名须为 3–32 位小写字母、数字或 . _ -，以字母或数字开头", "invalid", "username");
  }
  const problem = passwordProblem(input.password);
  if (problem) throw new DomainError(problem, "invalid", "password");
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) throw new DomainError("至少选择一个角色", "invalid", "roles");
  checkRoleLinks(roles, input.departmentId, input.organisationId);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return tx.transaction(async (t) => {
    const [taken] = await t.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new DomainError("该用户名已被使用", "conflict", "username");
    if (input.email) {
      const [emailTaken] = await t
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = lower(${input.email})`);
      if (emailTaken) throw new DomainError("该邮箱已被注册", "conflict", "email");
    }
    await t.insert(users).values({
      id,
      username,
      displayName: input.displayName.trim(),
      email: input.email?.trim() || null,
      passwordHash,
      departmentId: input.departmentId ?? null,
      organisationId: input.organisationId ?? null,
    });
    await t.insert(userRoles).values(roles.map((role) => ({ userId: id, role })));
    await recordEvent(t, {
      actorId: actorId ?? id,
      subjectType: "user",
      subjectId: id,
      action: actorId ? "user.created" : "user.registered",
      toState: "active",
      data: { username, roles, departmentId: input.departmentId ?? null, organisationId: input.organisationId ?? null },
    });
    return (await getUserById(id, t))!;
  });
}

export interface UserChanges {
  displayName: string;
  email: string | null;
  roles: Role[];
  departmentId: number | null;
  organisationId: number | null;
  version: number;
}

/**
 * Admin edit of a user's profile, roles and affiliation. Optimistic locking:
 * the form carries the version it was loaded with. Returns whether the roles
 * changed (the caller then ends the user's sessions).
 */
export async function updateUser(userId: string, changes: UserChanges, actorId: string) {
  const roles = [...new Set(changes.roles)];
  if (roles.length === 0) throw new DomainError("至少选择一个角色", "invalid", "roles");
  checkRoleLinks(roles, changes.departmentId, changes.organisationId);
  return db.transaction(async (t) => {
    const before = await getUserById(userId, t);
    if (!before) throw new DomainError("用户不存在", "not_found");
    await assertNotServiceAccount(t, userId);
    if (changes.email) {
      const [emailTaken] = await t
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = lower(${changes.email})`, sql`${users.id} <> ${userId}`));
      if (emailTaken) throw new DomainError("该邮箱已被其他用户使用", "conflict", "email");
    }
    if (before.roles.includes("admin") && !roles.includes("admin")) await assertNotLastAdmin(t, userId);
    const updated = await t
      .update(users)
      .set({
        displayName: changes.displayName.trim(),
        email: changes.email?.trim() || null,
        departmentId: roles.includes("department") ? changes.departmentId : null,
        organisationId: changes.organisationId,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), eq(users.version, changes.version)))
      .returning({ id: users.id });
    if (updated.length === 0) {
      throw new DomainError("该用户已被他人修改，请查看最新内容后重新提交", "conflict");
    }
    const rolesChanged = roles.length !== before.roles.length || roles.some((r) => !before.roles.includes(r));
    if (rolesChanged) {
      await t.delete(userRoles).where(eq(userRoles.userId, userId));
      await t.insert(userRoles).values(roles.map((role) => ({ userId, role })));
    }
    await recordEvent(t, {
      actorId,
      subjectType: "user",
      subjectId: userId,
      action: rolesChanged ? "user.roles_changed" : "user.updated",
      data: {
        before: { roles: before.roles, departmentId: before.departmentId, organisationId: before.organisationId },
        after: { roles, departmentId: changes.departmentId, organisationId: changes.organisationId },
      },
    });
    return { rolesChanged };
  });
}

/** A token's account (api-tokens.server.ts) gets no password, roles or reactivation here. */
async function assertNotServiceAccount(t: DbOrTx, userId: string) {
  const [row] = await t.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.serviceUserId, userId));
  if (row) throw new DomainError("这是接口令牌的服务账号，请在“接口令牌”页面管理", "conflict");
}

async function assertNotLastAdmin(t: DbOrTx, userId: string) {
  const [{ count }] = await t
    .select({ count: sql<number>`count(*)::int` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "admin"), eq(users.active, true), sql`${users.id} <> ${userId}`));
  if (count === 0) throw new DomainError("不能移除最后一位在用的管理员", "conflict");
}

/** Deactivate or reactivate an account; a deactivated user cannot log in. */
export async function setUserActive(userId: string, active: boolean, actorId: string) {
  return db.transaction(async (t) => {
    const before = await getUserById(userId, t);
    if (!before) throw new DomainError("用户不存在", "not_found");
    await assertNotServiceAccount(t, userId);
    if (before.active === active) return;
    if (!active && userId === actorId) throw new DomainError("不能停用自己的账号", "conflict");
    if (!active && before.roles.includes("admin")) await assertNotLastAdmin(t, userId);
    await t
      .update(users)
      .set({ active, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordEvent(t, {
      actorId,
      subjectType: "user",
      subjectId: userId,
      action: active ? "user.reactivated" : "user.deactivated",
      fromState: before.active ? "active" : "inactive",
      toState: active ? "active" : "inactive",
    });
  });
}

/** Check a username and password; returns the user only when both match and the account is active. */
export async function verifyLogin(username: string, password: string): Promise<AppUser | null> {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.username, normaliseUsername(username)));
  if (!row) {
    // Spend the same time as a real check, so timing does not reveal which names exist.
    dummyHash ??= hashPassword(randomUUID());
    await verifyPassword(await dummyHash, password);
    return null;
  }
  const ok = await verifyPassword(row.passwordHash, password);
  if (!ok || !row.active) return null;
  return getUserById(row.id);
}

// A real argon2id hash of a random string, used only to equalise timing.
let dummyHash: Promise<string> | null = null;

/** The user changes their own password; the current one must be given. */
export async function changePassword(userId: string, current: string, next: string) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!row) throw new DomainError("用户不存在", "not_found");
  if (!(await verifyPassword(row.passwordHash, current))) {
    throw new DomainError("当前密码不正确", "invalid", "currentPassword");
  }
  const problem = passwordProblem(next);
  if (problem) throw new DomainError(problem, "invalid", "newPassword");
  if (current === next) throw new DomainError("新密码不能与当前密码相同", "invalid", "newPassword");
  await setPassword(userId, next, userId, "user.password_changed");
}

/** Admin reset, or the second half of changePassword. */
export async function setPassword(userId: string, password: string, actorId: string, action = "user.password_reset") {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError(problem, "invalid", "password");
  const passwordHash = await hashPassword(password);
  await db.transaction(async (t) => {
    await assertNotServiceAccount(t, userId);
    const changed = await t
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (changed.length === 0) throw new DomainError("用户不存在", "not_found");
    await recordEvent(t, { actorId, subjectType: "user", subjectId: userId, action });
  });
}

export function countUsers() {
  return db.select({ count: sql<number>`count(*)::int` }).from(users).then((r) => r[0].count);
}
