import { describe, expect, it } from "vitest";
import { captionScore } from "./chrome-captions";
import { pastedArticles } from "./pasted-articles";
import { structure } from "./pipeline";

// Sixth wave (issue 12): a push's short item after a divider; a timeline's dated stamps.
const main = [
  "某某政协",
  "2026-05-03 19:20　某省",
  "让背街小巷亮起来",
  "近日，市政协组织委员就背街小巷照明问题开展专题视察，走访了老城区十余条小巷，听取居民意见。",
  "一、补齐照明设施。建议由市城市管理局牵头，对背街小巷路灯缺失、损坏情况开展全面排查并限期修复。",
  "二、推广智慧路灯。市供电公司要配合开展节能改造，在有条件的小巷试点安装按需亮灯的智慧路灯。",
];

describe("a push's short item after a divider line", () => {
  it("cuts at a glyph divider over a headline over a paragraph shorter than the article above", () => {
    const lines = [...main, "▼", "委员参加小区议事会", "4月28日，市政协委员某某参加某小区议事会，与居民一起商量楼道杂物清理和电动车停放问题，并把大家的意见整理成社情民意信息报送。", "编辑：某某"];
    expect(pastedArticles(lines)?.cuts).toEqual([6]);
    const docs = structure(lines.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["让背街小巷亮起来", "委员参加小区议事会"]);
  });

  it("does not cut where the divider points at the article's own sections (most of the article under it)", () => {
    const lines = [
      "某某政协",
      "2026-05-03 19:20　某省",
      "让背街小巷亮起来",
      "近日，市政协组织委员就背街小巷照明问题开展专题视察，走访了老城区十余条小巷。",
      "▼",
      "委员们这样建议",
      ...main.slice(3),
      "三、健全管护机制。建议明确背街小巷路灯的管护主体和经费来源，建立群众报修快速响应机制。",
    ];
    expect(pastedArticles(lines)).toBeNull();
  });
});

describe("a timeline's dated stamp", () => {
  it("is no caption: a date, a gap and a short label", () => {
    expect(captionScore("4月15日　现场协商", false)).toBeLessThan(0);
    expect(captionScore("2026年7月9日｜出台导则", false)).toBeLessThan(0);
  });
  it("leaves a caption whose date opens a clause about people", () => {
    expect(captionScore("3月5日委员们在社区调研", false)).toBeGreaterThan(0);
  });
});

describe("a round-up's name lines, name first, over each member's headline", () => {
  const text = [
    "2026-03-08 09:12　来源：某某新闻网",
    "两会聚焦｜三位委员的民生提案",
    "会议期间，委员们围绕群众身边的急难愁盼提交提案，记者从中选取三件。",
    "甲某某　市政协委员、某幼儿园园长",
    "让托育服务嵌进社区",
    "甲某某建议，市卫生健康委牵头，利用社区闲置用房建设嵌入式托育点，按托位给予运营补贴。",
    "乙某某　市政协委员、某公交公司驾驶员",
    "给夜班公交添把火",
    "乙某某建议，市交通运输局优化夜班公交线路，在医院、火车站等站点加密班次。",
    "丙某某　市政协委员、某律师事务所主任",
    "物业纠纷要有快车道",
    "丙某某建议市司法局在街道设立物业纠纷调解工作室，引导业主和物业企业先调解后诉讼。",
  ].join("\n");
  it("splits one document per member, the name line its byline (a worker's 员 is a post)", () => {
    const docs = structure(text, undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["让托育服务嵌进社区", "给夜班公交添把火", "物业纠纷要有快车道"]);
    expect(docs[1].byline).toBe("乙某某　市政协委员、某公交公司驾驶员");
  });
});

describe("a group chat forwarding two articles", () => {
  it("cuts at the second article's head after a chat turn (speaker and time) ends the first", () => {
    const lines = [
      "甲某 09:03",
      "社区共享菜园让邻里更亲",
      "来源：某某日报　2026-04-15",
      "某社区把小区里几块闲置多年的边角空地改造成共享菜园，由居民认领种植，社区统一管理。",
      "委员们建议，市住建局将共享菜园纳入老旧小区改造内容统筹推进，市农业农村局提供种植指导。",
      "乙某 09:05",
      "这个好",
      "甲某 09:06",
      "老旧厂房变身社区客厅",
      "2026-04-12　来源：某某发布",
      "位于老城区的原纺织厂仓库，经过改造成为集阅读、托育、助餐于一体的社区客厅，每天接待居民300多人次。",
      "下一步，市民政局将总结经验，在全市推广厂房变客厅模式，市城市管理局负责做好周边环境整治。",
    ];
    expect(pastedArticles(lines)?.cuts).toEqual([8]);
  });
});
