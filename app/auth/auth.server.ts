// Who is asking, and may they? Helpers throw Responses so loaders and actions
// stay linear: `const user = await requireRole(request, "staff")`.
import { redirect } from "@remix-run/node";
import type { Role } from "../../db/schema";
import { db } from "../../db/client";
import type { AppUser } from "../models/directory/users.server";
import { verifyLogin } from "../models/directory/user-passwords.server";
import { DomainError } from "../utils/errors";
import { hasRole, isAdmin, isDepartmentUser, isMember, isProposer, isStaff } from "./permissions";
import { readSession, type SessionUser } from "./session.server";
import { THROTTLE, accountKey, clearFailures, ipKey, lockedUntil, recordFailure } from "./throttle.server";

// One lookup per request even when the root loader and a route loader both
// ask; the lookup itself is one round trip (session, user, roles, unread count).
const cache = new WeakMap<Request, Promise<SessionUser | null>>();

export function getOptionalUser(request: Request): Promise<SessionUser | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = (async () => {
      const { user } = await readSession(request);
      return user?.active ? user : null;
    })();
    cache.set(request, pending);
  }
  return pending;
}

/** Anonymous visitors are sent to the login page and brought back afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getOptionalUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

/** The 403 page, for signed-in users who may not do this. */
export function forbidden(message = "您没有访问此页面的权限"): Response {
  return new Response(message, { status: 403, statusText: "Forbidden" });
}

/** Signed-in users without one of the roles get the 403 page. */
export async function requireRole(request: Request, ...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!hasRole(user, ...roles)) throw forbidden();
  return user;
}

/** 提案工作人员 (staff, or an admin: decision 013). */
export async function requireStaff(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isStaff(user)) throw forbidden();
  return user;
}

export async function requireAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isAdmin(user)) throw forbidden();
  return user;
}

/** 政协委员. */
export async function requireMember(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isMember(user)) throw forbidden();
  return user;
}

/** Members and organisation users: those who draft proposals. */
export async function requireProposer(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isProposer(user)) throw forbidden();
  return user;
}

/** A department user with a department (承办单位的办理人员). */
export async function requireDepartmentUser(request: Request): Promise<SessionUser & { departmentId: number }> {
  const user = await requireUser(request);
  if (!hasRole(user, "department")) throw forbidden();
  if (!isDepartmentUser(user)) throw forbidden("账号未关联承办单位");
  return user;
}

export type LoginResult = { ok: true; user: AppUser } | { ok: false; message: string };

/**
 * Check credentials with throttling by account and by client address. Every
 * wrong password counts; a locked key refuses even the right password until
 * the window ends, so guessing cannot continue in parallel.
 */
export async function attemptLogin(username: string, password: string, ip: string): Promise<LoginResult> {
  const keys = [accountKey(username), ipKey(ip)];
  for (const key of keys) {
    const until = await lockedUntil(db, key);
    if (until) {
      const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
      return { ok: false, message: `登录失败次数过多，请 ${minutes} 分钟后再试` };
    }
  }
  const user = await verifyLogin(username, password);
  if (!user) {
    await recordFailure(db, keys[0], THROTTLE.perAccount);
    await recordFailure(db, keys[1], THROTTLE.perIp);
    return { ok: false, message: "用户名或密码不正确" };
  }
  await clearFailures(db, keys[0]);
  return { ok: true, user };
}

export { DomainError };
