import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("an admin creates a department user, who can then log in to their workbench", async ({ page, browser }) => {
  await login(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("用户名").fill("dept-jt");
  await page.getByLabel("初始密码").fill("Jiaotong2026a");
  await page.getByLabel("姓名或称呼").fill("交通局办理员");
  await page.getByRole("checkbox", { name: "政协委员" }).uncheck();
  await page.getByRole("checkbox", { name: "承办单位" }).check();
  // Missing department: the error shows beside the field, input kept.
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText("承办单位用户必须选择所属单位")).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveValue("dept-jt");
  await page.getByLabel("初始密码").fill("Jiaotong2026a");
  await page.getByLabel("所属承办单位（承办单位用户必选）").selectOption({ label: "市交通运输局" });
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText("用户已创建。")).toBeVisible();

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await login(p2, "dept-jt", "Jiaotong2026a");
  await p2.goto("/department");
  await expect(p2.getByRole("heading", { level: 1 })).toHaveText("承办工作台 · 市交通运输局");
  await other.close();
});

test("an admin adds an alias and the public directory finds it", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/departments?q=市民政局");
  await page.getByRole("link", { name: "市民政局", exact: true }).click();
  const aliases = page.getByLabel("常见写法（别名）");
  await aliases.fill((await aliases.inputValue()) + "、养老服务主管部门");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("已保存。")).toBeVisible();
  await page.goto("/departments?q=养老服务主管部门");
  await expect(page.getByRole("link", { name: "市民政局" })).toBeVisible();
});

test("an alias that belongs to another department is refused beside the field", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/departments/new");
  await page.getByLabel("单位全称").fill("市测试局");
  await page.getByLabel("常见写法（别名）").fill("住建部门");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("“住建部门”已被“市住房和城乡建设局”使用")).toBeVisible();
  await expect(page.getByLabel("单位全称")).toHaveValue("市测试局");
});
