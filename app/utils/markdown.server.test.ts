import { describe, expect, it } from "vitest";
import { cleanText, renderMarkdown, renderParagraphs } from "./markdown.server";

const hostile = [
  "<script>alert(1)</script>正文",
  '<img src=x onerror="alert(1)">',
  "[点我](javascript:alert(1))",
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload="alert(1)"></svg>',
  '<p style="background:url(javascript:alert(1))" onclick="x()">段落</p>',
  "[x](data:text/html;base64,PHNjcmlwdD4=)",
];

describe("markdown rendering", () => {
  it("renders headings, lists and emphasis", () => {
    const html = renderMarkdown("## 一、完善机制\n\n1. **建议**市民政局牵头\n2. 第二条");
    expect(html).toContain("<h2>一、完善机制</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>建议</strong>");
  });

  it.each(hostile)("removes everything active from %s", (input) => {
    for (const html of [renderMarkdown(input), renderParagraphs(input)]) {
      expect(html).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<svg|style=|data:text/i);
    }
  });

  it("keeps ordinary links, with rel=nofollow", () => {
    expect(renderMarkdown("[政协](https://example.org/a)")).toContain('<a href="https://example.org/a" rel="nofollow noopener">政协</a>');
  });

  it("renders plain text as paragraphs", () => {
    expect(renderParagraphs("第一段。\n\n第二段。")).toBe("<p>第一段。</p><p>第二段。</p>");
  });
});

describe("cleanText", () => {
  it.each(hostile)("leaves no markup or script scheme in %s", (input) => {
    expect(cleanText(input)).not.toMatch(/<|>|onerror=|onload=|onclick=|javascript:/i);
  });
  it("keeps ordinary Chinese text, quotes and numbers intact", () => {
    const text = "建议市民政局牵头，推动“一老一小”服务，覆盖率达到95%以上（2026年）。A&B";
    expect(cleanText(text)).toBe(text);
  });
  it("drops script contents entirely", () => {
    expect(cleanText("前<script>alert(1)</script>后")).toBe("前后");
  });
});
