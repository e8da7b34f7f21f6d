import { expect, test } from "@playwright/test";
import { PASSWORD, login, mainNav } from "./helpers";

const WORKBENCHES = ["委员工作台", "党派团体工作台", "承办工作台", "提案办工作台", "系统管理"];

const cases: { username: string; sees: string[]; landing?: { link: string; heading: RegExp } }[] = [
  { username: "citizen", sees: [] },
  { username: "member", sees: ["委员工作台"], landing: { link: "委员工作台", heading: /委员工作台/ } },
  { username: "org-minmeng", sees: ["委员工作台", "党派团体工作台"], landing: { link: "党派团体工作台", heading: /党派团体工作台/ } },
  { username: "dept-mz", sees: ["承办工作台"], landing: { link: "承办工作台", heading: /承办工作台 · 市民政局/ } },
  { username: "staff", sees: ["提案办工作台"], landing: { link: "提案办工作台", heading: /提案办工作台/ } },
  { username: "admin", sees: ["系统管理"], landing: { link: "系统管理", heading: /系统管理/ } },
];

for (const c of cases) {
  test(`${c.username} logs in and sees the navigation of their roles`, async ({ page }) => {
    await login(page, c.username);
    const nav = mainNav(page);
    await expect(nav.getByRole("link", { name: "首页" })).toBeVisible();
    for (const label of WORKBENCHES) {
      if (c.sees.includes(label)) await expect(nav.getByRole("link", { name: label })).toBeVisible();
      else await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    }
    if (c.landing) {
      await nav.getByRole("link", { name: c.landing.link }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.landing.heading);
    }
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  });
}

test("an anonymous visitor is sent to the login page and back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fusers/);
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户");
});

test("a signed-in user without the role gets the 403 page", async ({ page }) => {
  await login(page, "member");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有访问权限");
  const dept = await page.goto("/department");
  expect(dept?.status()).toBe(403);
});

test("a wrong password says so and keeps the user name", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("dept-wj");
  await page.getByLabel("密码").fill("not-the-password-1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toHaveText("用户名或密码不正确");
  await expect(page.getByLabel("用户名")).toHaveValue("dept-wj");
});

test("an unknown URL gets the Chinese 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
});

test("a form post from another origin is refused", async ({ request }) => {
  const response = await request.post("/login", {
    form: { username: "admin", password: PASSWORD },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("请求被拒绝");
});
