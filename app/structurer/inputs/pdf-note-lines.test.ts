/**
 * A note line under a paragraph in a PDF (`（执笔：…）`, `执笔：某某 某某`) after a last line that ran to
 * the margin and closed its sentence: inputs/pdf-text.ts keeps it a line of its own, so the chrome rules
 * can remove it (docs/structure-format.md, eighteenth wave). Every input is made up for the test.
 */
import { describe, expect, it } from "vitest";
import { pdfPagesToText } from "./pdf-text";

const line = (text: string, x0: number, x1: number, y: number) => ({ text, x0, x1, y, size: 12 });
/** A paragraph whose last line runs to the right margin (480), then `last` at the left margin. */
const page = (previous: string, last: string, lastRight = 300) => ({
  width: 595,
  height: 842,
  lines: [
    line("　　（三）强化养护保障。市城市管理局制定绿地养护标准，市财政局将所需", 72, 480, 700),
    line(previous, 72, 480, 680),
    line(last, 72, lastRight, 660),
  ],
});
const paragraphs = (previous: string, last: string, lastRight?: number) =>
  pdfPagesToText([page(previous, last, lastRight)]).text.trim().split("\n");

describe("a note line under a paragraph in a PDF", () => {
  it("stands by itself when it is a whole bracketed aside", () => {
    const got = paragraphs("经费纳入年度预算，确保绿地设施长期完好，让群众切实享受改造成果。", "（执笔：市政协人口资源环境委员会　某某）");
    expect(got).toHaveLength(2);
    expect(got[1]).toBe("（执笔：市政协人口资源环境委员会　某某）");
  });

  it("stands by itself when it is a short label-and-names field", () => {
    const got = paragraphs("经费纳入年度预算，确保绿地设施长期完好，让群众切实享受改造成果。", "撰稿人：某某　某某");
    expect(got).toEqual([expect.stringMatching(/改造成果。$/), "撰稿人：某某　某某"]);
  });

  it("goes on with the line above when that line stopped mid-sentence", () => {
    const got = paragraphs("经费纳入年度预算，确保绿地设施长期完好，并由各区", "（市）具体落实。");
    expect(got).toHaveLength(1);
  });

  it("goes on when it is a sentence, not a note, or when it runs to the margin itself", () => {
    expect(paragraphs("经费纳入年度预算，确保绿地设施长期完好，让群众切实享受改造成果。", "同时，要加强考核，确保各项措施落到实处。")).toHaveLength(1);
    expect(paragraphs("经费纳入年度预算，确保绿地设施长期完好，让群众切实享受改造成果。", "（执笔：某某）", 480)).toHaveLength(1);
  });
});
