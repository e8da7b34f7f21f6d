/**
 * Staff upload a saved web page and a PDF on 录入新文档: both are read (readability for
 * the page; the text layer, running headers and page numbers removed for the PDF), and
 * the draft shows the recommendations; a file that only claims to be a PDF gets a clear
 * message beside the field.
 */
import { expect, test } from "@playwright/test";
import { pdfFromSource } from "../../app/structurer/inputs/pdf-fixture";
import { login } from "./helpers";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>关于优化社区助餐服务的建议_某某新闻网</title></head><body>
<div class="nav"><a>首页</a><a>新闻</a><a>APP下载</a></div>
<div class="article"><h1>关于优化社区助餐服务的建议</h1>
<p>今年以来，市政协围绕社区助餐开展调研，现提出如下建议，供有关部门参考，恳请予以重视。</p>
<p>一、优化助餐点布局。由市民政局牵头，按照服务半径不超过一千米布设助餐点。</p>
<p>二、完善补贴政策。市财政局对高龄和失能老人提高补贴比例。</p></div>
<div class="footer"><p>版权所有 某某新闻网</p></div></body></html>`;

const PDF = `^某市政协十五届五次会议文件
=关于加强养老护理员队伍建设的建议
一、扩大培训规模。建议市人社局将养老护理员纳入紧缺职业目录，对取得
证书的给予补贴。
_— 1 —
<<<page>>>
^某市政协十五届五次会议文件
二、提高薪酬待遇。建立养老护理员薪酬指导价位制度。
_— 2 —`;

test("a saved web page and a PDF become drafts; a fake PDF is refused", async ({ page }) => {
  await login(page, "staff");

  await page.goto("/staff/documents/new");
  await page.getByLabel(/或上传文件/).setInputFiles({ name: "助餐建议.html", mimeType: "text/html", buffer: Buffer.from(PAGE) });
  await page.getByLabel("类别").selectOption("member_proposal");
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("校对草稿");
  await expect(page.locator('input[name="title|0:1"]')).toHaveValue(/优化助餐点布局/);
  await expect(page.locator('input[name="title|0:2"]')).toHaveValue(/完善补贴政策/);
  await expect(page.locator("body")).not.toContainText("APP下载");

  await page.goto("/staff/documents/new");
  await page.getByLabel(/或上传文件/).setInputFiles({ name: "护理员.pdf", mimeType: "application/pdf", buffer: await pdfFromSource(PDF) });
  await page.getByLabel("类别").selectOption("member_proposal");
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("校对草稿");
  await expect(page.locator('input[name="title|0:1"]')).toHaveValue(/扩大培训规模/);
  // The line broken across the PDF's lines is one sentence again; headers and page numbers are gone.
  await expect(page.locator('textarea[name="text|0:1"]')).toHaveValue(/对取得证书的给予补贴/);
  await expect(page.locator("body")).not.toContainText("— 2 —");
  await page.screenshot({ path: "test-results/upload-pdf-draft.png", fullPage: true });

  await page.goto("/staff/documents/new");
  await page.getByLabel(/或上传文件/).setInputFiles({ name: "伪装.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>这不是PDF</html>") });
  await page.getByLabel("类别").selectOption("member_proposal");
  await page.getByRole("button", { name: "识别结构" }).click();
  await expect(page.getByText("这不是 PDF 文件（缺少 %PDF- 文件头）")).toBeVisible();
});
