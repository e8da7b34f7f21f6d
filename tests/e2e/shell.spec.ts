import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("the 简/繁 switch renders pages in Traditional and remembers it", async ({ page }) => {
  await page.goto("/departments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("承办单位名录");
  await page.getByRole("button", { name: "繁體" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("承辦單位名錄");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await page.getByRole("link", { name: "黨派團體" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("黨派團體");
  await page.getByRole("button", { name: "简体" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("党派团体");
});

test("the large-text mode enlarges the page", async ({ page }) => {
  await page.goto("/");
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.getByRole("button", { name: "大字号" }).click();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(after).toBeGreaterThan(before);
});

test("the skip link and landmarks are there", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("log in, browse, search the directory and log out", async ({ page }) => {
    await login(page, "dept-mz");
    await page.goto("/departments");
    await page.getByLabel("名称或别名").fill("住建部门");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("link", { name: "市住房和城乡建设局" })).toBeVisible();
    await expect(page.getByRole("link", { name: "市民政局", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  });
});

test("public pages load and hydrate without errors in the browser", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  for (const path of ["/", "/departments", "/organisations", "/login", "/register"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("服务器出错了");
  }
  await page.getByRole("link", { name: "承办单位" }).first().click();
  await page.getByRole("link", { name: "市民政局" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("市民政局");
  await page.getByRole("link", { name: "党派团体" }).first().click();
  await page.getByRole("link", { name: /中国民主同盟/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("中国民主同盟");
  expect(errors).toEqual([]);
});

test("workbench and admin pages hydrate without errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await login(page, "admin");
  for (const path of ["/admin", "/admin/users", "/admin/departments", "/admin/organisations", "/account", "/staff"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("服务器出错了");
  }
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "member", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("王立新委员");
  expect(errors).toEqual([]);
});

test("with JavaScript, links navigate in the page; a modified click is left to the browser", async ({ page, context }) => {
  await page.goto("/departments");
  // A full page load would lose this marker; a client-side navigation keeps it.
  await page.evaluate(() => ((window as unknown as { xsMarker: number }).xsMarker = 1));
  await page.getByRole("link", { name: "市民政局" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("市民政局");
  expect(await page.evaluate(() => (window as unknown as { xsMarker?: number }).xsMarker)).toBe(1);
  await page.getByRole("link", { name: "承办单位名录" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("承办单位名录");
  expect(await page.evaluate(() => (window as unknown as { xsMarker?: number }).xsMarker)).toBe(1);
  // Ctrl+click opens a new tab and leaves this page where it was.
  const opened = context.waitForEvent("page");
  await page.getByRole("link", { name: "市民政局" }).click({ modifiers: ["Control"] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toMatch(/^\/departments\/./);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("承办单位名录");
});

test("a form whose limits come from server modules hydrates with the same text", async ({ page }) => {
  // Values imported from *.server modules are undefined in the browser bundle; the
  // lead form once rendered “最多 undefined 个” after hydration (React errors #418/#425).
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await login(page, "citizen");
  await page.goto("/participation/leads/new");
  await page.waitForFunction(() => {
    const form = document.querySelector("form[enctype='multipart/form-data']");
    return !!form && Object.keys(form).some((k) => k.startsWith("__reactFiber$"));
  });
  await expect(page.getByText("附件（可选，最多 5 个）")).toBeVisible();
  await expect(page.getByText(/每个不超过 10 MB/)).toBeVisible();
  await expect(page.getByText(/undefined/)).toHaveCount(0);
  expect(errors).toEqual([]);
});
