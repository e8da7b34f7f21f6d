/**
 * A shared document's comments printed where they are anchored (`💬 评论（某某）：…`, `↳ 回复（某某）：…`,
 * `└ 某某：…`) and its tab over the edit line (`在线文档 | 文件名`), chrome-comments-revisions.ts; a poll's status
 * and tally note (chrome-embeds-polls.ts). Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons as removedOf, structure, verdict } from "./rule-test-support";

const DRAFT = [
  "关于规范小区快递驿站管理的建议",
  "　　近年来，我市小区快递驿站数量增长很快，一些驿站占用消防通道，居民意见较大。",
  "　　一、规范驿站设置。市邮政管理局会同市住建局制定驿站设置标准，不得占用消防通道。",
  "　　二、加强安全检查。市应急管理局定期检查驿站消防安全，发现问题限期整改。",
];

describe("a comment anchored inside a shared document (twentieth wave)", () => {
  it("reads a comment word with its bracketed author, behind a glyph or an arrow, as a collaborator's", () => {
    for (const l of ["💬 评论（某某）：这个数据是不是去年的？", "批注（某某）：请再核实。", "↳ 回复（某某）：已改。", "└ 某某：已核实。", "↪ 某某（社法委）：写上市财政局统筹。"]) {
      expect(verdict(l), l).toBe("chat");
    }
  });
  it("keeps a speaker's glyph-led turn, a reply letter's heading and a sentence about comments", () => {
    for (const l of ["💬某委员：快递柜的位置要统一规划。", "回复：关于规范小区快递驿站管理的建议", "评论（二）：驿站管理要有章可循。", "委员们的评论（摘要）如下。"]) {
      expect(verdict(l), l).not.toBe("chat");
    }
  });
  it("removes the comments between the draft's paragraphs; the draft stays", () => {
    const text = [DRAFT[0], DRAFT[1], "💬 批注（某某）：数据口径请再核实？", "↳ 回复（某某）：已核实。", DRAFT[2], DRAFT[3]].join("\n");
    const removed = removedOf(text);
    expect(removed.get("💬 批注（某某）：数据口径请再核实？")).toBe("chat");
    expect(removed.get("↳ 回复（某某）：已核实。")).toBe("chat");
    for (const l of DRAFT) expect(removed.has(l), l).toBe(false);
  });
});

// The tab is read by the window-title rule of chrome-exports.ts (markExports): a bar over the edit line, editor or toolbar rows.
describe("an online document's tab over its edit line (twentieth wave)", () => {
  it("removes `label | file name` right over the edit line; the headline under it is the title", () => {
    const text = ["在线文档 | 驿站管理建议（修改稿）", "最后编辑：某某　3分钟前", ...DRAFT].join("\n");
    expect(removedOf(text).get("在线文档 | 驿站管理建议（修改稿）")).toBe("widget");
    expect(structure(text).documents[0].title).toBe(DRAFT[0]);
  });
  it("keeps a headline over the edit line, and a barred line over prose", () => {
    expect(structure([DRAFT[0], "最近编辑：11月2日 16:40", ...DRAFT.slice(1)].join("\n")).documents[0].title).toBe(DRAFT[0]);
    const barred = ["委员来信 | 驿站不能堵住消防通道", ...DRAFT.slice(1)].join("\n");
    expect(removedOf(barred).has("委员来信 | 驿站不能堵住消防通道")).toBe(false);
  });
});

describe("a poll's status line and its tally note (twentieth wave)", () => {
  it("reads status and count cells in either order, behind a glyph", () => {
    for (const l of ["📊 11532人参与 · 投票已截止", "🗳️ 投票已截止 · 3.2万人参与", "共 2086 人参与 | 投票已结束"]) expect(verdict(l), l).toBe("widget");
  });
  it("reads the tally's cut-off note behind a mark", () => {
    for (const l of ["📝 票数统计截至2026年10月15日24时。", "*以上票数统计截至8月15日24时", "注：投票结果截至6月30日。"]) expect(verdict(l), l).toBe("widget");
  });
  it("keeps a sentence about votes and a data note without a mark", () => {
    for (const l of ["共有11532人参与投票，“增设公厕”得票最高。", "票数统计截至10月15日，共收到留言2300条，市政协已梳理形成专报。", "数据截至2026年6月底。"]) {
      expect(verdict(l), l).not.toBe("widget");
    }
  });
});
