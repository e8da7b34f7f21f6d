import { expect, test } from "@playwright/test";
import { login } from "./helpers";

// Plain forms only: the preview must work without JavaScript.
test.use({ javaScriptEnabled: false });

const SOURCE = [
  "首页 > 新闻中心 > 政协动态",
  "关于加强社区助老服务的建议",
  "2026-03-02 09:10:11 来源：某市政协",
  "今年以来，市政协开展专题调研，形成如下建议。",
  "一、完善统筹机制。建议由市民政局牵头，市卫健委配合，建立联席会议制度。",
  "二、建设智慧养老平台。建议由市养老服务指导中心牵头，市社会福利服务中心配合，建设全市统一的养老服务信息平台。",
  "三、壮大人才队伍。建议市人社局将养老护理员纳入紧缺职业目录。",
  "责任编辑：王某某",
  "分享到：微信 微博 QQ空间",
].join("\n");

test("staff see the removed lines and suggested departments, keep a line and accept or ignore a department", async ({ page }) => {
  await login(page, "staff");
  await page.goto("/staff/documents/new");
  await page.getByLabel("原文", { exact: true }).fill(SOURCE);
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("校对草稿");

  const preview = page.getByRole("region", { name: "导入预览" });
  await expect(preview.getByRole("group", { name: "识别时去除的行（4 行）" })).toBeVisible();
  const credit = preview.locator("li", { hasText: "责任编辑：王某某" });
  await expect(credit.locator("del")).toHaveText("责任编辑：王某某");
  await expect(credit).toContainText("编辑、记者、摄影署名");
  await expect(preview.locator("li", { hasText: "首页 > 新闻中心" })).toContainText("网站或版面导航");

  // Keeping nothing is refused, with the message beside the list; what was typed stays in the stored draft.
  await page.getByRole("button", { name: "保留所选行" }).click();
  await expect(preview.getByRole("alert")).toHaveText("请勾选要保留的行");

  // Type an edit, tick one line and keep it: the edit survives, the line is in the text now.
  await page.getByLabel("提案人").fill("黄某某");
  await page.getByLabel(/第 8 行/).check();
  await page.getByRole("button", { name: "保留所选行" }).click();
  await expect(page.getByRole("status")).toHaveText("已保留 1 行并重新识别结构。其余修改均已保留。");
  await expect(page.getByLabel("提案人")).toHaveValue("黄某某");
  await expect(page.locator("textarea").filter({ hasText: "责任编辑：王某某" })).toHaveCount(1);
  await expect(preview.locator("del", { hasText: "责任编辑" })).toHaveCount(0);
  await expect(preview).toContainText("已保留的行：第 8 行");

  // Suggested new departments, with the sentence that names them.
  const suggestion = preview.getByRole("listitem").filter({ has: page.locator("strong", { hasText: "市养老服务指导中心" }) });
  await expect(suggestion.locator("blockquote")).toContainText("建议由市养老服务指导中心牵头");
  await expect(page.getByRole("cell", { name: /市养老服务指导中心.*名录中没有/ })).toBeVisible();
  await page.screenshot({ path: "test-results/import-preview.png", fullPage: true });

  await page.getByRole("button", { name: "采纳：将市养老服务指导中心加入名录" }).click();
  await expect(page.getByRole("status")).toHaveText("已将该单位加入承办单位名录。");
  await expect(page.getByRole("cell", { name: "市养老服务指导中心", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /名录中没有/ })).toHaveCount(1);
  // Now in the directory: staff can pick it for any item.
  await expect(page.locator('select[name="add|0:1"] option', { hasText: "市养老服务指导中心" })).toHaveCount(1);
  await expect(page.getByLabel("提案人")).toHaveValue("黄某某");

  await page.getByRole("button", { name: "忽略：市社会福利服务中心" }).click();
  await expect(page.getByRole("status")).toContainText("已忽略该建议");
  await expect(page.getByRole("cell", { name: /市社会福利服务中心/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /采纳|忽略/ })).toHaveCount(0);

  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于加强社区助老服务的建议");
  await expect(page.getByRole("link", { name: "市养老服务指导中心" })).toBeVisible();
});
