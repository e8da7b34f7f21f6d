// Issue 15, "Workbenches with to-do lists": each role signs in and lands on its
// workbench, whose 待办 counts move as one proposal goes through the loop, and
// the header badge (待办 N) says the same. The party liaison's workbench lists
// the party's proposals and drafts in its name.
import { expect, test, type Page } from "@playwright/test";
import { api, login } from "./helpers";
import { acceptAndAssign, cosignAndSubmit, draftAndInvite, formalReply, publishReply } from "./loop-steps";

/** The count of one to-do on the workbench the page shows. */
async function todo(page: Page, label: string) {
  return Number(await page.locator(`[data-todo="${label}"] strong`).innerText());
}

/** The header badge's count (no badge: 0). */
async function badge(page: Page) {
  const b = page.locator(".header-todos .count-badge");
  return (await b.count()) ? parseInt(await b.innerText(), 10) : 0;
}

/** Every to-do on the workbench the page shows: label, count and where it links. */
async function todos(page: Page) {
  const links = page.locator("[data-todo]");
  const out: { label: string; count: number; href: string }[] = [];
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    out.push({ label: (await link.getAttribute("data-todo"))!, count: Number(await link.locator("strong").innerText()), href: (await link.getAttribute("href"))! });
  }
  return out;
}

/** What the badge should say: every to-do but 临期 (a warning). */
async function actionTotal(page: Page) {
  return (await todos(page)).reduce((n, t) => (t.label === "临期" ? n : n + t.count), 0);
}

/** The count the list a to-do links to shows: its heading's （N）, or the catalogue workbench's tile. */
async function listCount(page: Page, href: string, label: string) {
  await page.goto(href);
  if (href.startsWith("/staff/catalogues")) {
    const tile = page.locator(".stats li", { hasText: label === "公开信息待审核" ? "条信息待审核" : "条反馈待审核" });
    return Number(await tile.locator("strong").innerText());
  }
  const id = href.includes("#") ? href.split("#")[1] : href.includes("show=co") ? "b-co" : null;
  const own = page.locator(id ? `:is(h1, h2, h3)[id="${id}"]` : "main h1");
  const heading = (await own.count()) ? own : page.locator(`[id="${id}"] h2`).first();
  // A department bucket with nothing in it is not shown at all.
  if (!(await heading.count())) return 0;
  const text = await heading.innerText();
  return label === "调研报告建议待签收或逾期" ? Number(text.match(/其中待签收或逾期 (\d+)/)![1]) : Number(text.match(/（(\d+)/)![1]);
}

async function signIn(page: Page, username: string, workbench: string) {
  await login(page, username);
  await expect(page).toHaveURL(new RegExp(`${workbench}$`));
}

