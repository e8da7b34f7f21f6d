// An admin issues a department's API token in the browser, the department's
// system (a plain HTTP client, no cookies, any Origin) uses it, the admin
// revokes it and the next call is a 401.
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("admin issues a token, a department system uses it, admin revokes it", async ({ page, request }) => {
  await login(page, "admin");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "系统管理" }).getByRole("link", { name: "接口令牌" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "接口令牌" })).toBeVisible();

  const name = `民政办公系统 ${Date.now()}`;
  await page.getByLabel("用途（对接的系统）").fill(name);
  await page.getByLabel("所属承办单位").selectOption({ label: "市民政局" });
  await page.getByRole("button", { name: "签发令牌" }).click();
  await expect(page.getByRole("status")).toContainText("令牌只显示这一次");
  const secret = await page.getByLabel("新令牌").inputValue();
  expect(secret).toMatch(/^xs_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("市民政局");
  await expect(row).toContainText(secret.slice(0, 9));
  await expect(row).toContainText("从未使用");

  // The department's system: no cookie, its own Origin.
  const headers = { Authorization: `Bearer ${secret}`, Origin: "https://oa.mz.example" };
  const inbox = await request.get("/api/v1/assignments", { headers });
  expect(inbox.status()).toBe(200);
  expect(Array.isArray((await inbox.json()).data)).toBe(true);
  // A state-changing call passes the Origin check (bearer, no cookie) and meets the domain rules.
  const missing = await request.post("/api/v1/assignments/999999999/actions", { headers, data: { action: "sign" } });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");

  // The secret is never shown again; the list now shows when it was used.
  await page.goto("/admin/tokens");
  await expect(page.getByLabel("新令牌")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  await expect(row).not.toContainText("从未使用");

  await row.getByRole("button", { name: /吊销令牌/ }).click();
  // Revoking cannot be undone: it asks first, and nothing happens until confirmed.
  await expect(page.getByRole("heading", { name: /^确定吊销令牌“/ })).toBeVisible();
  expect((await request.get("/api/v1/assignments", { headers })).status()).toBe(200);
  await page.getByRole("button", { name: "确认吊销" }).click();
  await expect(page.getByRole("status")).toContainText("令牌已吊销");
  await expect(row).toContainText("已吊销");

  const refused = await request.get("/api/v1/assignments", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain('error="invalid_token"');
  expect((await refused.json()).error.code).toBe("invalid_token");
});
