import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../csv";
import { toSimplified } from "../../app/utils/script-conversion";

// Open data in Chromium: filter a public list, download it as CSV and XLSX
// through the page's links, and check the files hold the filtered rows.
test("the filtered documents list downloads as CSV and XLSX with the same rows", async ({ page }) => {
  await page.goto("/documents");
  await page.getByLabel("类别").selectOption("research_report");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/kind=research_report/);
  const count = Number((await page.locator(".count").first().textContent())!.match(/共 (\d+) 篇/)![1]);
  expect(count).toBeGreaterThan(0);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 CSV" }).click()]);
  expect(csvDownload.suggestedFilename()).toBe("报告与提案.csv");
  const bytes = readFileSync((await csvDownload.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1));
  expect(header.slice(0, 3)).toEqual(["序号", "标题", "类别"]);
  expect(rows).toHaveLength(count);
  expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(["调研报告"]));
  // The titles on the page are the first rows of the file. The file keeps each title as
  // written; the page shows a Traditional one in Simplified (decision 016).
  const shown = await page.locator(".doc-list h2").allTextContents();
  expect(rows.slice(0, shown.length).map((r) => toSimplified(r[1]))).toEqual(shown.map((t) => t.trim()));

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 XLSX" }).click()]);
  expect(xlsxDownload.suggestedFilename()).toBe("报告与提案.xlsx");
  const files = unzipSync(new Uint8Array(readFileSync((await xlsxDownload.path())!)));
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  expect(sheet.match(/<row /g)).toHaveLength(count + 1);
  expect(strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()) + sheet).toContain(rows[0][1]);
});

test("pages name their canonical address and feeds; the footer leads to the sitemap", async ({ page, baseURL }) => {
  await page.goto("/documents?utm_source=newsletter&kind=research_report&page=1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/documents?kind=research_report`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", "/documents/feed.atom");
  const atom = await page.request.get("/documents/feed.atom");
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");

  const sitemap = await page.request.get("/sitemap.xml");
  expect(await sitemap.text()).toContain(`<loc>${baseURL}/sitemaps/documents-1.xml</loc>`);
  await page.goto("/proposals");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", "/replies/feed.rss");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/proposals`);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "网站地图" })).toHaveAttribute("href", "/sitemap.xml");
  // Consoles have no canonical address.
  await page.goto("/login");
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