test.describe("to-do lists follow the loop", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  test("each role lands on its workbench; the counts and the badge move after each step", async ({ browser }) => {
    const page = async () => (await browser.newContext()).newPage();
    const [member, member2, staff, mz] = [await page(), await page(), await page(), await page()];
    await signIn(member, "member", "/member");
    await signIn(member2, "member2", "/member");
    await signIn(staff, "staff", "/staff");
    await signIn(mz, "dept-mz", "/department");
    await expect(staff.getByRole("heading", { name: "待办事项" })).toBeVisible();
    const start = {
      cosign: await todo(member2, "待联名确认"),
      member2Badge: await badge(member2),
      review: await todo(staff, "待审查"),
      replies: await todo(staff, "待审核答复"),
      staffBadge: await badge(staff),
      sign: await todo(mz, "待签收"),
      mzBadge: await badge(mz),
      evaluate: await todo(member, "待评价"),
    };
    // The badge is the workbench's action items (临期 is a warning and not counted).
    expect(start.staffBadge).toBe(await actionTotal(staff));

    const title = `关于待办计数的提案 ${Date.now()}`;
    const id = await draftAndInvite(member, title);
    await member2.goto("/member");
    expect(await todo(member2, "待联名确认")).toBe(start.cosign + 1);
    expect(await badge(member2)).toBe(start.member2Badge + 1);
    await member2.getByRole("link", { name: /待联名确认/ }).click();
    await expect(member2.getByRole("link", { name: title }).first()).toBeVisible();
    await member2.screenshot({ path: "test-results/workbench-member.png", fullPage: true });

    await cosignAndSubmit(member2, member, id);
    await member2.goto("/member");
    expect(await todo(member2, "待联名确认")).toBe(start.cosign);
    await staff.goto("/staff");
    expect(await todo(staff, "待审查")).toBe(start.review + 1);
    expect(await badge(staff)).toBe(start.staffBadge + 1);
    await staff.screenshot({ path: "test-results/workbench-staff.png", fullPage: true });

    const { caseNo, assignmentId } = await acceptAndAssign(staff, mz, id, title);
    await staff.goto("/staff");
    expect(await todo(staff, "待审查")).toBe(start.review);
    await mz.goto("/department");
    expect(await todo(mz, "待签收")).toBe(start.sign + 1);
    expect(await badge(mz)).toBe(start.mzBadge + 1);
    await mz.screenshot({ path: "test-results/workbench-department.png", fullPage: true });
    // 会办意见待送 opens the list of co-handling awaiting an opinion, without JavaScript too.
    const co = await todo(mz, "会办意见待送");
    await mz.getByRole("link", { name: /会办意见待送/ }).click();
    await expect(mz).toHaveURL(/\/department\?show=co$/);
    await expect(mz.getByRole("heading", { level: 2, name: `会办意见待送（${co}）` })).toBeVisible();
    await mz.getByRole("link", { name: "返回全部交办" }).click();
    await expect(mz.getByRole("heading", { name: /^新交办/ })).toBeVisible();

    await api(mz, `/api/v1/assignments/${assignmentId}/actions`, { action: "sign" });
    await mz.goto("/department");
    expect(await todo(mz, "待签收")).toBe(start.sign);

    await formalReply(mz, assignmentId);
    await staff.goto("/staff");
    expect(await todo(staff, "待审核答复")).toBe(start.replies + 1);
    await publishReply(staff, caseNo);
    await staff.goto("/staff");
    expect(await todo(staff, "待审核答复")).toBe(start.replies);

    // The workbench shows only the latest answered items; 查看全部 pages through all of them (no JavaScript needed).
    await mz.goto("/department");
    const answered = mz.locator("section[aria-labelledby='b-replied']");
    await expect(answered.getByRole("link", { name: title })).toBeVisible();
    const all = answered.getByRole("link", { name: /^查看全部（\d+）$/ });
    const total = Number((await all.innerText()).match(/\d+/)![0]);
    await all.click();
    await expect(mz).toHaveURL(/\/department\/assignments\?state=replied$/);
    await expect(mz.getByRole("heading", { level: 1 })).toHaveText(`交办事项 · 已答复（${total}）`);
    await expect(mz.getByRole("link", { name: title })).toBeVisible(); // newest first: on page 1
    await mz.getByLabel("状态").selectOption("");
    await mz.getByRole("button", { name: "筛选" }).click();
    await expect(mz.getByRole("heading", { level: 1 })).toHaveText(/^交办事项 · 全部（\d+）$/);
    const next = mz.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" });
    if (await next.count()) {
      await next.click();
      await expect(mz).toHaveURL(/page=2/);
      await expect(mz.locator("caption")).toContainText("第 2/");
    } else {
      await mz.goto("/department/assignments?page=2");
      await expect(mz.getByRole("link", { name: "回到第 1 页" })).toBeVisible();
    }

    await member.goto("/member");
    expect(await todo(member, "待评价")).toBe(start.evaluate + 1);
    await member.getByRole("link", { name: /待评价/ }).click();
    await expect(member.getByRole("heading", { name: /待评价的答复/ })).toBeVisible();
    // The header badge is there on every personal page, and leads to the workbench.
    await member.goto("/notifications");
    expect(await badge(member)).toBeGreaterThanOrEqual(1);
    await member.locator(".header-todos").click();
    await expect(member).toHaveURL(/\/member$/);
  });
});

// The header badge, the workbench's counts and the lists they open say the same numbers — for
// staff (their whole steering: review, 交办, re-assignment, replies, overdue, moderation, leads,
// disclosure review) and departments (each assignment once: a new co-handling is 待签收, not also
// 会办意见待送; overdue disclosure items under 公开事项逾期), with and without JavaScript.
for (const javaScriptEnabled of [true, false]) {
  test(`every to-do count is the list it opens, and the badge their sum (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    // The admin counts as staff (decision 013) and lands on /admin, which lists the same to-dos.
    for (const [username, workbench] of [["staff", "/staff"], ["admin", "/admin"], ["dept-wj", "/department"], ["dept-mz", "/department"]] as const) {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await signIn(page, username, workbench);
      const items = await todos(page);
      if (username === "staff" || username === "admin") {
        expect(items.map((i) => i.label)).toEqual(["待审查", "待交办", "调整申请", "待审核答复", "逾期", "意见待审核", "线索待分办", "公开信息待审核", "公开反馈待审核"]);
      }
      expect(await badge(page), `${username}'s badge`).toBe(await actionTotal(page));
      for (const item of items) expect(await listCount(page, item.href, item.label), `${username}: ${item.label} → ${item.href}`).toBe(item.count);
      await page.context().close();
    }
  });
}

test("the party liaison lands on the party workbench, sees its proposals and drafts in its name", async ({ page, browser }) => {
  await signIn(page, "org-minmeng", "/organisation");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("党派团体工作台");
  await page.getByRole("link", { name: "以本组织名义撰写提案" }).click();
  const title = `关于民营企业融资的集体提案 ${Date.now()}`;
  await page.getByLabel("标题", { exact: true }).fill(title);
  await page.getByLabel(/^正文/).fill("## 建议\n\n设立中小企业转贷资金池。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/member\/proposals\/\d+/);
  await page.goto("/organisation");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("草稿");
  await expect(row).toContainText("民盟省委会提案联络员");
  await page.screenshot({ path: "test-results/workbench-organisation.png", fullPage: true });
  // Members (even of the same party) and departments may not open it.
  const member = await (await browser.newContext()).newPage();
  await login(member, "member");
  const refused = await member.goto("/organisation/proposals/new");
  expect(refused?.status()).toBe(403);
});
