/**
 * A bulletin's items headed by their actor (parallel-articles.ts actorHeadlineStarts; chrome-caption-line.ts):
 * two or more headlines naming the CPPCC body or a party as subject, each over prose, are one document each,
 * and none of them is taken for a photo caption. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { actorHeadline } from "./parallel-articles";
import { structure } from "./rule-test-support";

const BULLETIN = [
  "某 市 政 协 简 报",
  "第 3 期",
  "市政协办公室编　　　　　　2026年3月2日",
  "编者按：本期刊发两项协商成果，供参考。",
  "市政协经济委员会就夜市摊位管理开展协商",
  "　　2月中旬，市政协经济委员会围绕夜市摊位管理召开协商会。委员们认为，部分夜市占道经营，油烟扰民。",
  "　　会议提出：一是市城市管理局划定夜市经营区域；二是市市场监督管理局加强食品安全抽检。",
  "市政协提案委员会督办学校周边停车难提案",
  "　　2月下旬，市政协提案委员会赴三所学校督办有关提案。接送车辆乱停，学生过街不便。",
  "　　委员们建议：（一）增设临时泊位。市住房和城乡建设局在学校周边设置临时停车泊位。（二）错峰放学。市教育局推动相邻学校错峰放学。",
].join("\n");

describe("a bulletin's items headed by their actor", () => {
  it("splits the bulletin into one document per item, the 编者按 kept in the first", () => {
    const docs = structure(BULLETIN).documents;
    expect(docs.map((d) => d.title)).toEqual(["市政协经济委员会就夜市摊位管理开展协商", "市政协提案委员会督办学校周边停车难提案"]);
    expect(docs[0].intro).toContain("编者按");
    expect(docs[1].children.map((c) => c.title)).toEqual(["增设临时泊位", "错峰放学"]);
  });

  it("takes a party's item headline as an actor's, not a party's name alone or a byline", () => {
    expect(actorHeadline("民盟某区委会就老旧小区加装电梯开展调研")).toBe(true);
    expect(actorHeadline("民盟某区委会")).toBe(false);
    expect(actorHeadline("市政协委员 某某某 代表民进市委")).toBe(false);
    expect(actorHeadline("老旧小区加装电梯还需破解三道难题")).toBe(false);
  });

  it("keeps one article with a single actor headline whole", () => {
    const one = BULLETIN.split("\n").slice(0, 7).join("\n");
    expect(structure(one).documents).toHaveLength(1);
  });
});
