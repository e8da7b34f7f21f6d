// Issue 14, item 3: a stored Markdown bomb (90,000 `>`, 30,000 `1. `, or
// thousands of emphasis markers) made marked overflow its stack or spin for
// seconds on every view. Input is bounded, and rendering has a budget with a
// plain-text fallback: never a throw, never seconds per hit.
import { describe, expect, it } from "vitest";
import { MARKDOWN_MAX_DEPTH, markdownDepth, markdownField, markdownProblem } from "./markdown-limits";
import { RENDER_BUDGET_MS, renderMarkdown, renderParagraphs } from "./markdown.server";

const timed = <T>(fn: () => T) => {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
};

describe("markdown nesting at input", () => {
  it("measures quotes and list markers, not indentation alone", () => {
    expect(markdownDepth("正文\n\n- a\n  - b\n    - c")).toBe(3);
    expect(markdownDepth("> > > 引用")).toBe(3);
    expect(markdownDepth(" ".repeat(60) + "居中的标题")).toBe(0);
    expect(markdownDepth(">".repeat(90_000))).toBeGreaterThan(MARKDOWN_MAX_DEPTH);
    expect(markdownDepth("1. ".repeat(30_000))).toBeGreaterThan(MARKDOWN_MAX_DEPTH);
  });

  it("explains the problem in Chinese, in forms and the API alike", () => {
    expect(markdownProblem(">".repeat(90_000), 100_000)).toMatch(/嵌套不能超过 12 层/);
    expect(markdownProblem("1. ".repeat(30_000), 100_000)).toMatch(/嵌套不能超过 12 层/);
    expect(markdownProblem("字".repeat(100_001), 100_000)).toMatch(/不能超过 100,000 个字符/);
    expect(markdownProblem("## 一、建议\n\n1. 第一\n2. 第二", 100_000)).toBeNull();
    const field = markdownField(100_000, "正文不能超过 10 万字");
    const bad = field.safeParse(">".repeat(90_000));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].message).toMatch(/嵌套/);
    expect(field.safeParse("正文").success).toBe(true);
  });
});

describe("markdown rendering budget", () => {
  it.each([
    ["90,000 >", ">".repeat(90_000)],
    ["30,000 1.", "1. ".repeat(30_000)],
    ["nested list lines", Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i % 400)}- a`).join("\n")],
  ])("%s: falls back to the escaped text at once", (_what, text) => {
    const { value, ms } = timed(() => renderMarkdown(text));
    expect(value).toContain("正文格式过于复杂");
    expect(value).not.toContain("<blockquote>");
    expect(ms).toBeLessThan(1000);
  });

  it("stops a slow text at the budget, and remembers", () => {
    const text = "_a".repeat(10_000) + "<script>alert(1)</script>";
    const first = timed(() => renderMarkdown(text));
    expect(first.ms).toBeLessThan(RENDER_BUDGET_MS + 1500);
    expect(first.value).not.toContain("<script>");
    const second = timed(() => renderMarkdown(text));
    expect(second.ms).toBeLessThan(50);
    expect(second.value).toBe(first.value);
  });

  it("renders recommendation paragraphs with the same guard", () => {
    const out = renderParagraphs("> ".repeat(20_000));
    expect(out).toContain("正文格式过于复杂");
    expect(renderParagraphs("**建议**由市民政局牵头")).toBe("<p><strong>建议</strong>由市民政局牵头</p>");
  });

  it("renders ordinary text exactly as before", () => {
    expect(renderMarkdown("## 一、完善机制\n\n1. **建议**市民政局牵头")).toBe("<h2>一、完善机制</h2>\n<ol>\n<li><strong>建议</strong>市民政局牵头</li>\n</ol>\n");
  });
});
