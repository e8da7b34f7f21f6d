import { eq, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { PREPARED_TEXT_MAX } from "../../db/prepared-statements";
import { countingQueries } from "../../db/query-count";
import { sessions, users } from "../../db/schema";
import { DEMO_PASSWORD } from "../../db/seed";
import { createUser, getUserById } from "../models/directory/users.server";
import { setUserActive } from "../models/directory/user-admin.server";
import { attemptLogin, getOptionalUser, requireRole, requireUser } from "./auth.server";
import { createSession, endAllSessions, endSession, readSession, sessionCookieToSend, sessionSelect, withSessionCookie } from "./session.server";
import { THROTTLE } from "./throttle.server";

const requestWith = (setCookie?: string, url = "http://localhost/member?tab=1") =>
  new Request(url, { headers: setCookie ? { Cookie: setCookie.split(";")[0] } : {} });

async function caught(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a thrown Response");
}

async function adminId() {
  const [a] = await db.select({ id: users.id }).from(users).where(eq(users.username, "admin"));
  return a.id;
}

describe("login", () => {
  it("accepts the right password and starts a session in the database", async () => {
    const result = await attemptLogin("member", DEMO_PASSWORD, "10.0.0.1");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cookie = await createSession(requestWith(), result.user.id);
    expect(cookie).toMatch(/^xs_session=\w+/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    const rows = await db.select().from(sessions).where(eq(sessions.userId, result.user.id));
    expect(rows.length).toBeGreaterThan(0);
    const user = await getOptionalUser(requestWith(cookie));
    expect(user?.username).toBe("member");
  });

  it("marks the cookie Secure over HTTPS", async () => {
    const user = (await attemptLogin("staff", DEMO_PASSWORD, "10.0.0.2")) as { ok: true; user: { id: string } };
    const cookie = await createSession(new Request("https://xieshang.example/login"), user.user.id);
    expect(cookie).toContain("Secure");
  });

  it("is case-insensitive for the user name and gives one message for any failure", async () => {
    expect((await attemptLogin("MEMBER", DEMO_PASSWORD, "10.0.0.3")).ok).toBe(true);
    const wrong = await attemptLogin("member", "wrong-password-1", "10.0.0.3");
    const unknown = await attemptLogin("nobody-here", "wrong-password-1", "10.0.0.3");
    expect(wrong).toEqual({ ok: false, message: "用户名或密码不正确" });
    expect(unknown).toEqual({ ok: false, message: "用户名或密码不正确" });
  });

  // Throttling (progressive delays, no lockout) is covered in tests/security/throttle.db.test.ts.
  it("delays a second burst of failures from one address, even for the right password, and opens again", async () => {
    const t0 = Date.now();
    for (let i = 0; i < THROTTLE.pair.free; i++) expect((await attemptLogin("member2", `guess-${i}-x1`, "10.1.0.1", new Date(t0 + i))).ok).toBe(false);
    const early = await attemptLogin("member2", DEMO_PASSWORD, "10.1.0.1", new Date(t0 + 10));
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.message).toMatch(/登录尝试过于频繁，请 \d+ 秒后再试/);
    // Another account from the same address, and the same account from another address, are not affected.
    expect((await attemptLogin("citizen", DEMO_PASSWORD, "10.1.0.1", new Date(t0 + 10))).ok).toBe(true);
    expect((await attemptLogin("member2", DEMO_PASSWORD, "10.1.1.1", new Date(t0 + 10))).ok).toBe(true);
    expect((await attemptLogin("member2", DEMO_PASSWORD, "10.1.0.1", new Date(t0 + 5000))).ok).toBe(true);
  });

  it("refuses a deactivated account and ends its sessions", async () => {
    const user = await createUser(
      { username: "leaving", displayName: "离任委员", password: "Leaving2026x", roles: ["member"] },
      await adminId(),
    );
    const cookie = await createSession(requestWith(), user.id);
    await setUserActive(user.id, false, await adminId());
    expect(await getOptionalUser(requestWith(cookie))).toBeNull();
    expect((await attemptLogin("leaving", "Leaving2026x", "10.3.0.1")).ok).toBe(false);
  });
});

describe("sessions", () => {
  it("reads the session in a statement short enough to be a named prepared statement (parsed and planned once per connection)", () => {
    const text = new PgDialect().sqlToQuery(sql`${sessionSelect("2026-12-03", "2026-12-17")} where s.id = ${"x"}`).sql;
    expect(text).toContain("todo_department_sign");
    expect(text.length).toBeLessThan(PREPARED_TEXT_MAX);
  });

  it("ends one session on logout and all on request", async () => {
    const member = (await getUserById((await db.select().from(users).where(eq(users.username, "member")))[0].id))!;
    const a = await createSession(requestWith(), member.id);
    const b = await createSession(requestWith(), member.id);
    expect(a).not.toEqual(b);
    const cleared = await endSession(requestWith(a));
    expect(cleared).toMatch(/xs_session=;|Max-Age=0/);
    expect((await readSession(requestWith(a))).userId).toBeNull();
    expect((await readSession(requestWith(b))).userId).toBe(member.id);
    await endAllSessions(member.id);
    expect((await readSession(requestWith(b))).userId).toBeNull();
  });

  it("ignores forged and expired session ids", async () => {
    expect((await readSession(requestWith("xs_session=forged123"))).userId).toBeNull();
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const cookie = await createSession(requestWith(), m.id);
    const id = cookie.split(";")[0].split("=")[1];
    await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.id, id));
    expect((await readSession(requestWith(cookie))).userId).toBeNull();
  });
});

