/**
 * Signatures read by their place: a covering letter's date before the document it sends.
 * Made-up inputs; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { removeChrome } from "./chrome";

const LETTER = [
  "关于印发某某市社区食堂建设方案的通知",
  "各有关单位：",
  "　　《某某市社区食堂建设方案》现印发给你们，请结合实际认真组织实施，确保各项任务落到实处。",
];
const PLAN = [
  "某某市社区食堂建设方案",
  "　　为方便老年人就近用餐，现就社区食堂建设提出如下安排，请各单位认真抓好落实。",
  "　　一、合理布点。市民政局牵头，按照服务半径科学布设社区食堂，优先覆盖老年人口密集的片区。",
  "　　二、保障运营。市财政局对社区食堂运营给予补贴，市市场监督管理局开展食品安全检查。",
];

function removedTexts(lines: string[]): string[] {
  return removeChrome(lines).removed.map((r) => r.text);
}

describe("a covering letter's date before the document it sends", () => {
  it("is removed in figures, after the issuer, and in Chinese numerals", () => {
    expect(removedTexts([...LETTER, "2026年3月2日", ...PLAN])).toContain("2026年3月2日");
    expect(removedTexts([...LETTER, "某某市人民政府办公室", "2026年3月2日", ...PLAN])).toContain("2026年3月2日");
    expect(removedTexts([...LETTER, "二〇二六年三月二日", ...PLAN])).toContain("二〇二六年三月二日");
  });

  it("a date stamp over prose (a diary's entry) stays", () => {
    const diary = [...LETTER, "2026年3月2日", PLAN[1], PLAN[2]];
    expect(removedTexts(diary)).not.toContain("2026年3月2日");
  });
});
