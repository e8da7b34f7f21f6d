import { expect, type Browser, type Page } from "@playwright/test";

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

export async function signedIn(browser: Browser, username: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await login(page, username);
  return page;
}

/** The paper form (issue 15) with a Markdown body as its 具体建议, a phone number and consent. */
export async function fillDraftForm(page: Page, title: string, body: string) {
  await page.getByLabel("案由（提案标题）").fill(title);
  await page.getByLabel("联系电话").fill("0871-63100000");
  await page.getByRole("radio", { name: /^Markdown/ }).check();
  await page.getByLabel(/^具体建议/).fill(body);
  await page.getByLabel("同意公开", { exact: true }).check();
}

/**
 * A member's draft through the drafting page; returns its id. One place for
 * every spec that needs a proposal, so a change to the form is made once.
 */
export async function draftProposal(page: Page, title: string, body: string, options: { joint?: boolean } = {}): Promise<number> {
  await page.goto("/member/proposals/new");
  await fillDraftForm(page, title, body);
  if (options.joint) await page.getByLabel("提案方式").selectOption("joint_proposal");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.waitForURL(/\/member\/proposals\/\d+/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/** A JSON API call with the page's session cookie (and the Origin a browser would send). */
export async function api<T = { data: unknown }>(page: Page, path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = data === undefined ? await page.request.get(path) : await page.request.post(path, { data, headers: { Origin: origin } });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${JSON.stringify(body)}`);
  return body as T;
}
