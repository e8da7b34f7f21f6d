// Public participation (issue 17) in Chromium, as people would use it:
// staff open a consultation topic, two citizens post opinions, staff moderate,
// one citizen supports the other's opinion, the public sees only the approved
// one with its support, and at the close staff export and start a summary
// draft linked back to the topic.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./helpers";

/** A Beijing-time datetime-local value `hours` from now. */
function beijing(hours: number) {
  return new Date(Date.now() + 8 * 3_600_000 + hours * 3_600_000).toISOString().slice(0, 16);
}

async function as(browser: Browser, username: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await login(page, username);
  return page;
}

/**
 * Open a page and wait until React has hydrated it: on a loaded machine a
 * textarea typed into before hydration is reset to its server value.
 */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => {
    const form = document.querySelector("main form");
    // React attaches its fiber to hydrated DOM nodes as __reactFiber$….
    return !form || Object.keys(form).some((k) => k.startsWith("__reactFiber$"));
  });
}

test("staff open a topic; citizens post and support; staff moderate, export and start a summary", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `加强社区助餐服务（${Date.now() % 100000}）`;

  // Staff open the topic.
  const staff = await as(browser, "staff");
  await open(staff, "/staff/participation/topics/new");
  await staff.getByLabel("议题名称").fill(title);
  await staff.getByLabel("议题说明").fill("请就社区老年助餐点的布局、价格和服务提出意见。");
  await staff.getByLabel("开始征集（北京时间）").fill(beijing(-1));
  await staff.getByLabel("截止征集（北京时间）").fill(beijing(72));
  await staff.getByRole("button", { name: "保存草稿" }).click();
  await expect(staff).toHaveURL(/\/staff\/participation\/topics\/\d+\?done=created/);
  const topicId = staff.url().match(/topics\/(\d+)/)![1];
  await staff.getByRole("button", { name: "发布议题" }).click();
  await expect(staff.getByRole("button", { name: "结束征集" })).toBeVisible();

  // Two citizens post opinions (the first without JavaScript; the second registers first).
  const first = await as(browser, "citizen", false);
  await first.goto(`/participation/topics/${topicId}`);
  await first.getByLabel("您的意见").fill("建议每个社区至少设一个老年助餐点，并公布每日菜单和价格。");
  await first.getByRole("button", { name: "提交意见" }).click();
  await expect(first.getByText("意见已提交。经工作人员审核后公开")).toBeVisible();
  await expect(first.getByRole("region", { name: "我的意见（仅您可见）" })).toContainText("老年助餐点");

  const second = await (await browser.newContext()).newPage();
  const username = `e2e${Date.now() % 1_000_000}`;
  await open(second, `/register?redirectTo=/participation/topics/${topicId}`);
  await second.getByLabel("用户名").fill(username);
  await second.getByLabel("称呼").fill("市民周先生");
  await second.getByLabel("密码", { exact: true }).fill("Zhucan-Fuwu-2026");
  await second.getByLabel("确认密码").fill("Zhucan-Fuwu-2026");
  await second.getByRole("button", { name: "注册" }).click();
  await expect(second.getByRole("button", { name: "退出登录" })).toBeVisible();
  await open(second, `/participation/topics/${topicId}`);
  await second.getByLabel("您的意见").fill("这条意见与议题无关，只是测试一下审核。请忽略它的内容。");
  await second.getByRole("button", { name: "提交意见" }).click();
  await expect(second.getByText("意见已提交。经工作人员审核后公开")).toBeVisible();

  // Nothing is public before moderation.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/participation/topics/${topicId}`);
  await expect(visitor.getByRole("heading", { name: "公开的意见（0 条）" })).toBeVisible();

  // Staff approve one and reject the other with a reason.
  await open(staff, "/staff/participation");
  const queue = staff.locator("#queue");
  const firstItem = queue.locator(".moderation-item", { hasText: "公布每日菜单和价格" });
  await firstItem.getByRole("button", { name: "通过并公开" }).click();
  await expect(staff).toHaveURL(/done=approve/);
  const secondItem = staff.locator("#queue .moderation-item", { hasText: "测试一下审核" });
  await secondItem.getByLabel("不予通过的理由").fill("与议题无关");
  await secondItem.getByRole("button", { name: "不予通过" }).click();
  await expect(staff).toHaveURL(/done=reject/);

  // The rejected author sees the reason; then supports the approved opinion.
  await open(second, `/participation/topics/${topicId}`);
  await expect(second.getByRole("region", { name: "我的意见（仅您可见）" })).toContainText("与议题无关");
  const listed = second.getByRole("region", { name: /公开的意见/ });
  await listed.getByRole("button", { name: "附议", exact: true }).click();
  await expect(second.getByRole("region", { name: /公开的意见/ })).toContainText("1 人附议");

  // The public page lists the approved opinion with its support, at once (the cache follows the events).
  await visitor.goto(`/participation/topics/${topicId}`);
  await expect(visitor.getByRole("heading", { name: "公开的意见（1 条）" })).toBeVisible();
  await expect(visitor.getByRole("region", { name: /公开的意见/ })).toContainText("公布每日菜单和价格");
  await expect(visitor.getByRole("region", { name: /公开的意见/ })).toContainText("1 人附议");
  await expect(visitor.getByText("测试一下审核")).toHaveCount(0);
  await visitor.screenshot({ path: "test-results/participation-topic-public.png", fullPage: true });

  // At the close staff export the opinions and start a summary draft linked back to the topic.
  await staff.goto(`/staff/participation/topics/${topicId}`);
  await staff.getByRole("button", { name: "结束征集" }).click();
  await expect(staff.getByRole("button", { name: "生成汇总报告草稿" })).toBeVisible();
  const csv = await staff.request.get(`/staff/participation/topics/${topicId}/opinions.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("公布每日菜单和价格");
  expect(text).toContain("与议题无关");
  const xlsx = await staff.request.get(`/staff/participation/topics/${topicId}/opinions.xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await staff.getByRole("button", { name: "生成汇总报告草稿" }).click();
  await expect(staff).toHaveURL(/\/staff\/drafts\/\d+/);
  const banner = staff.getByText(/本草稿汇总自协商议题/);
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("link", { name: `“${title}”` })).toHaveAttribute("href", `/participation/topics/${topicId}`);
  await staff.screenshot({ path: "test-results/participation-summary-draft.png", fullPage: true });
});

