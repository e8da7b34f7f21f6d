import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Xieshang2026";

export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "主导航" });
}
