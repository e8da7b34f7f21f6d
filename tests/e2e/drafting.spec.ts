/**
 * Issue 15: drafting like the paper form, co-signers by name, context on public pages.
 * A member fills the form (every error at once first), previews the recommendations,
 * imports a Word file built here, finds co-signers by name and by party, submits; staff
 * accept and assign; the public page names the proposers and links its document both
 * ways, and the member's page shows the same progress. Then the form without JavaScript.
 */
import { expect, test, type Browser } from "@playwright/test";
import JSZip from "jszip";
import { signedIn } from "./helpers";

const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal Word file: the parts mammoth needs. */
async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join("")}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const member = (browser: Browser, javaScriptEnabled = true) => signedIn(browser, "member", { javaScriptEnabled });

test("a member drafts with the paper form, imports Word, invites by name; the public page has the context", async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const page = await member(browser);
  await page.goto("/member/proposals/new");
  await expect(page.getByLabel("提案人")).toHaveValue("王立新委员");
  await expect(page.getByLabel("界别")).toHaveValue(/中国民主同盟/);

  // Every error at once, beside its field.
  await page.getByRole("button", { name: "保存草稿" }).click();
  for (const message of ["请填写案由（提案标题）", "请填写联系电话", "请填写具体建议", "请选择是否同意公开"]) {
    await expect(page.getByText(message)).toBeVisible();
  }
  await expect(page.getByLabel("案由（提案标题）")).toHaveAttribute("aria-invalid", "true");

  // Plain text (the default): paragraphs and 一、（一）1. numbering without Markdown.
  await page.getByLabel("案由（提案标题）").fill(`关于完善社区养老服务的提案 ${stamp}`);
  await page.getByLabel("联系电话").fill("0871-63100000");
  await page.getByLabel("通讯地址（选填）").fill("昆明市五华区翠湖南路 1 号");
  await page.getByLabel("情况分析").fill("我市 60 岁以上老人已占两成。\n社区养老设施分布不均。");
  await page.getByLabel(/^具体建议/).fill("一、完善设施布局\n（一）由市民政局牵头，在老旧小区嵌入养老服务站点。\n（二）市财政局安排建设补助。\n二、强化医养结合\n1. 市卫生健康委推动家庭医生签约覆盖失能老人。");
  await page.getByLabel(/^建议承办单位/).selectOption([{ label: "市民政局" }, { label: "市卫生健康委员会" }]);
  await page.getByLabel("同意公开", { exact: true }).check();
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("heading", { name: "识别出的建议" })).toBeVisible();
  await expect(page.locator(".tree").getByText("市民政局（牵头）")).toBeVisible();
  await expect(page.locator(".tree").first()).toContainText("完善设施布局");
  await page.screenshot({ path: "test-results/drafting-preview.png", fullPage: true });
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/member\/proposals\/\d+\?saved=1$/);
  const draftUrl = page.url().split("?")[0];
  await expect(page.getByLabel("情况分析")).toHaveValue(/社区养老设施分布不均/);
  await expect(page.getByLabel(/^建议承办单位/)).toHaveValues([/\d+/, /\d+/]);

  // A Word file into the draft: its title and its two parts.
  const title = `关于加快老旧小区加装电梯的提案 ${stamp}`;
  const word = await docx([
    para(title, "Heading1"),
    para("一、基本情况"),
    para("全市老旧小区约 1,200 个，多数没有电梯。"),
    para("二、具体建议"),
    para("（一）由市住房和城乡建设局牵头简化加装电梯审批。"),
    para("（二）市民政局将高龄老人家庭列为优先。"),
  ]);
  await page.getByLabel(/^从 Word 导入/).setInputFiles({ name: "加装电梯.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: word });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已导入文档，请核对情况分析和具体建议后保存。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByLabel("情况分析")).toHaveValue("全市老旧小区约 1,200 个，多数没有电梯。");
  await expect(page.getByLabel(/^具体建议/)).toHaveValue(/简化加装电梯审批/);
  await expect(page.getByLabel("联系电话")).toHaveValue("0871-63100000");
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.locator(".tree").first()).toContainText("简化加装电梯审批");

  // Co-signers: 陈思远 by name; the 民盟 liaison found by party.
  await page.getByLabel(/^邀请联名/).fill("陈思远");
  await page.getByRole("button", { name: "邀请", exact: true }).click();
  await expect(page.getByText("陈思远委员：待答复")).toBeVisible();
  await page.getByLabel("界别 / 党派").selectOption({ label: "中国民主同盟某省委员会" });
  await page.getByRole("button", { name: "查找委员" }).click();
  const results = page.getByRole("table", { name: "查找结果" });
  await expect(results).toContainText("民盟省委会提案联络员");
  await expect(results).not.toContainText("王立新委员"); // the author is not invitable
  await expect(results).not.toContainText("org-minmeng"); // no user names in the list
  await page.screenshot({ path: "test-results/drafting-cosigners.png", fullPage: true });
  await results.getByRole("button", { name: "邀请 民盟省委会提案联络员" }).click();
  await expect(page.getByText("民盟省委会提案联络员：待答复")).toBeVisible();

  for (const who of ["member2", "org-minmeng"]) {
    const signer = await signedIn(browser, who);
    await signer.goto(draftUrl);
    await signer.getByRole("button", { name: "同意联名" }).click();
    await expect(signer.getByText("已完成。")).toBeVisible();
    await expect(signer.getByLabel("联系电话")).toHaveCount(0); // the author's contact stays private
  }
  await page.goto(draftUrl);
  await page.getByRole("button", { name: "提交提案" }).click();
  await expect(page.getByText("已提交，待审查")).toBeVisible();

  // Staff accept and assign.
  const staff = await signedIn(browser, "staff");
  await staff.goto("/staff/proposals");
  await staff.getByRole("link", { name: title }).click();
  await staff.getByRole("button", { name: "立案", exact: true }).click();
  await expect(staff.getByText("已立案，待交办")).toBeVisible();
  const caseNo = (await staff.getByRole("link", { name: /^案号 / }).textContent())!.replace("案号 ", "").trim();
  await staff.getByLabel("主办（单办）单位").selectOption({ label: "市住房和城乡建设局" });
  await staff.getByRole("button", { name: "交办", exact: true }).click();
  await expect(staff.getByRole("cell", { name: "单办" })).toBeVisible();

  // The public page: proposers with consent, the document link both ways, no contact details.
  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto(`/proposals/${caseNo}`);
  await expect(visitor.locator("#pp-proposers")).toHaveText("提案人：王立新委员、陈思远委员、民盟省委会提案联络员");
  const html = await response!.text();
  expect(html).not.toContain("63100000");
  expect(html).not.toContain("翠湖南路");
  await visitor.screenshot({ path: "test-results/drafting-public.png", fullPage: true });
  await visitor.getByRole("link", { name: /查看逐条建议/ }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await visitor.getByRole("link", { name: `案号 ${caseNo} 的办理情况` }).click();
  await expect(visitor).toHaveURL(new RegExp(`/proposals/${caseNo}$`));

  // The member's own page: the same departments, deadlines and timeline as the public one.
  await page.goto(draftUrl);
  await expect(page.getByRole("heading", { name: "承办单位" })).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "办理期限" })).toContainText("市住房和城乡建设局");
  await expect(page.getByRole("heading", { name: "办理进程" })).toBeVisible();
  await expect(page.locator(".timeline")).toContainText(`案号 ${caseNo}`);
  await expect(page.getByRole("link", { name: "结构化文档" })).toBeVisible();
  await page.screenshot({ path: "test-results/drafting-member-progress.png", fullPage: true });
});

