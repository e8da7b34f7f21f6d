import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";

const titles = (text: string) => structure(text, { directory: [] }).documents.map((d) => d.title);
const bylines = (text: string) => structure(text, { directory: [] }).documents.map((d) => d.byline);

describe("parallel articles (parallel-articles.ts)", () => {
  it("a name line above each headline, decorated with a glyph the byline reader does not know, opens an article each", () => {
    const page = [
      "某县融媒周刊",
      "乡村振兴议事厅",
      "☆ 县政协委员、县农技推广站高级农艺师　柯某某",
      "让农机跑出“加速度”",
      "全县丘陵地块多，大型农机下不了田，小型农机又不够用。建议县农业农村局牵头建设农机共享服务站。",
      "☆ 县工商业联合会",
      "给返乡创业者搭好台",
      "返乡创业者普遍反映贷款难、场地少。建议县人社局会同县财政局设立创业担保贷款专项。",
    ].join("\n");
    expect(titles(page)).toEqual(["让农机跑出“加速度”", "给返乡创业者搭好台"]);
    // The byline as typed, its ideographic space kept (byline-surface.ts).
    expect(bylines(page)).toEqual(["县政协委员、县农技推广站高级农艺师　柯某某", "县工商业联合会"]);
  });

  it("a decorated headline over a plain name line and an interview's turns opens an article each", () => {
    const page = [
      "某市政协报　第4版",
      "▶ 为快递小哥找个歇脚处",
      "市总工会副主席　韦某某",
      "记者：新就业形态劳动者最盼什么？",
      "韦某某：最盼有个能喝口热水、充个电的地方。我们建议在商圈增设驿站。",
      "▶ 把校园周边的路口管起来",
      "市交通运输局副局长　戚某某",
      "记者：上下学高峰怎么缓解拥堵？",
      "戚某某：我们准备在重点路口实行错峰放学和临时停车泊位。",
    ].join("\n");
    expect(titles(page)).toEqual(["为快递小哥找个歇脚处", "把校园周边的路口管起来"]);
  });

  it("one headline over one name line is a single article, not a page of them", () => {
    const text = ["▶ 为快递小哥找个歇脚处", "市总工会副主席　韦某某", "新就业形态劳动者最盼有个歇脚的地方。建议在商圈增设驿站。"].join("\n");
    expect(titles(text)).toHaveLength(1);
  });
});

describe("field runs (field-rows.ts)", () => {
  it("a participants' list under a report is no speaker's document", () => {
    const text = [
      "关于改善老旧小区停车的协商纪要",
      "会议认为，老旧小区停车矛盾突出。会议建议市住建局牵头挖潜增位。",
      "出席人员：",
      "市政协：某某某、某某",
      "市住建局：副局长 某某",
      "市公安局：交警支队 某某",
    ].join("\n");
    expect(titles(text)).toEqual(["关于改善老旧小区停车的协商纪要"]);
  });

  it("a proposal's co-signers listed by party under its text are no speeches either", () => {
    const text = [
      "关于办好社区长者食堂的建议",
      "长者食堂运营成本高，部分已经停办。建议区民政局牵头统筹场地和补贴。",
      "联名委员",
      "民进区委：某某、某某某",
      "九三学社区委：某某某",
    ].join("\n");
    expect(titles(text)).toEqual(["关于办好社区长者食堂的建议"]);
  });
});
