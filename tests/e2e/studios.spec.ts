import ICAL from "ical.js";
import { expect, test, type Browser } from "@playwright/test";
import { login } from "./helpers";

// A Beijing-time wall clock 20 days from now, as a datetime-local value.
function beijingLocal(daysAhead: number, time: string) {
  const d = new Date(Date.now() + daysAhead * 86_400_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 10)}T${time}`;
}

async function as(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

test("staff publish a session with 2 places; the third sign-up waits, moves up when someone cancels, and the calendar has the right time", async ({ page, browser }) => {
  const start = beijingLocal(20, "19:30");
  const end = beijingLocal(20, "21:00");

  await login(page, "staff");
  await page.goto("/studios");
  await page.getByRole("link", { name: "翠苑街道“民生议事”委员工作室" }).click();
  await page.getByRole("link", { name: "管理本工作室" }).click();
  await page.getByRole("link", { name: "新建协商活动" }).click();
  await page.getByLabel("活动主题").fill("端到端测试：楼道堆物整治议事会");
  await page.getByLabel("开始时间（北京时间）").fill(start);
  await page.getByLabel("结束时间（北京时间）").fill(end);
  await page.getByLabel("地点").fill("翠苑一区 3 幢架空层");
  await page.getByLabel("名额").fill("2");
  await page.getByLabel("其中为委员预留").fill("0");
  await page.getByLabel("报名范围").selectOption("public");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByRole("status")).toContainText("已保存为草稿");
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByRole("status")).toContainText("已发布");
  await page.getByRole("link", { name: "查看公开页面" }).click();
  await page.waitForURL(/\/sessions\/\d+$/);
  const sessionUrl = new URL(page.url()).pathname;

  // Three people sign up; the third is waitlisted.
  const [first, second, third] = [await as(browser, "citizen"), await as(browser, "member2"), await as(browser, "org-minmeng")];
  for (const p of [first, second]) {
    await p.goto(sessionUrl);
    await p.getByRole("button", { name: "报名参加" }).click();
    await expect(p.getByTestId("my-signup")).toHaveText("您已报名，名额已确认。");
  }
  await third.goto(sessionUrl);
  await third.getByRole("button", { name: "报名候补" }).click();
  await expect(third.getByRole("status")).toContainText("已进入候补名单");
  await expect(third.getByTestId("my-signup")).toHaveText("您在候补名单第 1 位。");

  // One cancels; the third moves up and sees it.
  await first.getByRole("button", { name: "取消报名" }).click();
  await first.getByRole("button", { name: "确认取消报名" }).click();
  await expect(first.getByRole("status")).toHaveText("已取消报名。");
  await third.reload();
  await expect(third.getByTestId("my-signup")).toHaveText("您已报名，名额已确认。");
  await third.goto("/account/sessions");
  await expect(third.getByRole("row", { name: /端到端测试：楼道堆物整治议事会/ })).toContainText("已确认");

  // The organiser sees the list in order.
  await page.goto(sessionUrl);
  await page.getByRole("link", { name: "管理本活动" }).click();
  await expect(page.getByRole("heading", { name: /报名名单（确认 2 \/ 名额 2，候补 0）/ })).toBeVisible();

  // The calendar file imports at the session's time in Asia/Shanghai.
  await third.goto(sessionUrl);
  const download = third.waitForEvent("download");
  await third.getByRole("link", { name: "加入日历（.ics）" }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe("端到端测试：楼道堆物整治议事会");
  expect(event.location).toBe("翠苑一区 3 幢架空层");
  const inShanghai = (d: Date) =>
    new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .format(d)
      .replace(" ", "T");
  expect(inShanghai(event.startDate.toJSDate())).toBe(start);
  expect(inShanghai(event.endDate.toJSDate())).toBe(end);
  // And the browser, set to Asia/Shanghai, reads the same wall-clock time.
  const local = await third.evaluate((iso) => {
    const d = new Date(iso);
    return `${d.getHours()}:${String(d.getMinutes()).padStart(2, "0")}`;
  }, event.startDate.toJSDate().toISOString());
  expect(local).toBe("19:30");
});

test("the public browse studios without JavaScript, and members-only sessions refuse the public", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await context.newPage();
  await visitor.goto("/");
  await visitor.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "委员工作室" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("委员工作室");
  await visitor.getByLabel("区县").selectOption("江北区");
  await visitor.getByRole("button", { name: "筛选" }).click();
  await expect(visitor.getByText("共 1 个工作室")).toBeVisible();
  await visitor.getByRole("link", { name: "江北区“亲清”企业服务委员工作室" }).click();
  await visitor.getByRole("link", { name: "委员专题学习：营商环境条例解读" }).click();
  await expect(visitor.getByText("本次活动仅限政协委员报名。")).toBeVisible();
  const held = await (await visitor.request.get("/api/v1/sessions?status=held")).json();
  await visitor.goto(held.data[0].url);
  await expect(visitor.getByRole("heading", { name: "活动纪要" })).toBeVisible();
  await expect(visitor.getByText("推动学校、商场停车场夜间错时向周边居民开放")).toBeVisible();
  await context.close();
});

test("a member turns an opinion raised at a held session into a proposal draft, and the link shows", async ({ page, request }) => {
  const held = await (await request.get("/api/v1/sessions?status=held")).json();
  await login(page, "member");
  await page.goto(held.data[0].url);
  const opinion = page.getByRole("listitem").filter({ hasText: "背街小巷增设夜间临时停车泊位" });
  await opinion.getByRole("button", { name: "转为我的提案草稿" }).click();
  await page.waitForURL(/\/member\/proposals\/\d+$/);
  await page.goto(held.data[0].url);
  await expect(opinion).toContainText("已由王立新委员转为提案草稿");
  await expect(opinion.getByRole("link", { name: "打开我的提案草稿" })).toBeVisible();
  await expect(opinion.getByRole("button", { name: "转为我的提案草稿" })).toHaveCount(0);
});
