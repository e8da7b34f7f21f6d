// Admin changes to an existing account: profile, roles and affiliation
// (optimistic locking), deactivation and reactivation. The last active admin
// and API-token service accounts are protected. Every change writes an event.
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { userRoles, users, type Role } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { assertNotServiceAccount, checkRoleLinks, getUserById } from "./users.server";
import { updateVersioned } from "../platform/versioned.server";

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
    await updateVersioned(t, users, { id: userId, expectedVersion: changes.version, conflict: "该用户已被他人修改，请查看最新内容后重新提交" }, {
        displayName: changes.displayName.trim(),
        email: changes.email?.trim() || null,
        departmentId: roles.includes("department") ? changes.departmentId : null,
        organisationId: changes.organisationId,
      });
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
    await updateVersioned(t, users, { id: userId }, { active });
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
