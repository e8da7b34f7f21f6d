// Found by walking each role through its daily work on the real pages (with
// JavaScript, as most people use them): what a person sees after each action.
import { expect, test } from "@playwright/test";
import { api, draftProposal, signedIn } from "./helpers";
import { LOOP_BODY, acceptAndAssign, cosignAndSubmit, publishReply } from "./loop-steps";

test.describe("walking the loop as a person would", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  const title = `关于社区助餐服务的提案 ${Date.now()}`;

  test("a new draft says it was saved, and the invite field is empty again after an invitation", async ({ browser }) => {
    const member = await signedIn(browser, "member");
    await draftProposal(member, title, LOOP_BODY, { joint: true });
    await expect(member.getByRole("status")).toHaveText("草稿已保存。");
    await member.getByLabel(/邀请联名/).fill("member2");
    await member.getByRole("button", { name: "邀请", exact: true }).click();
    await expect(member.getByText("陈思远委员：待答复")).toBeVisible();
    await expect(member.getByLabel(/邀请联名/)).toHaveValue("");
  });

  test("the reply form: every error at once, styled phone and date fields, and no second form while the reply waits for review", async ({ browser }) => {
    const [member, member2, staff, mz] = [await signedIn(browser, "member"), await signedIn(browser, "member2"), await signedIn(browser, "staff"), await signedIn(browser, "dept-mz")];
    await member.goto("/member");
    await member.getByRole("link", { name: title }).first().click();
    await member.waitForURL(/\/member\/proposals\/\d+$/);
    const id = Number(new URL(member.url()).pathname.split("/").pop());
    await cosignAndSubmit(member2, member, id);
    const { caseNo, assignmentId } = await acceptAndAssign(staff, mz, id, title);
    await api(mz, `/api/v1/assignments/${assignmentId}/actions`, { action: "sign" });
    await mz.goto(`/department/assignments/${assignmentId}`);

    // The phone and date fields look like the text fields beside them.
    const height = (label: string) => mz.getByLabel(label).evaluate((e) => e.getBoundingClientRect().height);
    // Polled: a field replaced by hydration while measured reads 0.
    const textHeight = () => height("联系人（印在答复函上）");
    await expect.poll(async () => Math.abs((await height("联系电话")) - (await textHeight()))).toBeLessThan(4);
    await expect.poll(async () => Math.abs((await height("日期（选填）")) - (await textHeight()))).toBeLessThan(4);

    // A partly adopted recommendation without a reason and no category: both errors at once.
    await mz.getByLabel("答复正文").fill("经研究，已列入年度计划。");
    const adoptions = await mz.locator('select[name^="adoption|"]').all();
    for (const select of adoptions) await select.selectOption("adopted");
    await adoptions[0].selectOption("partly");
    await mz.getByRole("button", { name: "提交答复（待审核）" }).click();
    await expect(mz.getByText("正式答复须选择答复类别")).toBeVisible();
    await expect(mz.getByText("部分采纳、留作参考或不采纳的建议须说明理由")).toBeVisible();

    await mz.getByLabel("答复类别（正式答复必选）").selectOption("B");
    await mz.locator('input[name^="reason|"]').first().fill("资金须纳入下年度预算。");
    await mz.getByRole("button", { name: "提交答复（待审核）" }).click();
    await expect(mz.getByRole("heading", { name: /^正式答复 · B类.*待审核$/ })).toBeVisible();
    // submitReply refuses a second reply while one waits: the page offers no form, it says why.
    await expect(mz.getByRole("button", { name: "提交答复（待审核）" })).toHaveCount(0);
    await expect(mz.getByText("答复已提交，等待提案工作人员审核")).toBeVisible();

    // Published: staff are not offered 逾期未评价，办结 on the day of the reply (closeAfterSilence refuses it), they are told when.
    await publishReply(staff, caseNo);
    await staff.goto(`/staff/proposals/${id}`);
    await expect(staff.getByText(/^答复后 \d+ 天内提案人未评价，才能直接办结（还需 \d+ 天）。$/)).toBeVisible();
    await expect(staff.getByRole("button", { name: "提案人逾期未评价，办结" })).toHaveCount(0);
  });

  test("without JavaScript, a refused 交办 shows every error at once and keeps the choices", async ({ browser }) => {
    const member = await signedIn(browser, "member");
    const id = await draftProposal(member, `关于社区助浴服务的提案 ${Date.now()}`, LOOP_BODY);
    await api(member, `/api/v1/proposals/${id}/actions`, { action: "submit" });
    const staff = await signedIn(browser, "staff", { javaScriptEnabled: false });
    await api(staff, `/api/v1/proposals/${id}/actions`, { action: "accept" });
    await staff.goto(`/staff/proposals/${id}`);
    // Staff see who proposed it (the paper form's 提案人 and 界别), not only a phone number.
    await expect(staff.getByText("提案人：王立新委员（中国民主同盟某省委员会）")).toBeVisible();
    await staff.getByRole("radio", { name: "主办 + 会办" }).check();
    await staff.getByLabel("办理期限（留空为三个月后的第一个工作日）").fill("2020-01-01");
    await staff.getByRole("button", { name: "交办", exact: true }).click();
    await expect(staff.getByText("办理期限须晚于今天")).toBeVisible();
    await expect(staff.getByText("请选择主办单位")).toBeVisible();
    await expect(staff.getByText("主办/会办须至少选择一个会办单位")).toBeVisible();
    await expect(staff.getByRole("radio", { name: "主办 + 会办" })).toBeChecked();
    await expect(staff.getByLabel("办理期限（留空为三个月后的第一个工作日）")).toHaveValue("2020-01-01");

    await staff.getByLabel("主办（单办）单位").selectOption("市民政局");
    await staff.getByRole("button", { name: "交办", exact: true }).click();
    await expect(staff.getByText("主办/会办须至少选择一个会办单位")).toBeVisible();
    await expect(staff.getByText("请选择主办单位")).toHaveCount(0);
    await expect(staff.getByLabel("主办（单办）单位").locator("option:checked")).toHaveText("市民政局");

    await staff.getByLabel("会办单位（可多选）").selectOption(["市卫生健康委员会"]);
    await staff.getByLabel("办理期限（留空为三个月后的第一个工作日）").fill("");
    await staff.getByRole("button", { name: "交办", exact: true }).click();
    await expect(staff.getByRole("row", { name: /市卫生健康委员会\s+会办/ })).toBeVisible();
  });

  test("a field without a type (the citizen's lead title, the topic title) is styled like the other text fields", async ({ browser }) => {
    // Without JavaScript: no hydration replacing the field while it is measured.
    const citizen = await signedIn(browser, "citizen", { javaScriptEnabled: false });
    await citizen.goto("/participation/leads/new");
    const padding = (label: string) => citizen.getByLabel(label, { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).paddingLeft));
    expect(await padding("标题")).toBeGreaterThan(5); // 2 px, the browser's own, before
  });
});
