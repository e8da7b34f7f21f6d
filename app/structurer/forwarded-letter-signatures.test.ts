import { describe, expect, it } from "vitest";
import { closingSignature, closingSignatures, followUpParagraph, signatureInParentheses } from "./speaker-tags";
import { structure } from "./pipeline";

// A letters page: each letter signed with its writer and who passed it on, a follow-up under some.
const letter = (head: string, what: string) => [head, `\u3000\u3000我们小区${what}的问题反映多年，希望市城市管理局尽快协调解决，给居民一个说法。`];

describe("a forwarded letter's signature", () => {
  it("takes the writer before the comma as the byline and keeps the line as the letter's text", () => {
    const line = "（某区居民　某某，经市政协委员某某转来）";
    expect(signatureInParentheses(line)?.byline).toBe("某区居民　某某");
    expect(signatureInParentheses("（某小区业主　某某，由区政协委员某某转交）")?.byline).toBe("某小区业主　某某");
    expect(closingSignature(line, true)?.text).toBe(line);
  });

  it("leaves a credit, an author's note and a clause that passes nothing on", () => {
    expect(signatureInParentheses("（本报记者　某某，经某某整理转来）")).toBeNull();
    expect(signatureInParentheses("（作者系市政协委员，某大学教授）")).toBeNull();
    expect(signatureInParentheses("（某区居民　某某，今年六十岁）")).toBeNull();
  });
});

describe("a follow-up under a letter", () => {
  it("reads a labelled paragraph that ends a sentence, not a field or a headline", () => {
    expect(followUpParagraph("　　记者追踪：市城管局回复，已启动专项整治，将于4月底前整改完毕。")).toBe(true);
    expect(followUpParagraph("联系电话：12345")).toBe(false);
    expect(followUpParagraph("部门回复：加快推进数字乡村试点")).toBe(false);
  });

  it("lets the page's signatures close each letter past its follow-up, the next letter opening under it", () => {
    const lines = [
      ...letter("小区门口的快递柜能不能有个雨棚", "快递柜"),
      "（某小区业主　某某，由区政协委员某某转交）",
      "　　部门回复：区城市管理局已开展摸排，将指导物业在6月底前加装雨棚。",
      ...letter("学校门口的斑马线能不能再亮一点", "斑马线"),
      "（某小学家长　某某，由区政协委员某某转交）",
    ];
    expect(closingSignatures(lines)).toEqual([2, 6]);
    const docs = structure(lines.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["小区门口的快递柜能不能有个雨棚", "学校门口的斑马线能不能再亮一点"]);
    expect(docs.map((d) => d.byline)).toEqual(["某小区业主　某某", "某小学家长　某某"]);
    expect(docs[0].intro).toContain("部门回复");
  });
});