test("a citizen sends a lead; staff forward it to a member; the member starts a draft; the citizen sees where it went", async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await as(browser, "citizen");
  await open(citizen, "/participation/leads/new");
  // Errors beside the fields, input kept, without JavaScript's help.
  await citizen.getByLabel("标题").fill("公交站台缺少遮雨棚");
  await citizen.getByRole("button", { name: "提交线索" }).click();
  await expect(citizen.getByText("请至少写 10 个字说明存在的问题")).toBeVisible();
  await expect(citizen.getByLabel("标题")).toHaveValue("公交站台缺少遮雨棚");
  await citizen.getByLabel("存在的问题").fill("翠苑路公交站台没有遮雨棚，雨天老人和学生候车很不方便。");
  await citizen.getByLabel("您的建议").fill("建议交通部门在站台加装遮雨棚和座椅，并纳入年度计划。");
  await citizen.getByLabel("地点（可选）").fill("翠苑街道");
  await citizen.getByLabel(/同意公开这条线索/).check();
  await citizen.getByRole("button", { name: "提交线索" }).click();
  await expect(citizen).toHaveURL(/\/participation\/leads\/\d+\?done=sent/);
  const leadPath = new URL(citizen.url()).pathname;
  await expect(citizen.getByTestId("lead-went")).toContainText("等待工作人员分办");

  // Not public before triage.
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(leadPath))!.status()).toBe(404);

  const staff = await as(browser, "staff");
  await open(staff, leadPath);
  const select = staff.getByLabel("委员（按界别或委员工作室查找）");
  const value = await select.locator("option", { hasText: "王立新委员" }).first().getAttribute("value");
  await select.selectOption(value!);
  await staff.locator("#member-publish").check();
  await staff.getByRole("button", { name: "转交委员" }).click();
  await expect(staff.getByTestId("lead-went")).toContainText("已转交王立新委员");

  const member = await as(browser, "member");
  await member.goto("/member/leads");
  await member.getByRole("link", { name: /公交站台缺少遮雨棚/ }).first().click();
  await member.getByRole("button", { name: "据此起草提案" }).click();
  await expect(member).toHaveURL(/\/member\/proposals\/\d+/);

  await citizen.goto(leadPath);
  await expect(citizen.getByTestId("lead-went")).toContainText("已转交王立新委员");
  await expect(citizen.getByTestId("lead-went")).toContainText("委员已据此起草提案");
  await citizen.screenshot({ path: "test-results/participation-lead-citizen.png", fullPage: true });
  // With the citizen's consent, the public sees where it went too, without the citizen's name.
  await visitor.goto(leadPath);
  await expect(visitor.getByTestId("lead-went")).toContainText("委员已据此起草提案");
  await expect(visitor.getByText("市民李女士")).toHaveCount(0);
});
