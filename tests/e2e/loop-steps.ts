// The proposal loop's steps as the workbench and reply-letter specs walk them:
// the forms where the step is what is looked at, the JSON API where it is not.
import { expect, type Browser, type Page } from "@playwright/test";
import { api, draftProposal, signedIn } from "./helpers";

export const LOOP_BODY = "## 一、完善设施布局\n\n由市民政局牵头，在老旧小区嵌入养老服务站点。\n\n## 二、强化医养结合\n\n建议市卫健委推动家庭医生签约服务覆盖失能老人。";

export async function departmentId(page: Page, name: string) {
  const { data } = await api<{ data: { id: number; name: string }[] }>(page, `/api/v1/departments?q=${encodeURIComponent(name)}`);
  return data.find((d) => d.name === name)!.id;
}

/** member drafts a joint proposal and invites member2 (the forms). */
export async function draftAndInvite(member: Page, title: string) {
  const id = await draftProposal(member, title, LOOP_BODY, { joint: true });
  await member.getByLabel(/邀请联名/).fill("member2");
  await member.getByRole("button", { name: "邀请", exact: true }).click();
  await expect(member.getByText("已完成。")).toBeVisible();
  return id;
}

/** member2 confirms (the form), member submits (API). */
export async function cosignAndSubmit(member2: Page, member: Page, id: number) {
  await member2.goto(`/member/proposals/${id}`);
  await member2.getByRole("button", { name: "同意联名" }).click();
  await expect(member2.getByText("已完成。")).toBeVisible();
  await api(member, `/api/v1/proposals/${id}/actions`, { action: "submit" });
}

/** staff accept and assign to 市民政局 alone (API); returns the case number and the assignment. */
export async function acceptAndAssign(staff: Page, mz: Page, id: number, title: string) {
  const accepted = await api<{ data: { caseNo: string } }>(staff, `/api/v1/proposals/${id}/actions`, { action: "accept" });
  await api(staff, `/api/v1/proposals/${id}/actions`, { action: "assign", mode: "single", leadDepartmentId: await departmentId(staff, "市民政局") });
  const inbox = await api<{ data: { id: number; title: string }[] }>(mz, "/api/v1/assignments");
  return { caseNo: accepted.data.caseNo, assignmentId: inbox.data.find((a) => a.title === title)!.id };
}

export const REPLY_PARAGRAPHS = ["经研究，我局已将社区养老服务站点纳入年度民生实事项目。", "下一步，将会同卫健部门推进家庭医生签约服务覆盖失能老人。"];

/** The department's formal reply through its form, with the letter's contact person and phone. */
export async function formalReply(mz: Page, assignmentId: number) {
  await mz.goto(`/department/assignments/${assignmentId}`);
  await mz.getByLabel("答复类别（正式答复必选）").selectOption("A");
  await mz.getByLabel("答复正文").fill(REPLY_PARAGRAPHS.join("\n\n"));
  for (const select of await mz.locator('select[name^="adoption|"]').all()) await select.selectOption("adopted");
  await mz.getByLabel("联系人（印在答复函上）").fill("张明");
  await mz.getByLabel("联系电话").fill("0571-87654321");
  await mz.getByRole("button", { name: "提交答复（待审核）" }).click();
  await expect(mz.getByRole("heading", { name: /^正式答复 · A类.*待审核$/ })).toBeVisible();
}

/** staff publish the pending reply of this case (the form). */
export async function publishReply(staff: Page, caseNo: string) {
  await staff.goto("/staff/replies");
  await staff.getByRole("article", { name: new RegExp(caseNo) }).getByRole("button", { name: "通过" }).click();
  await expect(staff.getByRole("article", { name: new RegExp(caseNo) })).toHaveCount(0);
}

/** A joint proposal of member and member2 with a published formal reply of 市民政局. */
export async function repliedProposal(browser: Browser, title: string) {
  const [member, member2, staff, mz] = [await signedIn(browser, "member"), await signedIn(browser, "member2"), await signedIn(browser, "staff"), await signedIn(browser, "dept-mz")];
  const id = await draftAndInvite(member, title);
  await cosignAndSubmit(member2, member, id);
  const { caseNo, assignmentId } = await acceptAndAssign(staff, mz, id, title);
  await api(mz, `/api/v1/assignments/${assignmentId}/actions`, { action: "sign" });
  await formalReply(mz, assignmentId);
  await publishReply(staff, caseNo);
  return { id, caseNo, assignmentId, member, member2, staff, mz };
}
