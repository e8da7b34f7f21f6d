// Passwords and login: checking a username and password (in constant time
// whether or not the name exists), a user changing their own password, and an
// admin reset. API-token service accounts have no password.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { users } from "../../../db/schema";
import { hashPassword, passwordProblem, verifyPassword } from "../../auth/password.server";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { assertNotServiceAccount, getUserById, normaliseUsername, type AppUser } from "./users.server";

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
