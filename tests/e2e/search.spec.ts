import { expect, test } from "@playwright/test";

test("search from the header: results grouped by kind, highlighted, with facets", async ({ page }) => {
  await page.goto("/documents");
  const box = page.getByRole("searchbox", { name: "全站搜索" });
  await box.fill("养老护理员");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索：养老护理员");
  await expect(page.getByRole("status")).toContainText("找到");
  await expect(page.getByRole("heading", { level: 2, name: /报告与提案/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /建议/ })).toBeVisible();
  const top = page.locator(".search-hit").first();
  await expect(top.locator("mark").first()).toBeVisible();
  // The header box keeps the query on the results page.
  await expect(box).toHaveValue("养老护理员");
  // A facet link narrows the results.
  await page.getByRole("complementary", { name: "筛选结果" }).getByRole("link", { name: /^建议（\d+）$/ }).click();
  await expect(page).toHaveURL(/kind=recommendation/);
  await expect(page.getByRole("heading", { level: 2, name: /报告与提案/ })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "已选条件" })).toContainText("建议");
});

test("a Traditional query finds Simplified text, and a result opens at its recommendation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "全站搜索" }).fill("課後服務 經費");
  await page.getByRole("button", { name: "搜索", exact: true }).first().click();
  const hit = page.locator(".search-hit").filter({ hasText: "将课后服务经费纳入县级教育经费预算" });
  await expect(hit).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText(/课后服务|经费/);
  await hit.getByRole("link").click();
  await expect(page).toHaveURL(/\/documents\/2026-minmeng-after-school-services#r-1-2$/);
  const target = page.locator("#r-1-2");
  await expect(target).toBeInViewport();
  await expect(target).toContainText("将课后服务经费纳入县级教育经费预算");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form, quoted phrases, pagination and junk queries all work", async ({ page }) => {
    await page.goto("/departments");
    await page.getByRole("searchbox", { name: "全站搜索" }).fill("“一窗受理”");
    await page.getByRole("button", { name: "搜索", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索：“一窗受理”");
    await expect(page.locator(".search-hit")).toHaveCount(1);
    await page.locator(".search-hit a").first().click();
    await expect(page).toHaveURL(/\/documents\/2026-taimeng-elevator-retrofit#r-2-1$/);

    // A broad query pages.
    await page.goto("/search?q=" + encodeURIComponent("服务"));
    await expect(page.getByRole("status")).toContainText(/第 1\/\d+ 页/);
    await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
    await expect(page.getByRole("status")).toContainText(/第 2\/\d+ 页/);

    // Empty and junk queries: a page, never an error.
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
    await expect(page.getByText("请输入关键词")).toBeVisible();
    await page.goto("/search?q=" + encodeURIComponent("'); DROP TABLE search_documents; -- <->!:*"));
    await expect(page.getByText("没有找到相关内容")).toBeVisible();
    await page.goto("/search?q=" + encodeURIComponent("!!! ()"));
    await expect(page.getByText("请输入可以检索的文字")).toBeVisible();
  });

  test("results read in Traditional when the reader chose it", async ({ page }) => {
    await page.goto("/search?q=" + encodeURIComponent("加装电梯"));
    await page.getByRole("button", { name: "繁體" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索：加裝電梯");
    await expect(page.locator(".search-hit").first()).toContainText("加裝電梯");
  });
});

test("the JSON API answers with hits, facets and a cursor", async ({ request }) => {
  const res = await request.get("/api/v1/search?q=" + encodeURIComponent("加裝電梯") + "&limit=3");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.total).toBeGreaterThan(3);
  expect(body.data).toHaveLength(3);
  expect(body.data[0].url).toMatch(/^\/documents\/2026-taimeng-elevator-retrofit/);
  expect(body.facets.kind.length).toBeGreaterThan(0);
  expect(body.nextCursor).toBe(3);
  const bad = await request.get("/api/v1/search?q=x&kind=speech");
  expect(bad.status()).toBe(400);
});
