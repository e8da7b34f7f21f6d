// Every protected page × every role, over HTTP: 200 for those who may, 403 for
// signed-in users who may not, and a redirect to the login page for visitors.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD } from "./helpers";

const ROLES = ["citizen", "member", "org-minmeng", "dept-mz", "staff", "admin"] as const;
type Who = (typeof ROLES)[number];

const ANY: Who[] = [...ROLES];
const STAFF: Who[] = ["staff", "admin"];
const ROUTES: [string, Who[]][] = [
  ["/account", ANY],
  ["/account/password", ANY],
  ["/notifications", ANY],
  ["/account/participation", ANY],
  ["/participation/leads/new", ANY],
  ["/member", ["member", "org-minmeng"]],
  ["/member/proposals/new", ["member", "org-minmeng"]],
  ["/member/leads", ["member", "org-minmeng"]],
  ["/member/proposals", ["member", "org-minmeng"]],
  ["/organisation", ["org-minmeng"]],
  ["/department", ["dept-mz"]],
  ["/department/leads", ["dept-mz"]],
  ["/department/assignments", ["dept-mz"]],
  ["/department/assignments?state=evaluated&page=2", ["dept-mz"]],
  ["/department/recommendations", ["dept-mz"]],
  ["/staff", STAFF],
  ["/staff/documents", STAFF],
  ["/staff/documents/new", STAFF],
  ["/staff/proposals", STAFF],
  ["/staff/replies", STAFF],
  ["/staff/supervision", STAFF],
  ["/staff/studios", STAFF],
  ["/staff/studios/new", STAFF],
  ["/staff/participation", STAFF],
  ["/staff/participation/topics/new", STAFF],
  ["/staff/participation/log", STAFF],
  ["/staff/participation/words", STAFF],
  ["/admin", ["admin"]],
  ["/admin/users", ["admin"]],
  ["/admin/users/new", ["admin"]],
  ["/admin/departments", ["admin"]],
  ["/admin/departments/new", ["admin"]],
  ["/admin/organisations", ["admin"]],
  ["/admin/organisations/new", ["admin"]],
  ["/admin/calendar", ["admin"]],
  ["/admin/outbox", ["admin"]],
  ["/admin/tokens", ["admin"]],
];

test("every protected page answers each role as designed", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const contexts = new Map<Who, APIRequestContext>();
  for (const who of ROLES) {
    const ctx = await playwrightRequest.newContext({ baseURL });
    const res = await ctx.post("/login", { form: { username: who, password: PASSWORD }, maxRedirects: 0 });
    expect(res.status(), `login ${who}`).toBe(302);
    contexts.set(who, ctx);
  }
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const failures: string[] = [];
  for (const [path, allowed] of ROUTES) {
    const anon = await anonymous.get(path, { maxRedirects: 0 });
    if (anon.status() !== 302 || !anon.headers()["location"]?.startsWith("/login")) failures.push(`anonymous ${path}: ${anon.status()}`);
    for (const who of ROLES) {
      const res = await contexts.get(who)!.get(path, { maxRedirects: 0 });
      const expected = allowed.includes(who) ? 200 : 403;
      if (res.status() !== expected) failures.push(`${who} ${path}: ${res.status()} (expected ${expected})`);
    }
  }
  // POSTs to protected actions are checked the same way, before any input is read.
  for (const [path, allowed] of [["/admin/users/new", ["admin"]], ["/admin/tokens", ["admin"]], ["/staff/replies", STAFF], ["/staff/documents/new", STAFF], ["/staff/participation/topics/new", STAFF], ["/staff/participation/words", STAFF]] as [string, Who[]][]) {
    for (const who of ROLES) {
      const res = await contexts.get(who)!.post(path, { form: { x: "1" }, maxRedirects: 0 });
      if (allowed.includes(who) ? res.status() === 403 : res.status() !== 403) failures.push(`POST ${who} ${path}: ${res.status()}`);
    }
  }
  expect(failures).toEqual([]);
});
