import { describe, expect, it } from "vitest";
import { composeBody, partsOf, plainToMarkdown, splitImported } from "./proposal-form";

describe("the paper form's parts", () => {
  it("reads plain text as paragraphs, escaping what Markdown would take for markup", () => {
    expect(plainToMarkdown("第一段\r\n\r\n# 不是标题\n- 不是列表\n一、建议")).toBe("第一段\n\n\\# 不是标题\n\n\\- 不是列表\n\n一、建议");
  });

  it("composes the body from the parts, leaving out an empty one", () => {
    expect(composeBody({ analysis: "", suggestions: "1. 甲", textFormat: "markdown" })).toBe("1. 甲");
    expect(composeBody({ analysis: "分析", suggestions: "", textFormat: "text" })).toBe("## 情况分析\n\n分析");
    expect(composeBody({ analysis: "分析", suggestions: "建议", textFormat: "text" })).toBe("## 情况分析\n\n分析\n\n## 具体建议\n\n建议");
  });

  it("splits an imported text at its 建议 heading", () => {
    expect(splitImported("# 题目\n\n一、基本情况\n\n情况。\n\n二、对策建议\n\n1. 甲")).toEqual({ title: "题目", analysis: "情况。", suggestions: "1. 甲" });
    expect(splitImported("只有建议的正文。\n\n1. 甲")).toEqual({ title: null, analysis: "", suggestions: "只有建议的正文。\n\n1. 甲" });
  });

  it("shows a draft from before the parts as its 具体建议", () => {
    expect(partsOf({ body: "## 一、甲", analysis: "", suggestions: "", textFormat: "text" })).toEqual({ analysis: "", suggestions: "## 一、甲", textFormat: "markdown" });
  });
});
