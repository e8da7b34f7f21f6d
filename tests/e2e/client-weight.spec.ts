import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 16, goal 4: every public page loads at most 100 KB of JavaScript as
// sent (brotli, the precompressed copies the server serves), and no
// validation library reaches the browser — the site works without JavaScript
// and validates on the server. Measured from the built files the pages name
// (scripts and module preloads), so it is a size, not a timing.
const BUDGET = 100 * 1024;
const BUILD = path.resolve(import.meta.dirname, "../../public");

function sentBytes(url: string): number {
  const file = path.join(BUILD, new URL(url, "http://x").pathname);
  const compressed = `${file}.br`;
  return statSync(existsSync(compressed) ? compressed : file).size;
}

test("public pages stay within 100 KB of compressed JavaScript, without zod", async ({ page, request }) => {
  await page.goto("/documents");
  const documentUrl = await page.locator("main a[href^='/documents/']:not([href*='.'])").first().getAttribute("href");
  await page.goto(documentUrl!);
  const recommendationUrl = await page.locator("main a[href^='/recommendations/']").first().getAttribute("href");
  await page.goto("/proposals");
  const proposalUrl = await page.locator("main a[href^='/proposals/']:not([href*='.'])").first().getAttribute("href");
  const pages = ["/", "/documents", documentUrl!, recommendationUrl!, "/proposals", proposalUrl!, `/search?q=${encodeURIComponent("养老")}`, "/statistics", "/participation", "/studios", "/login", "/register"];
  const report: string[] = [];
  for (const url of pages) {
    const html = await (await request.get(url)).text();
    const assets = new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]));
    expect(assets.size, `${url} names its scripts`).toBeGreaterThan(0);
    let total = 0;
    for (const asset of assets) {
      total += sentBytes(asset);
      const body = await (await request.get(asset)).text();
      expect(body.includes("ZodError") || body.includes("invalid_type"), `${asset} (on ${url}) carries zod`).toBe(false);
    }
    report.push(`${url}: ${(total / 1024).toFixed(1)} KB`);
    expect(total, `${url}: ${assets.size} scripts`).toBeLessThanOrEqual(BUDGET);
  }
  test.info().annotations.push({ type: "compressed JavaScript per page", description: report.join("; ") });
  console.log(report.join("\n"));
});
