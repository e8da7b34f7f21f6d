import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./helpers";

const ITEM = "临时救助对象及救助资金支出情况";
const CATALOGUE = "/catalogues/shi-minzhengju";

async function as(browser: Browser, username: string | null): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (username) await login(page, username);
  return page;
}

function itemRow(page: Page) {
  return page.getByRole("row").filter({ has: page.getByRole("link", { name: ITEM }) });
}

test("a department drafts an entry, a reviewer sends it back, it is published, the public asks and the department answers; the overdue flag clears", async ({ browser }) => {
  const visitor = await as(browser, null);
  await visitor.goto("/");
  await visitor.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "信息公开" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("信息公开目录");
  await visitor.getByRole("link", { name: "市民政局政府信息主动公开目录" }).click();
  // The monthly item has lapsed: flagged with how late it is.
  await expect(itemRow(visitor).getByText(/^逾期 \d+ 天$/)).toBeVisible();
  await visitor.goto("/departments");
  await visitor.getByRole("link", { name: "市民政局", exact: true }).first().click();
  const deptPageUrl = visitor.url();
  await expect(visitor.getByRole("region", { name: "信息公开" }).getByRole("link", { name: ITEM })).toBeVisible();

  // The department drafts an entry, attaches a PDF and submits it.
  const dept = await as(browser, "dept-mz");
  await dept.goto(CATALOGUE);
  await dept.getByRole("link", { name: ITEM }).click();
  await dept.getByRole("link", { name: "新建公开信息" }).click();
  await expect(dept.getByLabel("开始日期")).not.toHaveValue("");
  const title = await dept.getByLabel("标题").inputValue();
  expect(title).toMatch(/^\d{4}年\d{1,2}月临时救助/);
  await dept.getByLabel("正文").fill("本月全市共实施临时救助 1,050 人次。");
  await dept.getByRole("button", { name: "保存草稿" }).click();
  await expect(dept.getByText("草稿已保存")).toBeVisible();
  await dept.getByLabel("上传附件").setInputFiles({ name: "救助明细.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await dept.getByRole("button", { name: "上传", exact: true }).click();
  await expect(dept.getByText("附件已上传")).toBeVisible();
  await expect(dept.getByRole("link", { name: "救助明细.pdf" })).toBeVisible();
  await dept.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(dept.getByText("已提交审核。审核须由另一位工作人员完成。")).toBeVisible();
  // No self-approval.
  await expect(dept.getByRole("button", { name: "审核通过并发布" })).toHaveCount(0);
  await expect(dept.getByText("不能自己审核")).toBeVisible();
  const entryUrl = dept.url();
  // Not public while pending.
  expect((await visitor.goto(entryUrl))!.status()).toBe(404);

  // A reviewer sends it back with a reason.
  const staff = await as(browser, "staff");
  await staff.goto("/staff/catalogues");
  await staff.getByRole("link", { name: title }).click();
  await staff.getByRole("button", { name: "退回修改" }).click();
  await expect(staff.getByText("请填写退回理由")).toBeVisible();
  await staff.getByLabel("退回理由").fill("请补充急难型和支出型救助的分类数据。");
  await staff.getByRole("button", { name: "退回修改" }).click();
  await expect(staff.getByText("已退回，起草人会看到退回理由。")).toBeVisible();

  // The department fixes it and submits again; the reviewer publishes it.
  await dept.goto(entryUrl);
  await expect(dept.getByText("审核退回理由：请补充急难型和支出型救助的分类数据。")).toBeVisible();
  await dept.getByRole("link", { name: "修改并提交审核" }).click();
  await dept.getByLabel("正文").fill("本月全市共实施临时救助 1,050 人次，其中急难型救助 330 人次，支出型救助 720 人次。");
  await dept.getByRole("button", { name: "保存并提交审核" }).click();
  await expect(dept.getByText("已提交审核。审核须由另一位工作人员完成。")).toBeVisible();
  await staff.goto(entryUrl);
  await staff.getByRole("button", { name: "审核通过并发布" }).click();
  await expect(staff.getByText("已审核通过并公开发布")).toBeVisible();

  // The public reads it.
  await visitor.goto(CATALOGUE);
  await visitor.getByRole("link", { name: ITEM }).click();
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("急难型救助 330 人次")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "救助明细.pdf" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "登录" }).last()).toBeVisible();

  // A signed-in member of the public asks a question; it waits for moderation.
  const citizen = await as(browser, "citizen");
  await citizen.goto(entryUrl);
  await citizen.getByLabel("您的问题或发现的错误").fill("临时救助的申请需要哪些材料？");
  await citizen.getByRole("button", { name: "提交反馈" }).click();
  await expect(citizen.getByText("反馈已提交")).toBeVisible();
  await expect(citizen.getByText("待审核，尚未公开")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("临时救助的申请需要哪些材料？")).toHaveCount(0);

  // Staff approve the question; it is public and ages while unanswered.
  await staff.goto(entryUrl);
  await staff.getByRole("button", { name: "公开此提问" }).click();
  // The moderation's redirect, before the public page is read again (without it, a loaded
  // machine reloaded the visitor's page before the decision was saved).
  await staff.waitForURL(/moderated=1/);
  await visitor.reload();
  await expect(visitor.getByText("临时救助的申请需要哪些材料？")).toBeVisible();
  await expect(visitor.getByText(/已等待 \d+ 天，尚未答复/)).toBeVisible();

  // The department answers; staff approve the answer; the public reads it.
  await dept.goto(entryUrl);
  await dept.getByLabel("答复市民李女士的提问").fill("需提供身份证明、家庭收入和困难情况说明，可在户籍地乡镇（街道）申请。");
  await dept.getByRole("button", { name: "提交答复" }).click();
  await expect(dept.getByText("答复已提交")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("需提供身份证明")).toHaveCount(0);
  await staff.goto(entryUrl);
  await staff.getByRole("button", { name: "公开此答复" }).click();
  await staff.waitForURL(/moderated=1/);
  await visitor.reload();
  await expect(visitor.getByText("需提供身份证明、家庭收入和困难情况说明")).toBeVisible();
  await expect(visitor.getByText(/已等待 \d+ 天，尚未答复/)).toHaveCount(0);

  // The item is up to date: the overdue flag has cleared on the catalogue and the department page.
  await visitor.goto(CATALOGUE);
  await expect(itemRow(visitor).getByText("正常", { exact: true })).toBeVisible();
  await expect(itemRow(visitor).getByText(/^逾期/)).toHaveCount(0);
  await visitor.goto(deptPageUrl);
  await expect(visitor.getByRole("region", { name: "信息公开" }).getByRole("link", { name: ITEM })).toHaveCount(0);

  // The feed carries the new entry.
  const feed = await visitor.request.get(`${CATALOGUE}/feed.rss`);
  expect(await feed.text()).toContain(title);
});