test("without JavaScript: every error at once, preview, and a co-signer found by name", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await member(browser, false);
  await page.goto("/member/proposals/new");
  await page.getByLabel("案由（提案标题）").fill("无脚本提案");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByText("请填写联系电话")).toBeVisible();
  await expect(page.getByText("请填写具体建议")).toBeVisible();
  await expect(page.getByText("请选择是否同意公开")).toBeVisible();
  await expect(page.getByLabel("案由（提案标题）")).toHaveValue("无脚本提案");
  await page.getByLabel("联系电话").fill("13800000000");
  await page.getByLabel(/^具体建议/).fill("一、加强护理人才培养\n1. 建议市人力资源和社会保障局将养老护理员纳入紧缺职业目录。");
  await page.getByLabel("不同意公开").check();
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("heading", { name: "识别出的建议" })).toBeVisible();
  await expect(page.locator(".tree").first()).toContainText("加强护理人才培养");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(/\/member\/proposals\/\d+\?saved=1$/);
  await expect(page.getByLabel("不同意公开")).toBeChecked();

  // A file that only claims to be Word is refused beside the import field, as on the staff upload.
  await page.getByLabel(/^从 Word 导入/).setInputFiles({ name: "伪装.docx", mimeType: "application/octet-stream", buffer: Buffer.from("这不是 Word 文档，只是文字而已。") });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("该文件不是有效的 Word (.docx) 文档")).toBeVisible();
  await expect(page.getByLabel(/^具体建议/)).toHaveValue(/加强护理人才培养/);

  // Several members match "委": the choices are listed, then the search by name invites one.
  await page.getByLabel(/^邀请联名/).fill("委");
  await page.getByRole("button", { name: "邀请", exact: true }).click();
  await expect(page.getByText(/^有 \d+ 位委员与“委”相符，请在下方列表中选择$/)).toBeVisible();
  await expect(page.getByRole("table", { name: "相符的委员，请选择一位" })).toContainText("陈思远委员");
  await page.getByLabel("按姓名查找委员").fill("陈思远");
  await page.getByRole("button", { name: "查找委员" }).click();
  const results = page.getByRole("table", { name: "查找结果" });
  await expect(results).toContainText("陈思远委员");
  await expect(results).toContainText("九三学社");
  await page.screenshot({ path: "test-results/drafting-nojs-search.png", fullPage: true });
  await results.getByRole("button", { name: "邀请 陈思远委员" }).click();
  await expect(page.getByText("陈思远委员：待答复")).toBeVisible();
});
