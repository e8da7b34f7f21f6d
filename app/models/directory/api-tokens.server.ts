// API tokens (接口令牌) for departments' own systems. An admin issues a token
// for one department; the plain secret is shown once and only its SHA-256 is
// stored. A token acts through its own service user (role `department`, the
// token's department, no usable password), so the loop's rules — a department
// sees and acts on its own assignments only — apply unchanged, and events name
// the token's account. See docs/decisions/008-api-tokens.md.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { apiTokens } from "../../../db/api-tokens.schema";
import { db } from "../../../db/client";
import { departments, userRoles, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { getUserById, type AppUser } from "./users.server";
import { isAdmin } from "../../auth/permissions";
import { updateVersioned } from "../platform/versioned.server";

/** `xs_` + 32 random bytes in base64url (43 characters). */
const SECRET_RE = /^xs_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 9; // "xs_" + 6 characters: enough to tell tokens apart, useless for guessing
/** A stored hash that no password can match (argon2 refuses it), so the account cannot log in. */
export const NO_PASSWORD = "!api-token";
/** last_used_at is written at most once a minute per token: a read-mostly API should not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashSecret(secret: string) {
  return createHash("sha256").update(secret).digest("hex");
}

function requireAdmin(user: AppUser) {
  if (!isAdmin(user)) throw new DomainError("只有管理员可以管理接口令牌", "forbidden");
}

export interface NewApiToken {
  name: string;
  departmentId: number;
}

/** Issue a token. Returns the plain secret: the only time anyone sees it. */
export async function createApiToken(admin: AppUser, input: NewApiToken) {
  requireAdmin(admin);
  const name = input.name.trim();
  if (name.length < 2 || name.length > 60) throw new DomainError("名称须为 2–60 个字符", "invalid", "name");
  const secret = `xs_${randomBytes(32).toString("base64url")}`;
  const prefix = secret.slice(0, PREFIX_LENGTH);
  return db.transaction(async (t) => {
    const [department] = await t.select().from(departments).where(eq(departments.id, input.departmentId));
    if (!department || !department.active) throw new DomainError("请选择一个在用的承办单位", "invalid", "departmentId");
    const serviceUserId = randomUUID();
    await t.insert(users).values({
      id: serviceUserId,
      username: `api-${randomBytes(4).toString("hex")}`,
      displayName: `${name}（接口令牌 ${prefix}…）`,
      passwordHash: NO_PASSWORD,
      departmentId: department.id,
    });
    await t.insert(userRoles).values({ userId: serviceUserId, role: "department" });
    const [token] = await t
      .insert(apiTokens)
      .values({ name, departmentId: department.id, serviceUserId, secretHash: hashSecret(secret), prefix, createdBy: admin.id })
      .returning();
    await recordEvent(t, {
      actorId: admin.id,
      subjectType: "user",
      subjectId: serviceUserId,
      action: "user.created",
      toState: "active",
      data: { roles: ["department"], departmentId: department.id, apiTokenId: token.id },
    });
    await recordEvent(t, {
      actorId: admin.id,
      subjectType: "api_token",
      subjectId: token.id,
      action: "api_token.created",
      toState: "active",
      data: { name, departmentId: department.id, prefix, serviceUserId },
    });
    return { token, secret };
  });
}

/** Revoke a token for good; its account is deactivated in the same transaction. */
export async function revokeApiToken(admin: AppUser, tokenId: number) {
  requireAdmin(admin);
  await db.transaction(async (t) => {
    const [token] = await t.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for("update");
    if (!token) throw new DomainError("令牌不存在", "not_found");
    if (token.revokedAt) throw new DomainError("该令牌已经吊销", "conflict");
    await t.update(apiTokens).set({ revokedAt: new Date(), revokedBy: admin.id }).where(eq(apiTokens.id, tokenId));
    await updateVersioned(t, users, { id: token.serviceUserId }, { active: false });
    await recordEvent(t, {
      actorId: admin.id,
      subjectType: "api_token",
      subjectId: token.id,
      action: "api_token.revoked",
      fromState: "active",
      toState: "revoked",
      data: { name: token.name, prefix: token.prefix, serviceUserId: token.serviceUserId },
    });
  });
}

const creators = alias(users, "creators");

/** Every token, newest first, for the admin page. */
export async function listApiTokens(admin: AppUser) {
  requireAdmin(admin);
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      departmentId: apiTokens.departmentId,
      departmentName: departments.name,
      serviceUsername: users.username,
      createdBy: creators.displayName,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(departments, eq(departments.id, apiTokens.departmentId))
    .innerJoin(users, eq(users.id, apiTokens.serviceUserId))
    .innerJoin(creators, eq(creators.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.id));
}

export interface TokenPrincipal {
  tokenId: number;
  name: string;
  /** The service user the token acts as (role department, its department). */
  user: AppUser;
}

/** The acting principal for a presented secret, or null when it is unknown or revoked. */
export async function authenticateApiToken(secret: string, now = new Date()): Promise<TokenPrincipal | null> {
  if (!SECRET_RE.test(secret)) return null;
  const [token] = await db.select().from(apiTokens).where(eq(apiTokens.secretHash, hashSecret(secret)));
  if (!token || token.revokedAt) return null;
  const user = await getUserById(token.serviceUserId);
  if (!user?.active) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests write once; a usage mark, not a state change: no event.
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
  }
  return { tokenId: token.id, name: token.name, user };
}
