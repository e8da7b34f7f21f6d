// Issue 14, items 2 and 6: every `redirectTo` goes through one helper
// (app/utils/redirect.ts). A tab between the slashes used to send a freshly
// signed-in user to evil.example; CR or non-ASCII made the Location header
// invalid, a 500 after the session had been created.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../db/seed";
import { call, form } from "./call";

const EVIL = ["/\t/evil.example/phish", "/\n/evil.example", "/\\evil.example", "//evil.example", "https://evil.example/"];
const ODD = ["/account\r\nX: 1", "/documents/。", "/search?q=养老。", "/\u0085x"];

function location(res: Response) {
  const to = res.headers.get("Location");
  expect(to, `status ${res.status}`).not.toBeNull();
  // Resolved the way a browser would: it stays on this site.
  expect(new URL(to!, "http://localhost/").origin).toBe("http://localhost");
  return to!;
}

describe("redirect targets", () => {
  it("login (POST): a signed-in user lands on this site whatever redirectTo says", async () => {
    for (const redirectTo of [...EVIL, ...ODD]) {
      const res = await call("login.tsx", "action", "/login", { init: form({ username: "citizen", password: DEMO_PASSWORD, redirectTo }), ip: "10.77.0.1" });
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      const to = location(res);
      if (EVIL.includes(redirectTo)) expect(to).toBe("/account");
    }
  });

  it("login (GET): an already signed-in user is sent on at once, to this site only", async () => {
    for (const redirectTo of [...EVIL, ...ODD]) {
      const res = await call("login.tsx", "loader", `/login?redirectTo=${encodeURIComponent(redirectTo)}`, { role: "member" });
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      expect(location(res)).not.toContain("evil");
    }
  });

  it("without redirectTo, each role lands on its workbench (issue 15)", async () => {
    const landing = { member: "/member", "org-minmeng": "/organisation", "dept-mz": "/department", staff: "/staff", admin: "/admin", citizen: "/account" };
    let n = 0;
    for (const [username, to] of Object.entries(landing)) {
      const res = await call("login.tsx", "action", "/login", { init: form({ username, password: DEMO_PASSWORD }), ip: `10.77.2.${++n}` });
      expect(res.headers.get("Location"), username).toBe(to);
    }
    // A signed-in user opening /login is sent to their workbench too, unless a (safe) redirectTo says otherwise.
    expect((await call("login.tsx", "loader", "/login", { role: "department" })).headers.get("Location")).toBe("/department");
    expect((await call("login.tsx", "loader", "/login?redirectTo=%2Fsearch", { role: "department" })).headers.get("Location")).toBe("/search");
  });

  it("keeps a good target, percent-encoded", async () => {
    const res = await call("login.tsx", "action", "/login", { init: form({ username: "citizen", password: DEMO_PASSWORD, redirectTo: "/search?q=养老" }), ip: "10.77.0.2" });
    expect(res.headers.get("Location")).toBe("/search?q=%E5%85%BB%E8%80%81");
  });

  it("display settings (POST /settings/display)", async () => {
    for (const redirectTo of [...EVIL, ...ODD]) {
      const res = await call("settings.display.tsx", "action", "/settings/display", { init: form({ script: "hant", redirectTo }) });
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      expect(location(res)).not.toContain("evil");
    }
  });

  it("registration honours a same-site redirectTo and refuses another site", async () => {
    const ok = await call("register.tsx", "action", "/register", {
      init: form({ username: "redirect-ok", displayName: "回跳测试", password: "Quiet-Lake-2026", confirm: "Quiet-Lake-2026", redirectTo: "/sessions" }),
      ip: "10.77.1.1",
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/sessions");
    const evil = await call("register.tsx", "action", "/register", {
      init: form({ username: "redirect-evil", displayName: "回跳测试二", password: "Quiet-Lake-2026", confirm: "Quiet-Lake-2026", redirectTo: "/\t/evil.example" }),
      ip: "10.77.1.2",
    });
    expect(evil.status).toBe(302);
    expect(evil.headers.get("Location")).toBe("/account");
  });
});
