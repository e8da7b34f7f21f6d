/**
 * Tree shapes: node kinds, outlines, headings with remedy verbs, lead phrases, tables, interviews and pages of speeches.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isBackgroundTitle } from "./kinds";
import { hasLeadPhrase, isBareHeading, isHeadingLike, isRecommendationLike, isSectionHeading } from "./paragraphs";
import { detect, ELDER_MEALS_REPORT, ELEVATOR_REPORT, removed, shape, structure, verdict } from "./rule-test-support";

describe("structure", () => {
  it("an agency reporter's questions are not recommendations; 首先/其次 answers are", () => {
    const text = [
      "新华社某地3月2日电 题：让山货走出大山——专访某县县长某某",
      "新华社记者 某某",
      "新华社记者：当前山区特色产业发展面临哪些困难？",
      "某某：首先，在冷链物流方面还存在短板，产品损耗大。其次，品牌影响力不强。",
      "新华社记者：下一步有哪些打算？",
      "某某：我们将重点抓好两项工作。",
      "首先，完善冷链物流。县商务局牵头建设产地冷库，降低产品损耗。",
      "其次，打造区域品牌。县农业农村局统一设计包装，开展品牌推介。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });

  it("a headline over an author line starts an article on a page of several", () => {
    const text = [
      "委员建言乡村振兴",
      "发展庭院经济",
      "□ 市政协委员 某某",
      "一是加强技术指导。市农业农村局组织专家开展培训。",
      "二是拓宽销售渠道。市商务局搭建线上销售平台。",
      "做强农产品加工",
      "农工党某市委会主委 某某代表农工党某市委会：",
      "一是培育加工主体。市工业和信息化局扶持龙头企业。",
      "二是完善用地保障。市自然资源和规划局优先安排加工用地。",
    ].join("\n");
    expect(structure(text).documents.map((d) => d.title)).toEqual(["发展庭院经济", "做强农产品加工"]);
  });
});

describe("node kinds", () => {
  it("a section named for the causes (主要成因) holds background, not recommendations", () => {
    const text = [
      "关于某某县闲置校舍利用情况的调研报告",
      "一、基本情况",
      "全县现有闲置校舍41处，多数已空置五年以上。",
      "二、主要成因",
      "一是生源向县城集中，村小撤并；二是产权登记不全，难以盘活；三是改造资金缺口较大。",
      "三、几点建议",
      "1．摸清底数。县教育局牵头，逐处建立台账。",
      "2．分类盘活。县自然资源局配合，用于养老、托育等公共服务。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.children[1].kind).toBe("background");
    expect(doc.children[1].children.every((n) => n.kind === "background")).toBe(true);
  });
});

describe("trees", () => {
  it("a heading asking where the crux lies (症结何在, 根源在何处) is background", () => {
    expect(isBackgroundTitle("症结何在")).toBe(true);
    expect(isBackgroundTitle("问题根源在何处")).toBe(true);
    expect(isBackgroundTitle("破解症结的对策")).toBe(false);
  });
});

describe("remedy verbs in section headings", () => {
  it("a heading that opens with a remedy verb (补上/补足/弥补) names a measure, not a background section", () => {
    expect(isBackgroundTitle("补上托育服务短板")).toBe(false);
    expect(isBackgroundTitle("弥补基层医疗短板")).toBe(false);
    expect(isBackgroundTitle("托育服务短板")).toBe(true);
  });
});

describe("a document's outline", () => {
  it("short lines under `文档目录` that come back later as headings are the outline", () => {
    const text = [
      "关于老旧小区加装电梯的建议",
      "文档目录",
      "1 现状",
      "2 对策",
      "现状",
      "　　近年来，我市老旧小区加装电梯需求旺盛，但协调难、资金难、维护难问题突出。",
      "对策",
      "一、简化审批流程。市住建局牵头，推行加装电梯联合审批，压缩办理时限。",
      "二、拓宽资金渠道。鼓励居民提取住房公积金用于加装电梯。",
    ].join("\n");
    expect(removed(text)).toEqual(["文档目录", "1 现状", "2 对策"]);
  });

  it("a line after the outline head that does not come back stays", () => {
    const text = ["关于老旧小区加装电梯的建议", "文档目录", "1 加装电梯三年行动", ...ELEVATOR_REPORT].join("\n");
    expect(removed(text)).toEqual(["文档目录"]);
  });
});

describe("pages of speeches and inline lists", () => {
  it("a byline marked ◎ above each speaker's headline opens that speaker's document and is never a caption", () => {
    const text = [
      "某某日报",
      "城乡客运协商会发言摘登",
      "4月2日，县政协召开协商会，围绕农村客运协商议政。现将部分发言摘登如下。",
      "◎ 县政协委员、县运输公司经理　某某某",
      "让客车开进每一个建制村",
      "目前全县仍有部分建制村未通客车。建议：一是新开预约班线；二是改造农村招呼站。",
      "◎ 农工党某某县委会",
      "给偏远线路算好补贴账",
      "偏远线路空驶率高，企业亏损严重。建议一是县交通运输局牵头核定线路成本；二是县财政局按里程给予补贴。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["让客车开进每一个建制村", "给偏远线路算好补贴账"]);
    expect(removed(text)).not.toContain("◎ 县政协委员、县运输公司经理　某某某");
  });

  it("a proposing verb may run into the first inline marker (`建议一是……；二是……`)", () => {
    const text = ["关于完善农村客运补贴的建议", "偏远线路空驶率高，企业亏损严重。建议一是核定线路运营成本；二是按里程给予运营补贴；三是建立补贴考核机制。"].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R R");
  });
});

describe("magazine interviews", () => {
  const interview = [
    "《某某论坛》杂志　2025年第3期",
    "委员访谈",
    "农村客运：开得进，更要留得住",
    "——访县政协委员、县运输公司经理某某某",
    "文｜本刊记者　某某",
    "去年以来，我县新开通农村客运线路12条，但部分线路开通不久就因客流少而停运。围绕农村客运可持续运营，县政协委员某某某提交了提案。",
    "◆ 难点在哪里",
    "Q：线路停运的主要原因是什么呢？",
    "A：首先，在客流方面还存在季节性波动，农忙时几乎没有乘客。其次，票价收入难以覆盖燃油和人工成本。",
    "◆ 出路在哪里",
    "Q：对于线路运营难题有何良策呢？",
    "A：我提出三点建议。一是推行预约响应班线，按需发车；二是县财政局给予里程补贴；三是推动客运与邮政快递合作，增加收入来源。",
    "Q：县里目前有多少条客运线路呢？",
    "A：目前共有客运线路46条。",
    "Q：还有什么想对乘客们说的话呢？",
    "A：希望大家多坐农村客车，让线路开得下去。",
  ].join("\n");

  it("questions of one length that end their sentence are no right margin: the head is not joined into one line", () => {
    const doc = structure(interview).documents[0];
    expect(doc.title).toBe("农村客运：开得进，更要留得住");
  });

  it("a periodical's issue line is edition furniture", () => {
    expect(verdict("《某某论坛》杂志　2025年第3期")).toBe("edition");
    expect(verdict("2025年第3期")).toBe("edition");
  });

  it("an answer that announces its count of proposals (`A：我提出三点建议。一是……`) gives the section its items", () => {
    expect(shape(structure(interview).documents[0].children)).toBe("B H(R R R)");
  });
});

describe("lead phrases and tables", () => {
  it("a question the writer answers and a first-person feeling are no lead phrase", () => {
    expect(hasLeadPhrase("问题出在哪里？说到底是运营成本太高，收入覆盖不了支出。")).toBe(false);
    expect(isRecommendationLike("怎么办？我们走访后有几点想法，供大家参考。")).toBe(false);
    expect(hasLeadPhrase("我们深有感触。社区食堂办得好不好，老人最有发言权。")).toBe(false);
    expect(hasLeadPhrase("我有三点建议。第一，优化布点。")).toBe(true);
    // After a speaker's label too: an interviewee's closing remark is no item.
    expect(isRecommendationLike(fold("某某某：我们对此很乐观。只要各方配合，目标一定能实现。"))).toBe(false);
    expect(isRecommendationLike(fold("A：我很期待。社区食堂办好了，老人最高兴。"))).toBe(false);
    const interview = ["社区食堂怎样办得更长久", "记者：您有哪些建议？", "某某某：我有两点建议。第一，优化布点。市民政局牵头新增助餐点。第二，加强监管。市市场监管局定期抽检。", "记者：您对前景怎么看？", "某某某：我们对此很乐观。只要各方配合，目标一定能实现。"].join("\n");
    expect(shape(structure(interview).documents[0].children)).toBe("R R");
    expect(hasLeadPhrase("优化助餐布点。市民政局牵头新增一批助餐点。")).toBe(true);
  });

  it("a 旗 (banner) is county-level: its bureaus are new bodies of its own, not provincial ones", () => {
    expect(detect("由旗林草局牵头，会同旗水利局开展巡查。")).toEqual(["旗林草局:lead:new", "旗水利局:co:new"]);
    expect(detect("由县林草局牵头，会同县水利局开展巡查。").length).toBe(2);
    expect(detect("升国旗仪式后，市教育局组织学生参观。")).toEqual(["市教育局:lead"]);
  });

  it("a table's header row is content and its rows are no items; its columns give the roles", () => {
    const text = ["关于社区食堂建设任务分工的通知", "　　现将任务分工如下。", "序号 工作任务 责任单位 配合单位 完成时间", "1 新增社区助餐点 市民政局 市财政局、市住建局 2026年6月", "2 开展食品安全抽检 市市场监管局 市教育局 2026年9月"].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("");
    expect(doc.intro).toContain("序号 工作任务 责任单位 配合单位 完成时间");
    expect((doc.departments ?? []).map((m) => `${m.name}:${m.role}`)).toEqual(
      expect.arrayContaining(["市民政局:lead", "市财政局:co", "市住房和城乡建设局:co", "市市场监督管理局:lead", "市教育局:co"]),
    );
    expect(detect("事项\t牵头部门\t协办单位\n1\t建设平台\t市数据局\t市财政局".replace(/\t/g, " "))).toEqual(expect.arrayContaining(["市数据局:lead", "市财政局:co"]));
  });
});

describe("trees: table rows and rationale or progress sections", () => {
  it("short bar-separated table rows are text, never headings", () => {
    const text = ["社区助餐任务分解表", "责任单位：区民政局", "序号｜办理事项｜牵头单位｜完成时限｜完成情况", "1｜新增社区助餐点｜区民政局｜2025年6月｜已新增12个", "2｜抽检食材｜区市场监管局｜长期｜持续开展", "一、总体进度", "截至目前，我局已召开专题会议2次，新增助餐点12个。", "二、下一步工作", "（一）扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂。", "（二）加强食品安全监管。区市场监管局要定期抽检助餐点食材。"].join("\n");
    const doc = structure(text).documents[0];
    const titles = (nodes: typeof doc.children): string[] => nodes.flatMap((n) => [n.title, ...titles(n.children)]);
    expect(titles(doc.children).filter((t) => t.includes("｜"))).toEqual([]);
    expect(shape(doc.children)).toMatch(/^. H\(R R\)$/);
    expect(isSectionHeading(fold("3｜路灯排查｜区城管局｜长期｜持续开展"))).toBe(false);
    expect(isHeadingLike(fold("B-2 | 校车线路 | 县教育局 | 9月"))).toBe(false);
    expect(isBareHeading(fold("4｜食材抽检｜区市场监管局｜每月"))).toBe(false);
  });

  it("a question card counted in Han numerals is the question, no section; a number before 问 still heads one", () => {
    expect(isSectionHeading(fold("问一：为什么要出台《实施方案》？"))).toBe(false);
    expect(isSectionHeading(fold("问十二：家长如何申请？"))).toBe(false);
    expect(isSectionHeading(fold("一问：普惠托位从哪里来？"))).toBe(true);
    const cards = [
      "《某市托育服务实施方案》政策解读",
      "▍问一：为什么要出台《实施方案》？",
      "答：我市普惠托位供给不足、分布不均，社区就近送托难的问题较为突出，家长反映强烈。",
      "▍问二：《实施方案》提出了哪些重点任务？",
      "答：主要有两项。一是扩大社区托位供给，由市卫生健康委牵头，利用社区闲置用房改建托育点；二是完善普惠托育支持政策，市财政局按托位给予建设补助。",
    ].join("\n");
    expect(shape(structure(cards).documents[0].children)).toBe("R R");
  });

  it("a proposal's reasons and a task's progress are background", () => {
    const reasons = ["关于扩大社区助餐服务的提案", "案由", ELDER_MEALS_REPORT[0], "办法", ELDER_MEALS_REPORT[1], ELDER_MEALS_REPORT[2]].join("\n");
    expect(shape(structure(reasons).documents[0].children)).toMatch(/^B /);
    const progress = ["社区助餐提案办理情况报告", "一、办理情况", "收到提案后，我局召开专题会议2次，走访提案人1次，新增助餐点12个。", "二、下一步打算", ELDER_MEALS_REPORT[1], ELDER_MEALS_REPORT[2]].join("\n");
    expect(shape(structure(progress).documents[0].children)).toMatch(/^B /);
  });
});

describe("lead phrases: an address to the audience, an actor's clause", () => {
  it("a paragraph addressing the audience closes the text; it is no measure", () => {
    expect(hasLeadPhrase(fold("各位委员，春风浩荡正当时。让我们携手并进，共同谱写新篇章！"))).toBe(false);
    expect(hasLeadPhrase(fold("同志们、朋友们，使命在肩。我们要以更大的决心推进各项工作。"))).toBe(false);
    expect(hasLeadPhrase(fold("扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂。"))).toBe(true);
  });

  it("a first clause closed by ； that opens with a body is no lead phrase", () => {
    expect(hasLeadPhrase(fold("县财政局安排专项资金给予补助；县交通运输局负责线路调整，确保按期开通。"))).toBe(false);
    expect(hasLeadPhrase(fold("区教育局对课后服务给予经费保障；区人社局配合落实教师补贴。"))).toBe(false);
    expect(hasLeadPhrase(fold("优化线路布局；县交通运输局负责线路调整，确保按期开通。"))).toBe(true);
  });
});
