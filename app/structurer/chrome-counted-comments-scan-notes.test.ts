/**
 * A comment thread inside the text under a head that counts it (`💬 评论（2）`, `🗨 评论 3`, `💬 2条评论`), and
 * an OCR'd copy's scan notes — the image's file name and the recognition's caution
 * (chrome-comments-revisions.ts). Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { countedCommentHead } from "./chrome-comments-revisions";
import { fold } from "./fold";
import { ELEVATOR_REPORT, removedReasons, structure, verdict } from "./rule-test-support";

const HEADLINE = "关于推进老旧小区加装电梯的建议";

describe("a counted comment thread inside the text", () => {
  it("reads the count of a thread's head, behind its icon or not", () => {
    expect(countedCommentHead(fold("💬 评论（2）"))).toBe(2);
    expect(countedCommentHead(fold("🗨 评论 3"))).toBe(3);
    expect(countedCommentHead(fold("💬 2条评论"))).toBe(2);
    expect(countedCommentHead(fold("评论"))).toBeNull();
    expect(countedCommentHead(fold("💬 评论区的声音很多"))).toBeNull();
  });

  it("removes the head and as many `name：message` lines as it counts, between two paragraphs", () => {
    const comments = ["钱某某：这个数字要核实一下。", "周某：回复 钱某某：已核对，是二十三处。"];
    const text = [HEADLINE, ELEVATOR_REPORT[0], "💬 评论（2）", ...comments, ...ELEVATOR_REPORT.slice(1)].join("\n");
    const r = removedReasons(text);
    expect(r.get("💬 评论（2）")).toBe("related");
    for (const l of comments) expect(r.get(l), l).toBe("chat");
    for (const l of ELEVATOR_REPORT) expect(r.has(l.trim()), l).toBe(false);
    expect(structure(text).documents[0].children.length).toBe(2);
  });

  it("takes a commenter with a bracketed note, and leaves the thread when fewer lines than the count are comments", () => {
    const text = [HEADLINE, ELEVATOR_REPORT[1], "💬 2条评论", "吴某：有没有参考标准？", "郑某（市场监管）：回复 吴某：可参照外地做法。", ELEVATOR_REPORT[2]].join("\n");
    expect(removedReasons(text).get("郑某（市场监管）：回复 吴某：可参照外地做法。")).toBe("chat");
    const short = [HEADLINE, ELEVATOR_REPORT[1], "🗨 评论 3", "吴某：有没有参考标准？", ELEVATOR_REPORT[2]].join("\n");
    expect(removedReasons(short).has("吴某：有没有参考标准？")).toBe(false);
  });
});

describe("an OCR'd copy's scan notes", () => {
  it("removes an image's file name, alone or behind a bracketed tag", () => {
    for (const l of ["IMG_4471.HEIC", "【图片转文字】IMG_20261201_153320.jpg", "[图片识别] 微信图片_20261103101122.jpg", "Screenshot_2026-11-03-10-11-22.png"]) expect(verdict(l), l).toBe("metadata");
    for (const l of ["附件：现场照片.jpg 见文末，请查阅。", "照片共12张"]) expect(verdict(l), l).not.toBe("metadata");
  });

  it("removes the recognition's caution in brackets or behind a note glyph, only with both words", () => {
    for (const l of ["（识别结果仅供参考，请以原件为准）", "※识别内容仅供参考，请以纸质原件为准", "（以上文字由OCR自动识别，可能存在误差，请以原图为准）"]) expect(verdict(l), l).toBe("metadata");
    for (const l of ["（以上数据仅供参考）", "（识别率提升到九成以上）", "建议推广人脸识别技术，结果仅供参考。"]) expect(verdict(l), l).not.toBe("metadata");
  });

  it("lets the signature and its date be read when the caution closes the copy", () => {
    const text = ["IMG_4471.HEIC", HEADLINE, ...ELEVATOR_REPORT, "某县政协办公室", "2026年8月15日", "※识别内容仅供参考，请以纸质原件为准"].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.title).toBe(HEADLINE);
    expect(doc.date).toBe("2026-08-15");
  });
});
