// Accounts and roles (用户与角色): reading users and creating accounts.
// Members, department staff and staff are created by admins; the public may
// register themselves (studio sign-ups, feedback). Admin edits live in
// user-admin.server.ts, passwords and login in user-passwords.server.ts.
import { randomUUID } from "node:crypto";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { departments, organisations, userRoles, users, type Role } from "../../../db/schema";
import { apiTokens } from "../../../db/api-tokens.schema";
import { hashPassword, passwordProblem } from "../../auth/password.server";
import { normaliseLoginName } from "../../auth/throttle.server";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";

export const ROLES: readonly Role[] = ["public", "member", "organisation", "department", "staff", "admin"];

export { ROLE_LABELS } from "../../utils/labels";

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

/** One spelling per account name (full-width letters, spaces and case folded): app/auth/throttle.server.ts. */
export function normaliseUsername(username: string) {
  return normaliseLoginName(username);
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
  // No stored id holds a NUL (which PostgreSQL refuses in text) or is this long: no such user.
  if (!userId || userId.length > 200 || userId.includes("\u0000")) return null;
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

export function checkRoleLinks(roles: Role[], departmentId: number | null | undefined, organisationId: number | null | undefined) {
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

/** Is this the service account of an API token (api-tokens.server.ts)? */
export async function isServiceAccount(t: DbOrTx, userId: string) {
  const [row] = await t.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.serviceUserId, userId));
  return !!row;
}

/** A token's account gets no password, roles or reactivation here. */
export async function assertNotServiceAccount(t: DbOrTx, userId: string) {
  if (await isServiceAccount(t, userId)) throw new DomainError("这是接口令牌的服务账号，请在“接口令牌”页面管理", "conflict");
}

export function countUsers() {
  return db.select({ count: sql<number>`count(*)::int` }).from(users).then((r) => r[0].count);
}
