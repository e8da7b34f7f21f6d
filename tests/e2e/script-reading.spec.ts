// Reading in one script (issue 15, decision 016), as a reader would: a document
// written in Traditional reads in Simplified in 简 mode with the original one plain
// link away, and a Simplified one reads in Traditional in 繁 mode; with and without
// JavaScript. The server runs with the response cache on (production), so the
// converted page, the original and each script are each served right after a hit.
import { expect, test, type Page } from "@playwright/test";

const TRADITIONAL = "/documents/2026-taimeng-elevator-retrofit";
const SIMPLIFIED = "/documents/2026-minmeng-after-school-services";
const HANT_TITLE = "關於加快推進既有住宅加裝電梯和適老化改造的提案";
const HANS_TITLE = "关于加快推进既有住宅加装电梯和适老化改造的提案";

async function readTraditionalInSimplified(page: Page, shot: string) {
  await page.goto(TRADITIONAL);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(HANS_TITLE);
  const note = page.getByRole("note");
  await expect(note).toHaveText("本文原以繁体发布，已转换为简体 · 查看原文");
  // Body and recommendations are Simplified too; the page stays Simplified.
  await expect(page.getByRole("heading", { name: /完善协商机制，破解意见统一难题/ })).toBeVisible();
  await expect(page.locator(".intro")).toContainText("居住着大量老年人");
  await expect(page.locator("main")).not.toContainText("電梯");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await page.screenshot({ path: `test-results/${shot}-converted.png` });

  await note.getByRole("link", { name: "查看原文" }).click();
  await expect(page).toHaveURL(`${TRADITIONAL}?script=original`);
  await expect(h1).toHaveText(HANT_TITLE);
  await expect(page.locator("h1 [lang='zh-Hant']")).toHaveText(HANT_TITLE);
  await expect(page.getByRole("note")).toHaveText("以下为原文（繁体），未作转换 · 转换为简体");
  await expect(page.getByRole("heading", { name: /完善協商機制，破解意見統一難題/ })).toBeVisible();
  await expect(page.locator(".intro")).toContainText("居住著大量老年人");
  // The chrome stays in the reader's script.
  await expect(page.getByRole("heading", { name: "建议", exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/${shot}-original.png` });

  await page.getByRole("note").getByRole("link", { name: "转换为简体" }).click();
  await expect(page).toHaveURL(TRADITIONAL);
  await expect(h1).toHaveText(HANS_TITLE);
}

async function readSimplifiedInTraditional(page: Page, shot: string) {
  await page.goto(SIMPLIFIED);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于提升义务教育阶段课后服务质量的提案");
  await expect(page.getByRole("note")).toHaveCount(0); // written in the reader's script
  await page.getByRole("button", { name: "繁體" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("關於提升義務教育階段課後服務質量的提案");
  const note = page.getByRole("note");
  await expect(note).toHaveText("本文原以簡體發佈，已轉換為繁體 · 查看原文");
  await expect(page.getByRole("heading", { name: "建議", exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/${shot}-hant.png` });

  await note.getByRole("link", { name: "查看原文" }).click();
  await expect(page).toHaveURL(`${SIMPLIFIED}?script=original`);
  // The document as written, in Simplified, inside a Traditional page.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("关于提升义务教育阶段课后服务质量的提案");
  await expect(page.getByRole("note")).toHaveText("以下為原文（簡體），未作轉換 · 轉換為繁體");
  await expect(page.getByRole("heading", { name: "建議", exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/${shot}-hant-original.png` });

  // A Traditional document in 繁 mode: as written, nothing to say.
  await page.goto(TRADITIONAL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HANT_TITLE);
  await expect(page.getByRole("note")).toHaveCount(0);
  // Back to 简 for the next test's cookie-free context is automatic (new context).
}

test("a Traditional document reads in Simplified in 简 mode, the original one click away", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await readTraditionalInSimplified(page, "script-reading");
  // The original rendered on the server hydrates as well (no mismatch between page and data).
  await page.goto(`${TRADITIONAL}?script=original`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HANT_TITLE);
  await page.getByRole("note").getByRole("link", { name: "转换为简体" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HANS_TITLE);
  expect(errors).toEqual([]);
});

test("a Simplified document reads in Traditional in 繁 mode, the original one click away", async ({ page }) => {
  await readSimplifiedInTraditional(page, "script-reading");
});

test("search results and recommendations of a Traditional document read in Simplified", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("加裝電梯")}`);
  await expect(page.getByRole("link", { name: HANS_TITLE })).toBeVisible();
  await expect(page.locator(".search-hit mark").first()).toHaveText("加装电梯");
  await page.screenshot({ path: "test-results/script-reading-search.png" });
  await page.getByRole("link", { name: "推行加装电梯“一窗受理、并联审批”" }).click();
  await expect(page).toHaveURL(`${TRADITIONAL}#r-2-1`);
  await page.locator("#r-2-1").getByRole("link", { name: "查看这条建议" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1. 推行加装电梯“一窗受理、并联审批”");
  await page.getByRole("note").getByRole("link", { name: "查看原文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("1. 推行加裝電梯“一窗受理、並聯審批”");
  // From the original recommendation, the document opens as written too.
  await page.getByRole("link", { name: "在原文中查看" }).click();
  await expect(page).toHaveURL(`${TRADITIONAL}?script=original#r-2-1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HANT_TITLE);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a Traditional document in 简 mode and its original", async ({ page }) => {
    await readTraditionalInSimplified(page, "script-reading-nojs");
  });

  test("a Simplified document in 繁 mode and its original", async ({ page }) => {
    await readSimplifiedInTraditional(page, "script-reading-nojs");
  });
});
