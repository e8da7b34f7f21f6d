// The one place that knows about lucia. Sessions live in the `sessions` table;
// the rest of the app only sees createSession / readSession / endSession.
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan, type Session } from "lucia";
import { db } from "../../db/client";
import { sessions, users } from "../../db/schema";
import { getEnv } from "../utils/env.server";

const adapter = new DrizzlePostgreSQLAdapter(db, sessions, users);

export const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(14, "d"),
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

export interface SessionRead {
  session: Session | null;
  userId: string | null;
  /** Set-Cookie to send back when lucia extended or cleared the session. */
  setCookie: string | null;
}

export async function readSession(request: Request): Promise<SessionRead> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return { session: null, userId: null, setCookie: null };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    return { session: null, userId: null, setCookie: serialise(request, lucia.createBlankSessionCookie()) };
  }
  const setCookie = session.fresh ? serialise(request, lucia.createSessionCookie(session.id)) : null;
  return { session, userId: user.id, setCookie };
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
