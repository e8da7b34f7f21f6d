import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { fold } from "./fold";
import { replyHeadline } from "./page-pieces";
import { removed, structure } from "./rule-test-support";

const docs = (text: string) => structure(text).documents;
const titles = (text: string) => docs(text).map((d) => d.title);
const owners = (text: string) => docs(text).map((d) => (d.departments ?? []).concat(d.children.flatMap((c) => c.departments ?? [])).map((m) => m.name));

describe("a voice's name line: post, name and unit in brackets (authors.ts namedWithUnit)", () => {
  it("reads a post and a name with the person's unit in brackets as a byline", () => {
    const line = "市政协委员　某某（某中学副校长）";
    expect(parseByline(line, fold(line))?.byline).toBe(line);
  });

  it("reads no sentence in brackets, nor a bracket after a column's word, as a byline", () => {
    for (const line of ["市政协委员　某某（建议加快推进。）", "市政协委员建言（第三期）", "委员提案选登（2026年第2期）"]) expect(parseByline(line, fold(line))).toBeNull();
  });
});

describe("pages of several voices under pictograph name lines (parallel-articles.ts)", () => {
  const page = [
    "某市政协",
    "2026-10-09 20:00",
    "编者按：本期请两位委员谈谈城市夜经济。",
    "📍 第一期",
    "点亮夜间消费新场景",
    "🎤 市政协委员　某某（某商会会长）",
    "全市夜间消费占比不足两成。",
    "建议市商务局牵头打造三条夜间消费街区，市城管局划定临时外摆区域。",
    "📍 第二期",
    "让夜归人回家更方便",
    "🎤 市政协委员　某某（某公交公司调度员）",
    "夜间公交线路少、间隔长。",
    "建议市交通运输局开通夜间定制公交，市公安局加强夜间巡逻。",
  ].join("\n");

  it("opens a document at each headline over an emoji-led name line, each with its own departments", () => {
    expect(titles(page)).toEqual(["点亮夜间消费新场景", "让夜归人回家更方便"]);
    expect(docs(page).map((d) => d.byline)).toEqual(["市政协委员　某某（某商会会长）", "市政协委员　某某（某公交公司调度员）"]);
    expect(owners(page)[1]).toEqual(["市交通运输局", "市公安局"]);
  });
});

describe("a department's answer glued to its kicker (page-pieces.ts replyHeadline)", () => {
  it("reads a reply label and a colon before a headline, not a speaker's colon or a sentence", () => {
    expect(replyHeadline(fold("部门回应：加快推进数字乡村试点"))).toBe(true);
    expect(replyHeadline(fold("官方答复：年底前完成改造"))).toBe(true);
    expect(replyHeadline(fold("民盟某市委：让老街区焕发新活力"))).toBe(false);
    expect(replyHeadline(fold("部门回复：我们将认真研究。"))).toBe(false);
  });

  it("opens the answer as a document of its own, with the official's post and name as byline", () => {
    const page = [
      "某市日报　第5版",
      "让社区食堂开得下去",
      "市政协委员　某某",
      "社区食堂普遍面临房租高、客流不稳的问题。",
      "建议市民政局牵头统筹社区用房，减免食堂租金。",
      "把助餐服务送到家门口",
      "致公党某市委会",
      "独居老人取餐难。建议市商务局引导外卖平台开设助餐专线。",
      "部门回复：明年新增社区食堂30家",
      "市民政局副局长　某某",
      "委员们的建议我们高度重视。明年我们将会同市商务局、市财政局新增社区食堂30家。",
    ].join("\n");
    expect(titles(page)).toEqual(["让社区食堂开得下去", "把助餐服务送到家门口", "部门回复：明年新增社区食堂30家"]);
    expect(docs(page)[2].byline).toBe("市民政局副局长　某某");
    expect(owners(page)[2]).toEqual(["市商务局", "市财政局"]);
  });
});

describe("one byline under each of a page's headlines (chrome-runs.ts, head-lines.ts subtitled)", () => {
  const page = [
    "某市政协报",
    "第3版　　履职建言　　2026年9月2日",
    "守好城市“菜篮子”",
    "文／市政协委员　某某",
    "近年来全市蔬菜自给率有所下降，部分品种依赖外调。建议市农业农村局稳定城郊蔬菜基地面积。",
    "让社区医院接得住",
    "文／市政协委员　某某",
    "社区卫生服务中心全科医生不足，群众首诊意愿不高。建议市卫健委推动专家下沉社区坐诊。",
    "让租房不再是难题",
    "文／市政协委员　某某",
    "新市民租房负担较重，保障性租赁住房供给不足。建议市住建局加快筹集保障性租赁住房。",
  ].join("\n");

  it("keeps the same name line under three headlines as each article's byline, not a running header", () => {
    expect(removed(page)).not.toContain("文／市政协委员　某某");
    expect(titles(page)).toEqual(["守好城市“菜篮子”", "让社区医院接得住", "让租房不再是难题"]);
    expect(docs(page).map((d) => d.byline)).toEqual(["市政协委员　某某", "市政协委员　某某", "市政协委员　某某"]);
  });

  it("still removes a line that comes back three times with no headline over it", () => {
    const text = [
      "某市政协关于推进社区养老服务的调研报告",
      "社区养老服务设施覆盖率仍然偏低，部分设施利用率不高。",
      "某市政协研究室",
      "建议市民政局统筹规划社区养老服务设施布局。",
      "某市政协研究室",
      "建议市卫健委推进医养结合服务进社区。",
      "某市政协研究室",
    ].join("\n");
    expect(removed(text).filter((l) => l === "某市政协研究室").length).toBeGreaterThanOrEqual(2);
  });
});
