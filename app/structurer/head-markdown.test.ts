/** The Markdown headline's two readings (head-markdown.ts), on made-up lines. */
import { describe, expect, it } from "vitest";
import { markdownHeadline, noteExportHeading } from "./head-markdown";

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe("markdownHeadline", () => {
  it("takes the one top-level heading among the candidates, exported when other lines show Markdown", () => {
    const infos = lines("某县政协 / 知识库", "# 关于改善乡村公交的建议", "> 提案者：某某", "## 一、现状");
    expect(markdownHeadline(infos, [0, 1])).toEqual({ line: 1, exported: true });
  });
  it("is not exported in a plain paste, and no headline where the top level repeats", () => {
    expect(markdownHeadline(lines("# 关于改善乡村公交的建议", "近年来，我县……。"), [0])).toEqual({ line: 0, exported: false });
    expect(markdownHeadline(lines("### 一、现状", "### 二、建议"), [0, 1])).toEqual({ line: -1, exported: false });
  });
  it("reads a topic tag as no heading", () => {
    expect(markdownHeadline(lines("#乡村公交#", "## 小节"), [0])).toEqual({ line: -1, exported: false });
  });
});

describe("noteExportHeading", () => {
  it("needs another heading line besides the title's", () => {
    expect(noteExportHeading(lines("# 标题", "## 小节"), 0)).toBe(true);
    expect(noteExportHeading(lines("# 标题", "正文。"), 0)).toBe(false);
  });
});
