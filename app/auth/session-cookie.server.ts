// The session cookie a page's response carries when reading the session extended or
// cleared it (session.server.ts, readSession). Unless the response already sets the
// session cookie itself (signing in or out).
import { lucia, sessionCookieToSend } from "./session.server";

export function withSessionCookie(headers: Headers): void {
  const cookie = sessionCookieToSend();
  if (!cookie) return;
  const name = `${lucia.sessionCookieName}=`;
  if (headers.getSetCookie().some((c) => c.startsWith(name))) return;
  headers.append("Set-Cookie", cookie);
}
