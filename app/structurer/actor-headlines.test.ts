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

  it("leaves photo captions that name the body's people as subject to the caption reader", () => {
    expect(actorHeadline("市政协主席某某一行到某镇调研农村急救工作")).toBe(false);
    expect(actorHeadline("市政协农业农村委员会主任某某带队赴某县调研")).toBe(false);
    expect(actorHeadline("民进某区委会主委某某参加座谈并发言")).toBe(false);
    expect(actorHeadline("市政协召开委员座谈会听取意见建议")).toBe(true);
    const page = [
      "市政协委员视察城区夜市",
      "　　3月5日，市政协组织部分委员视察城区夜市管理情况。委员们走访了三处夜市，听取摊主意见。",
      "市政协主席某某一行在城南夜市察看摊位布局",
      "　　委员们建议，市城市管理局划定夜市经营区域，市市场监督管理局加强食品安全抽检。",
      "市政协副主席某某带队察看城北夜市油烟处理",
      "　　视察组还要求相关部门建立夜市管理长效机制。",
    ].join("\n");
    const result = structure(page);
    expect(result.documents).toHaveLength(1);
    // Neither caption heads a document or a section (without the guard both headed items of their own).
    expect(result.documents[0].children.map((c) => c.title)).toEqual([]);
    expect((result.removed ?? []).map((r) => r.text)).toContain("市政协副主席某某带队察看城北夜市油烟处理");
  });

  it("keeps one article with a single actor headline whole", () => {
    const one = BULLETIN.split("\n").slice(0, 7).join("\n");
    expect(structure(one).documents).toHaveLength(1);
  });
});

describe("a bulletin's items headed by members proposing", () => {
  it("reads members with a verb of proposing as the item's actor, not members in a scene", () => {
    expect(actorHeadline("委员建议为外卖骑手建设暖心驿站")).toBe(true);
    expect(actorHeadline("委员们呼吁加强校外培训机构安全监管")).toBe(true);
    expect(actorHeadline("委员们在城南片区查看老旧小区改造项目")).toBe(false);
    expect(actorHeadline("委员建议")).toBe(false);
  });

  it("splits a bulletin whose items are headed by the body and by members proposing", () => {
    const lines = [
      "某区政协信息",
      "委员建议为外卖骑手建设暖心驿站",
      "　　委员们了解到，全区外卖骑手午间和雨天缺少歇脚的地方，建议区总工会牵头设立驿站，提供饮水和充电服务。",
      "区政协组织委员视察老旧小区改造工作",
      "　　8月6日，区政协组织部分委员视察老旧小区改造项目，区住房和城乡建设局表示将在年内完成首批电梯加装。",
    ];
    expect(structure(lines.join("\n")).documents.map((d) => d.title)).toEqual(["委员建议为外卖骑手建设暖心驿站", "区政协组织委员视察老旧小区改造工作"]);
  });
});
