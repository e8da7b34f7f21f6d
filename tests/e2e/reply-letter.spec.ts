// Issue 15, "Reply letters": a department's formal reply prints as an official
// 答复函 (letterhead, 文号, addressee, body, signatory, date, contact) from a
// print stylesheet, and downloads as a .docx, for the proposers and — with
// consent, once published — for the public.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { REPLY_PARAGRAPHS, repliedProposal } from "./loop-steps";

test.describe.configure({ timeout: 240_000 });

test("the proposer prints the reply letter and downloads it as .docx; the public reads it too", async ({ browser }) => {
  const title = `关于答复函打印的提案 ${Date.now()}`;
  const { caseNo, member, mz, assignmentId } = await repliedProposal(browser, title);

  await member.goto("/member");
  await member.getByRole("link", { name: title }).first().click();
  await member.getByRole("link", { name: "查看答复函（可打印）" }).click();
  await expect(member).toHaveURL(/\/reply-letters\/\d+$/);
  const letter = member.locator("article.letter");
  await expect(letter.locator(".letterhead")).toHaveText("市民政局");
  await expect(letter.locator(".doc-number")).toHaveText(/^民政函〔\d{4}〕\d+号$/);
  await expect(letter.getByRole("heading", { level: 1 })).toHaveText(`市民政局关于市政协第${caseNo}号提案的答复`);
  await expect(letter.locator(".addressee")).toHaveText("王立新委员、陈思远委员：");
  await expect(letter.locator(".body p").first()).toHaveText(`你们提出的《${title}》收悉。现答复如下：`);
  for (const p of REPLY_PARAGRAPHS) await expect(letter.locator(".body p", { hasText: p })).toHaveCount(1);
  await expect(letter.locator(".signatory")).toContainText("市民政局");
  await expect(letter.locator(".signatory")).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(letter.locator(".contact")).toHaveText("（联系人：张明；联系电话：0571-87654321）");
  await member.screenshot({ path: "test-results/reply-letter-screen.png", fullPage: true });

  // Printed: only the letter — no header, navigation, footer or buttons.
  await member.emulateMedia({ media: "print" });
  await expect(member.locator(".site-header")).toBeHidden();
  await expect(member.locator(".site-footer")).toBeHidden();
  await expect(member.locator(".letter-tools")).toBeHidden();
  await expect(letter.locator(".letterhead")).toBeVisible();
  await member.screenshot({ path: "test-results/reply-letter-print.png", fullPage: true });
  await member.emulateMedia({ media: "screen" });

  // The .docx: a zip whose document carries the letter.
  const [download] = await Promise.all([member.waitForEvent("download"), member.getByRole("link", { name: "下载答复函（.docx）" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^答复函-民政函〔\d{4}〕\d+号\.docx$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  for (const part of ["市民政局", "王立新委员、陈思远委员：", ...REPLY_PARAGRAPHS, "联系人：张明"]) expect(xml).toContain(part);

  // The department reaches the same letter from its reply; the public from the proposal page.
  await mz.goto(`/department/assignments/${assignmentId}`);
  await expect(mz.getByRole("link", { name: "查看答复函（可打印）" })).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/proposals/${caseNo}`);
  await visitor.getByRole("link", { name: "查看答复函（可打印）" }).click();
  await expect(visitor.locator("article.letter .addressee")).toHaveText("王立新委员、陈思远委员：");
});