describe("requireUser / requireRole", () => {
  it("sends anonymous visitors to the login page and back", async () => {
    const response = await caught(requireUser(requestWith()));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fmember%3Ftab%3D1");
  });

  it("gives signed-in users without the role a 403", async () => {
    const [c] = await db.select().from(users).where(eq(users.username, "citizen"));
    const cookie = await createSession(requestWith(), c.id);
    const response = await caught(requireRole(requestWith(cookie), "admin"));
    expect(response.status).toBe(403);
  });

  it("lets through a user holding any of the roles", async () => {
    const [o] = await db.select().from(users).where(eq(users.username, "org-minmeng"));
    const cookie = await createSession(requestWith(), o.id);
    const user = await requireRole(requestWith(cookie), "staff", "member");
    expect(user.roles).toEqual(["member", "organisation"]);
  });
});

describe("one session read per request", () => {
  // Remix gives the root loader and the page's loader each a copy of the request.
  const copiesOf = (cookie: string, method: string) => [0, 1, 2].map(() => new Request("http://localhost/member", { method, headers: { Cookie: cookie.split(";")[0] } }));

  it("shares the read between the loaders of a page (GET)", async () => {
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const cookie = await createSession(requestWith(), m.id);
    const { result, counter } = countingQueries(() => Promise.all(copiesOf(cookie, "GET").map((r) => getOptionalUser(r))));
    const read = await result;
    expect(counter.queries).toBe(1);
    expect(read.map((u) => u?.username)).toEqual(["member", "member", "member"]);
    // Another reader in another request is not given this one's user.
    const [s] = await db.select().from(users).where(eq(users.username, "staff"));
    const other = await createSession(requestWith(), s.id);
    expect((await countingQueries(() => getOptionalUser(copiesOf(other, "GET")[0])).result)?.username).toBe("staff");
  });

  it("reads again after an action (POST), which may have changed the user", async () => {
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const cookie = await createSession(requestWith(), m.id);
    const { result, counter } = countingQueries(() => Promise.all(copiesOf(cookie, "POST").map((r) => getOptionalUser(r))));
    await result;
    expect(counter.queries).toBe(3);
  });
});

describe("the session cookie follows the session", () => {
  const get = (cookie: string) => new Request("http://localhost/member", { headers: { Cookie: cookie.split(";")[0] } });

  it("is sent again when reading the session extended it, with the page's response", async () => {
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const cookie = await createSession(requestWith(), m.id);
    const id = cookie.split(";")[0].split("=")[1];
    // In the second half of its life: extended on this read.
    await db.update(sessions).set({ expiresAt: new Date(Date.now() + 3 * 86_400_000) }).where(eq(sessions.id, id));
    const { result } = countingQueries(async () => {
      expect((await getOptionalUser(get(cookie)))?.username).toBe("member");
      const headers = new Headers({ "Content-Type": "text/html" });
      withSessionCookie(headers);
      return { sent: sessionCookieToSend(), headers };
    });
    const { sent, headers } = await result;
    expect(sent).toMatch(new RegExp(`^xs_session=${id};`));
    expect(sent).toMatch(/Max-Age=1209600/);
    expect(headers.getSetCookie()).toEqual([sent]);
    const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });

  it("is not sent for a fresh session, nor over a cookie the response sets itself", async () => {
    const [m] = await db.select().from(users).where(eq(users.username, "member"));
    const cookie = await createSession(requestWith(), m.id);
    const fresh = countingQueries(async () => {
      await getOptionalUser(get(cookie));
      return sessionCookieToSend();
    });
    expect(await fresh.result).toBeNull();
    const dead = countingQueries(async () => {
      expect(await getOptionalUser(get("xs_session=nosuchsession"))).toBeNull();
      const own = new Headers();
      own.append("Set-Cookie", "xs_session=new-one; Path=/; HttpOnly");
      withSessionCookie(own);
      const page = new Headers();
      withSessionCookie(page);
      return { own: own.getSetCookie(), page: page.getSetCookie() };
    });
    const { own, page } = await dead.result;
    // A dead session's cookie is cleared, unless the response sets the session cookie itself.
    expect(own).toEqual(["xs_session=new-one; Path=/; HttpOnly"]);
    expect(page).toHaveLength(1);
    expect(page[0]).toMatch(/^xs_session=; .*Max-Age=0/);
  });
});
