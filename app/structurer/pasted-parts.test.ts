import { describe, expect, it } from "vitest";
import { framedLabel, labelNumber, pastedParts } from "./pasted-parts";
import { structure } from "./pipeline";

describe("a clippings file's numbered separators (pasted-parts.ts)", () => {
  it("reads a label between two rules of one character, and nothing else", () => {
    expect(framedLabel("———— 素材1：抖音 ————")).toEqual({ frame: "——", label: "素材1：抖音" });
    expect(framedLabel("===== 材料二 =====")?.label).toBe("材料二");
    expect(framedLabel("--- 第3篇 ---")?.label).toBe("第3篇");
    // Two hyphens are no rule; a rule alone has no label; a sentence is no label.
    expect(framedLabel("-- 附件 --")).toBeNull();
    expect(framedLabel("————————")).toBeNull();
    expect(framedLabel("***")).toBeNull();
    expect(framedLabel("—— 他说，这件事要办好。 ——")).toBeNull();
    // A subtitle has a dash before it only.
    expect(framedLabel("——某某街道议事会纪实")).toBeNull();
  });

  it("counts with Arabic, Chinese and circled numbers; a date or a time is no count", () => {
    expect(labelNumber("素材1：抖音")).toBe(1);
    expect(labelNumber("材料二")).toBe(2);
    expect(labelNumber("第③篇")).toBe(3);
    expect(labelNumber("2026-10-09")).toBeNull();
    expect(labelNumber("2026年3月5日 星期四")).toBeNull();
    expect(labelNumber("全文")).toBeNull();
  });

  it("cuts only at two or more framed lines of one frame that count up, each over text", () => {
    const file = ["剪报 2026.5.2", "==== 材料1 ====", "标题一", "正文写了一件事，内容比较完整。", "==== 材料2 ====", "标题二", "另一篇也写了一件事，内容完整。"];
    expect(pastedParts(file)).toEqual({ cuts: [1, 4], label: [0], lead: [] });
    // A kept separator is text.
    expect(pastedParts(file, (i) => i === 4)).toBeNull();
    // Frames that do not count (a forwarded mail inside a forwarded mail, a page's folded text).
    expect(pastedParts(["-------- 转发的邮件 --------", "各位好，请查收下面的材料。", "-------- 原始邮件 --------", "关于某事的建议，内容如下。"])).toBeNull();
    expect(pastedParts(["标题", "———— 全文 ————", "正文写了一件事，内容比较完整。"])).toBeNull();
    // A chat's day lines are dates, not counts.
    expect(pastedParts(["—— 2026-10-09 ——", "某某：这份稿子请大家看看，提提意见。", "—— 2026-10-10 ——", "某某：已经改好了，请再看一遍。"])).toBeNull();
    // Two frames of different characters are not one file's cuts.
    expect(pastedParts(["==== 材料1 ====", "正文写了一件事，内容比较完整。", "---- 材料2 ----", "另一篇也写了一件事，内容完整。"])).toBeNull();
    // A cut with no text under it is none.
    expect(pastedParts(["==== 材料1 ====", "正文写了一件事，内容比较完整。", "==== 材料2 ====", "待补充"])).toBeNull();
  });

  it("structures each pasted item on its own: its head, its date and source, its level", () => {
    const file = [
      "【剪报】乡村道路专题　2026.4.20　编辑部收集",
      "~~~~~ 1. 公众号 ~~~~~",
      "云岭县政协",
      "2026-04-12 20:15",
      "村道安全，委员这样建议",
      "　　我县通村公路里程长，弯道多、护栏少。县政协委员在调研中提出：",
      "　　一、补齐安防设施。由县交通运输局牵头，在急弯陡坡路段增设护栏和警示标志。",
      "　　二、加强日常养护。各乡镇落实养护责任，发现问题及时上报。",
      "~~~~~ 2. 晚报 ~~~~~",
      "石泉晚报",
      "2026年4月15日",
      "委员建议逐条排查校车线路，让孩子走上放心路",
      "　　记者从市政协了解到，委员们建议市教育局会同市公安局对校车线路逐条排查，消除安全隐患。",
    ].join("\n");
    const result = structure(file, { directory: [] });
    expect(result.documents.map((d) => d.title)).toEqual(["村道安全，委员这样建议", "委员建议逐条排查校车线路，让孩子走上放心路"]);
    expect(result.documents.map((d) => d.date)).toEqual(["2026-04-12", "2026-04-15"]);
    expect(result.documents[1].source).toBe("石泉晚报");
    expect(result.documents[0].children).toHaveLength(2);
    const removed = (result.removed ?? []).map((r) => [r.line, r.text]);
    // Line numbers count from the top of the file, whatever part a line is in.
    expect(removed).toEqual(expect.arrayContaining([[1, "【剪报】乡村道路专题　2026.4.20　编辑部收集"], [2, "~~~~~ 1. 公众号 ~~~~~"], [9, "~~~~~ 2. 晚报 ~~~~~"], [10, "石泉晚报"]]));
  });
});

describe("a section number between rules (seventeenth wave)", () => {
  it("cuts no clippings: `—— 01 ——` numbers the parts of one text", () => {
    const lines = ["关于某事的调研汇报", "—— 01 ——", "调研概况", "调研组走访了九个乡镇，召开座谈会五场。", "—— 02 ——", "几点建议", "建议分三年建设简易候车亭，逐步补齐短板。"];
    expect(pastedParts(lines)).toBeNull();
  });
  it("a label that names its item still cuts", () => {
    const lines = ["—— 素材1 ——", "调研组走访了九个乡镇，召开座谈会五场。", "—— 素材2 ——", "建议分三年建设简易候车亭，逐步补齐短板。"];
    expect(pastedParts(lines)?.cuts).toEqual([0, 2]);
  });
});
