import { expect, test } from "@playwright/test";
import { lighthouse } from "../../bench/lighthouse";
import { login } from "./helpers";

// Lighthouse's accessibility audits (issue 16, goal 5) on the pages people use
// most: the home page, a document, a proposal, search, and a member's
// workbench. One run each, accessibility only, so it stays quick; the full
// four-category scores are in `npm run bench` (docs/performance.md).
test.describe.configure({ timeout: 600_000 });

test("every audited page scores 100 for accessibility", async ({ page, baseURL }) => {
  await page.goto("/documents");
  const documentUrl = await page.locator("main a[href^='/documents/']:not([href*='.'])").first().getAttribute("href");
  await page.goto("/proposals");
  const proposalUrl = await page.locator("main a[href^='/proposals/']:not([href*='.'])").first().getAttribute("href");
  expect(documentUrl).toBeTruthy();
  expect(proposalUrl).toBeTruthy();
  await login(page, "member");
  const session = (await page.context().cookies()).find((c) => c.name === "xs_session");
  expect(session).toBeTruthy();
  const pages: [string, string, Record<string, string>?][] = [
    ["home page", "/"],
    ["document page", documentUrl!],
    ["proposal page", proposalUrl!],
    ["search", `/search?q=${encodeURIComponent("养老")}`],
    ["member workbench", "/member", { Cookie: `xs_session=${session!.value}` }],
  ];
  const failures: string[] = [];
  for (const [name, url, headers] of pages) {
    const scores = await lighthouse(`${baseURL}${url}`, { headers, categories: ["accessibility"] });
    if (scores.accessibility !== 100) failures.push(`${name} (${url}): ${scores.accessibility} — ${scores.failedAudits.join(", ")}`);
  }
  expect(failures).toEqual([]);
});
