// The one place that knows about lucia. Sessions live in the `sessions` table;
// the rest of the app only sees createSession / readSession / endSession.
// Reading a session is one query of our own (see readSession), not lucia's.
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { eq, sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { Lucia, TimeSpan } from "lucia";
import { db, rowsOf } from "../../db/client";
import { requestMemo } from "../../db/query-count";
import { sessions, users, type Role } from "../../db/schema";
import type { AppUser } from "../models/directory/users.server";
import { getEnv } from "../utils/env.server";
import { todayInBeijing } from "../models/platform/calendar";
import { dueSoonLimit, todoColumnsSql, todoCountsOfRow, totalOf, type TodoCounts } from "../models/todos/todos.server";

const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);

const SESSION_DAYS = 14;
const SESSION_MS = SESSION_DAYS * 86_400_000;

export const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(SESSION_DAYS, "d"),
  sessionCookie: {
    name: "xs_session",
    // Lucia sets HttpOnly and SameSite=Lax; Secure is decided per request below.
    attributes: { sameSite: "lax" },
  },
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: Record<string, never>;
  }
}

/** Secure cookies whenever the site is reached over HTTPS (or COOKIE_SECURE=true). */
function isSecure(request: Request) {
  const setting = getEnv().COOKIE_SECURE;
  if (setting !== "auto") return setting === "true";
  return new URL(request.url).protocol === "https:";
}

function serialise(request: Request, cookie: ReturnType<Lucia["createBlankSessionCookie"]>) {
  cookie.attributes.secure = isSecure(request);
  return cookie.serialize();
}

/** Start a fresh session (a new id every login: no fixation). Returns the Set-Cookie value. */
export async function createSession(request: Request, userId: string): Promise<string> {
  const session = await lucia.createSession(userId, {});
  return serialise(request, lucia.createSessionCookie(session.id));
}

/** What every signed-in request needs: the user, their roles, how many notifications are unread and how many to-dos wait (待办, the header badge). */
export interface SessionUser extends AppUser {
  unread: number;
  /** The badge's total (totalOf). */
  todos: number;
  /** Its breakdown per workbench, which todoCounts gives for this user without counting again. */
  todoCounts: TodoCounts;
}

export interface SessionRead {
  sessionId: string | null;
  userId: string | null;
  user: SessionUser | null;
  /** Set-Cookie to send back when the session was extended or cleared. */
  setCookie: string | null;
}

const ROLE_ORDER: readonly Role[] = ["public", "member", "organisation", "department", "staff", "admin"];

interface SessionRow {
  expires_at: Date | string;
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  active: boolean;
  department_id: number | null;
  department_name: string | null;
  organisation_id: number | null;
  organisation_name: string | null;
  version: number;
  roles: string | null;
  unread: number;
  /** todo_staff_review, …: todoColumnsSql's columns. */
  [todo: `todo_${string}`]: number | null;
}

const dialect = new PgDialect();
let selectOfDay: { key: string; head: SQL } | null = null;

/**
 * The session statement up to its `where`: the same text for every reader on a
 * given day (the to-do counts take deadlines from today and the 临期 window's end),
 * so drizzle builds it once a day, with its constants written in, instead of on
 * every request.
 */
export function sessionSelect(today: string, soon: string): SQL {
  const key = `${today}|${soon}`;
  if (selectOfDay?.key !== key) {
    const head = sql`
      select s.expires_at, u.id, u.username, u.display_name, u.email, u.active, u.department_id,
        d.name as department_name, u.organisation_id, o.name as organisation_name, u.version,
        (select string_agg(r.role::text, ',') from user_roles r where r.user_id = u.id) as roles,
        (select count(*)::int from notifications n where n.user_id = u.id and n.read_at is null) as unread,
        ${todoColumnsSql(today, soon)}
      from sessions s
      join users u on u.id = s.user_id
      left join departments d on d.id = u.department_id
      left join organisations o on o.id = u.organisation_id`;
    selectOfDay = { key, head: sql.raw(dialect.sqlToQuery(head.inlineParams()).sql) };
  }
  return selectOfDay.head;
}

/**
 * The session, its user (with department and organisation names), roles and
 * unread notifications and the to-do count (app/models/todos) in one round trip. Lucia's validateSession plus
 * getUserById plus the unread count took four; this runs on every signed-in
 * request. Expiry and extension follow lucia's rules: an expired session is
 * deleted, one in the second half of its life is extended.
 */
export async function readSession(request: Request): Promise<SessionRead> {
  const read = await lookUpSession(request);
  if (read.setCookie) pendingCookie().value = read.setCookie;
  return read;
}

// The Set-Cookie a session read asked for in this request (the session extended, or a
// dead one cleared). Loaders only ask who the user is, so the response carries it
// (entry.server.tsx): without it the browser's cookie kept its first expiry, and a
// reader who used the site every day was signed out 14 days after signing in.
const pendingCookie = () => requestMemo("session:set-cookie", () => ({ value: null as string | null }));

/** The session cookie this request's response should set, if any (see readSession). */
export function sessionCookieToSend(): string | null {
  return pendingCookie().value;
}

/** Add that cookie to a page's or data request's response, unless the response sets the session cookie itself (signing in or out). */
export function withSessionCookie(headers: Headers): void {
  const cookie = sessionCookieToSend();
  if (!cookie) return;
  const name = `${lucia.sessionCookieName}=`;
  if (headers.getSetCookie().some((c) => c.startsWith(name))) return;
  headers.append("Set-Cookie", cookie);
}

async function lookUpSession(request: Request): Promise<SessionRead> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { sessionId: null, userId: null, user: null, setCookie: null };
  const today = todayInBeijing();
  const [row] = rowsOf<SessionRow>(await db.execute(sql`${sessionSelect(today, await dueSoonLimit(today))} where s.id = ${sessionId}`));
  const blank = () => serialise(request, lucia.createBlankSessionCookie());
  if (!row) return { sessionId: null, userId: null, user: null, setCookie: blank() };
  const expiresAt = new Date(row.expires_at).getTime();
  const now = Date.now();
  if (now >= expiresAt) {
    await db.delete(sessions).where(eq(sessions.id, sessionId));
    return { sessionId: null, userId: null, user: null, setCookie: blank() };
  }
  let setCookie: string | null = null;
  if (now >= expiresAt - SESSION_MS / 2) {
    await db.update(sessions).set({ expiresAt: new Date(now + SESSION_MS) }).where(eq(sessions.id, sessionId));
    setCookie = serialise(request, lucia.createSessionCookie(sessionId));
  }
  const granted = (row.roles ?? "").split(",");
  const todoCounts = todoCountsOfRow(row as unknown as Record<string, unknown>);
  const user: SessionUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    active: row.active,
    roles: ROLE_ORDER.filter((r) => granted.includes(r)),
    departmentId: row.department_id,
    departmentName: row.department_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    version: row.version,
    unread: row.unread,
    todos: totalOf(todoCounts),
    todoCounts,
  };
  return { sessionId, userId: user.id, user, setCookie };
}

/** End the current session; returns the Set-Cookie that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (sessionId) await lucia.invalidateSession(sessionId);
  return serialise(request, lucia.createBlankSessionCookie());
}

/** Log a user out everywhere (role change, deactivation, password change). */
export async function endAllSessions(userId: string) {
  await lucia.invalidateUserSessions(userId);
}
