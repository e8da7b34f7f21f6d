import { expect, test, type Browser, type Page } from "@playwright/test";
import { login } from "./helpers";

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

// Issue 13: a research report is assigned in one submit with the departments its text
// names, departments report adoption and progress, and the public page shows each
// recommendation's handling while background has no status and is not counted.
test("a research report is assigned in one go and its recommendations show their handling", async ({ browser }) => {
  test.setTimeout(120_000);
  const slug = `e2e-report-${Date.now()}`;
  const staff = await as(browser, "staff");
  await staff.goto("/staff/documents/new");
  await staff.getByLabel("原文", { exact: true }).fill(
    [
      "关于发展普惠托育服务的调研报告",
      "一、基本情况",
      "全市现有托育机构 300 余家，普惠托位不足。",
      "二、完善托育服务体系",
      "1. 扩大普惠托位供给。由市民政局牵头，市卫生健康委员会配合，新增社区托育点。",
      "2. 加强托育人才培养。由市卫生健康委员会牵头，开展保育员培训。",
      "三、强化支持保障",
      "1. 落实用房保障。由市民政局牵头，盘活闲置用房。",
      "四、加强监督管理",
      "1. 建立托育机构评估制度。由市卫生健康委员会牵头，定期公布评估结果。",
    ].join("\n"),
  );
  await staff.getByLabel("类别").selectOption("research_report");
  await staff.getByRole("button", { name: "识别结构" }).click();
  // The editor proposes each node's type; staff could change it before publishing.
  await expect(staff.getByLabel("类型").first()).toHaveValue("background");
  await expect(staff.getByLabel("类型").nth(2)).toHaveValue("recommendation");
  await staff.locator('input[name="meta.slug|0"]').fill(slug);
  await staff.getByRole("button", { name: "发布" }).click();
  await expect(staff).toHaveURL(new RegExp(`/documents/${slug}$`));

  // The 交办 table: four recommendations in three sections (background is not one), the named departments preselected, one submit.
  await staff.goto(`/staff/documents/${slug}/assign`);
  await expect(staff.locator("caption")).toHaveText("建议 4 条，待交办 4 条");
  await expect(staff.getByLabel(/^主办单位：.*扩大普惠托位供给/)).toHaveValue("市民政局");
  await expect(staff.getByLabel(/^会办单位：.*扩大普惠托位供给/)).toHaveValue("市卫生健康委员会");
  await staff.getByRole("button", { name: "交办勾选的建议" }).click();
  await expect(staff.getByRole("status")).toContainText("已交办（5 个单位任务）");
  await expect(staff.locator("caption")).toHaveText("建议 4 条，待交办 0 条");

  // Two departments sign and report adoption and progress.
  for (const [user, adoption, progress] of [
    ["dept-mz", "adopted", "60"],
    ["dept-wj", "partly", "30"],
  ] as const) {
    const dept = await as(browser, user);
    await dept.goto("/department");
    await dept.getByRole("link", { name: /扩大普惠托位供给/ }).click();
    await dept.getByRole("button", { name: "签收", exact: true }).click();
    await dept.getByLabel("采纳情况").selectOption(adoption);
    if (adoption === "partly") {
      await dept.getByRole("button", { name: "报告" }).click();
      await expect(dept.getByText("部分采纳、留作参考或不采纳须说明理由")).toBeVisible();
      await dept.getByLabel(/^理由/).fill("培训经费分两年安排。");
    }
    await dept.getByLabel("进度（0–100%）").fill(progress);
    // Wait for the report's POST to be answered: navigating at once could overtake it.
    const saved = dept.waitForResponse((r) => r.request().method() === "POST" && r.status() < 400);
    await dept.getByRole("button", { name: "报告" }).click();
    await saved;
    // Saved: no error, and the console lists the progress.
    await expect(dept.getByRole("alert")).toHaveCount(0);
    await dept.goto("/department");
    await expect(dept.getByRole("row", { name: /扩大普惠托位供给/ })).toContainText(`${progress}%`);
  }

  // The public page: per recommendation its departments, state, adoption and progress; background has no status.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/documents/${slug}`);
  await expect(visitor.locator("dl.facts dd").filter({ hasText: /^\d+ 条$/ })).toHaveText("4 条");
  const handled = visitor.getByRole("list", { name: "交办与采纳" }).first();
  await expect(handled).toContainText("市民政局");
  await expect(handled).toContainText("已采纳");
  await expect(handled).toContainText("进度 60%");
  await expect(handled).toContainText("市卫生健康委员会");
  await expect(handled).toContainText("部分采纳");
  await expect(visitor.getByText("全市现有托育机构")).toBeVisible();
  // Background: shown as context, with no status and no 交办 list.
  const background = visitor.locator("li.rec.background", { hasText: "全市现有托育机构" });
  await expect(background).toContainText("背景情况");
  await expect(background.getByRole("list", { name: "交办与采纳" })).toHaveCount(0);
  await expect(background.getByRole("link", { name: "查看这条建议" })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "查看这条建议" })).toHaveCount(4);
  await expect(visitor.getByText("待交办")).toHaveCount(0);
});
