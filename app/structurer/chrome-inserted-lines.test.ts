/**
 * Chrome of the ninth wave (2026-12-04): lines set between two paragraphs that are not the
 * text's — a caption in one sentence, a banner the paragraphs around it never speak of — with
 * content of the same shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons as removedOf } from "./rule-test-support";

const HEAD = ["某县村级卫生室建设情况调研", "2026-10-15 08:41　来源：某县政协"];
const PARA_A = "　　今年以来，县政协围绕村级卫生室建设开展专题调研，委员们走访了8个乡镇，收集意见建议20余条。";
const PARA_B = "　　调研发现，部分卫生室房屋老旧、设备不全，乡村医生年龄偏大，群众看病还要跑到镇上。";
const PARA_C = "　　建议县卫生健康局牵头，制定卫生室改造计划，定向培养本土医学生，稳定乡村医生队伍。";
const text = (...lines: string[]) => [...HEAD, ...lines].join("\n");

describe("a caption in one sentence between paragraphs", () => {
  it("removes `图为……。` and `▲……。`", () => {
    expect(removedOf(text(PARA_A, "图为某镇一处房屋老旧的卫生室。", PARA_B, PARA_C)).get("图为某镇一处房屋老旧的卫生室。")).toBe("caption");
    expect(removedOf(text(PARA_A, "▲委员们在卫生室察看药品储备。", PARA_B, PARA_C)).get("▲委员们在卫生室察看药品储备。")).toBe("caption");
  });
  it("keeps a paragraph that opens like a caption but holds several sentences", () => {
    const line = "图为调研组整理的问题清单。清单列出了12个老旧卫生室的改造需求。";
    expect(removedOf(text(PARA_A, line, PARA_B, PARA_C)).has(line)).toBe(false);
  });
});

describe("a banner between paragraphs", () => {
  it("removes a longer bare line whose words neither paragraph takes up", () => {
    const banner = "全城寻找最美读书人 报名通道今日开启";
    expect(removedOf(text(PARA_A, banner, PARA_B, PARA_C)).get(banner)).toBe("widget");
  });
  it("keeps a longer heading whose words the paragraphs take up", () => {
    const heading = "村级卫生室房屋老旧设备不全的问题亟待解决";
    expect(removedOf(text(PARA_A, heading, PARA_B, PARA_C)).has(heading)).toBe(false);
  });
});

describe("a caption behind a picture's label and a colon, wherever it stands (twentieth wave)", () => {
  it("removes `图1：……。` above the first paragraph and `图②：……。` after the last", () => {
    const removed = removedOf(text("图1：委员们在某镇卫生室察看药品储备。", PARA_A, PARA_B, PARA_C, "图②：一处改造后的村卫生室。"));
    expect(removed.get("图1：委员们在某镇卫生室察看药品储备。")).toBe("caption");
    expect(removed.get("图②：一处改造后的村卫生室。")).toBe("caption");
  });
  it("removes a place label (`上图：`) and a label closed by a photo credit", () => {
    const removed = removedOf(text(PARA_A, "上图：调研组与乡村医生座谈。", "　　建议：", PARA_C, "图：村医为老人测量血压。本报记者 某某 摄"));
    expect(removed.get("上图：调研组与乡村医生座谈。")).toBe("caption");
    expect(removed.has("图：村医为老人测量血压。本报记者 某某 摄")).toBe(true);
  });
  it("keeps a longer paragraph behind the label, and `图书` at the start", () => {
    const long = "图1：调研组整理的问题清单。清单列出了12个老旧卫生室的改造需求。其中8个需要重建。";
    const books = "图书室：每个村卫生室旁设立健康图书角。";
    const removed = removedOf(text(PARA_A, PARA_B, long, books, PARA_C));
    expect(removed.has(long)).toBe(false);
    expect(removed.has(books)).toBe(false);
  });
});
