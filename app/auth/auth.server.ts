// Who is asking, and may they? Helpers throw Responses so loaders and actions
// stay linear: `const user = await requireRole(request, "staff")`.
import { redirect } from "@remix-run/node";
import type { Role } from "../../db/schema";
import { db } from "../../db/client";
import { requestMemo } from "../../db/query-count";
import type { AppUser } from "../models/directory/users.server";
import { verifyLogin } from "../models/directory/user-passwords.server";
import { DomainError } from "../utils/errors";
import { hasRole, isAdmin, isDepartmentUser, isMember, isProposer, isStaff } from "./permissions";
import { readSession, type SessionUser } from "./session.server";
import { THROTTLE, accountKey, clearFailures, ipKey, isKnownAddress, pairKey, recordFailure, rememberAddress, retryText, waitUntil } from "./throttle.server";

// One lookup per request even when the root loader and a route loader both
// ask; the lookup itself is one round trip (session, user, roles, unread count).
// Remix hands every loader its own copy of the Request, so the WeakMap alone
// would read the session once per loader: a page read (GET) shares it through
// the request's scope. Not after an action, which may have changed the user.
const cache = new WeakMap<Request, Promise<SessionUser | null>>();

export function getOptionalUser(request: Request): Promise<SessionUser | null> {
  let pending = cache.get(request);
  if (!pending) {
    const read = async () => {
      const { user } = await readSession(request);
      return user?.active ? user : null;
    };
    const isRead = request.method === "GET" || request.method === "HEAD";
    pending = isRead ? requestMemo(`user:${request.headers.get("Cookie") ?? ""}`, read) : read();
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

export type LoginResult = { ok: true; user: AppUser } | { ok: false; message: string; retryAfterSeconds?: number };

/**
 * Check credentials with throttling that slows guessing but never locks the
 * owner out (app/auth/throttle.server.ts, decision 012): a try that comes
 * before its key's delay is over is refused without checking the password.
 */
export async function attemptLogin(username: string, password: string, ip: string, now = new Date()): Promise<LoginResult> {
  const known = await isKnownAddress(db, username, ip, now);
  const keys = [pairKey(username, ip), ipKey(ip), ...(known ? [] : [accountKey(username)])];
  let until: Date | null = null;
  for (const key of keys) {
    const wait = await waitUntil(db, key, now);
    if (wait && (!until || wait > until)) until = wait;
  }
  if (until) {
    const retry = retryText(until, now);
    return { ok: false, message: `登录尝试过于频繁，请 ${retry.text}后再试`, retryAfterSeconds: retry.seconds };
  }
  const user = await verifyLogin(username, password);
  if (!user) {
    await recordFailure(db, pairKey(username, ip), THROTTLE.pair, now);
    await recordFailure(db, ipKey(ip), THROTTLE.address, now);
    if (!known) await recordFailure(db, accountKey(username), THROTTLE.account, now);
    return { ok: false, message: "用户名或密码不正确" };
  }
  await clearFailures(db, pairKey(username, ip));
  await rememberAddress(db, username, ip, now);
  return { ok: true, user };
}

export { DomainError };
