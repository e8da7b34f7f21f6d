/**
 * Rules added when the third held-out folder (content/corpus-holdout-3; its texts are now in
 * content/corpus) was opened and tuned to (issue 12, round 6): navigation compounds and
 * arrows, follow prompts after an emoji, hotline notes, 素材 credits, reprint notes, masthead
 * rows, Latin mastheads, short column labels ending in 提案, running headers above their
 * own title, captions of people doing something, a headline over an author line, agency
 * reporter labels, plight headings, the 自治区 level, institutions (文化馆), vertical bodies
 * (海关), 会同 and scopes in lists. Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { loadDepartments } from "../../content/directory";
import { buildDirectoryIndex, detectDepartments, documentLevel } from "./departments";
import { fold } from "./fold";
import { structureText } from "./index";
import type { Node } from "./types";

const directory = loadDepartments();
const index = buildDirectoryIndex(directory);
const detect = (text: string, level?: string) =>
  detectDepartments(text, index, { suggestNew: true, level }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);
const structure = (text: string) => structureText(text, { directory });
const removed = (text: string) => (structure(text).removed ?? []).map((x) => x.text);
const shape = (nodes: Node[]): string =>
  nodes.map((n) => `${(n.kind ?? "?")[0].toUpperCase()}${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

describe("page chrome (round 6)", () => {
  it("a section word glued to a navigation word, arrows and a Latin masthead are chrome, not the title", () => {
    const text = ["青川日报", "QINGCHUAN DAILY", "2026年5月6日 星期三 第04版：民生", "◀上一版  下一版▶", "电子版首页 | 往期回顾", "社区观察", "老旧小区加装电梯提速", "本报记者 某某", "今年以来，全市老旧小区新开工加装电梯120部，惠及居民4000余户。"].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("老旧小区加装电梯提速");
    expect(removed(text)).toEqual(expect.arrayContaining(["QINGCHUAN DAILY", "◀上一版  下一版▶", "电子版首页 | 往期回顾", "社区观察"]));
  });

  it("follow prompts after an emoji, hotline notes, 素材 credits and reprint notes are chrome", () => {
    const text = [
      "某某医保",
      "某某医保 2026-04-02 08:30",
      "👉 关注“某某医保”，政策早知道",
      "门诊共济报销，这些变化要知道",
      "从4月起，我市职工医保普通门诊报销比例提高到60%，年度支付限额同步提高。",
      "参保人员在基层医疗机构就医的，报销比例再提高5个百分点。",
      "📞 温馨提示：如有疑问可拨打12393医保服务热线。",
      "素材：市医疗保障事务中心",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("门诊共济报销，这些变化要知道");
    expect(removed(text)).toEqual(expect.arrayContaining(["👉 关注“某某医保”，政策早知道", "📞 温馨提示：如有疑问可拨打12393医保服务热线。", "素材：市医疗保障事务中心"]));
  });

  it("a masthead row and a short column label ending in 提案 are not the title; a reprint note is chrome", () => {
    const text = ["青川广播电视台 · 青川新闻", "委员提案", "关于加强社区食堂建设的提案", "以下内容摘自市政协提案系统，有删节。", "当前，我市社区食堂覆盖率不足三成，老年人就餐难问题仍然突出。为此建议：", "一、扩大食堂覆盖。市民政局牵头，在新建小区配建社区食堂。"].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于加强社区食堂建设的提案");
    expect(removed(text)).toEqual(expect.arrayContaining(["青川广播电视台 · 青川新闻", "委员提案", "以下内容摘自市政协提案系统，有删节。"]));
  });

  it("a caption of people checking a 情况 between paragraphs is a caption", () => {
    const text = ["今年汛前，全县完成山塘水库安全检查32座，整改隐患56处。", "县应急管理局工作人员检查防汛物资储备情况", "“物资储备到位，群众安全才有保障。”县应急管理局负责人说。"].join("\n");
    expect(removed(text)).toContain("县应急管理局工作人员检查防汛物资储备情况");
  });
});

describe("structure (round 6)", () => {
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

describe("departments (round 6)", () => {
  it("in a 自治区 text 我区 is the region: bare stems resolve at the provincial level", () => {
    const text = fold("我区将加快推进边境小康村建设。由自治区农业农村厅牵头，住建、财政等部门配合。");
    expect(documentLevel(text)).toBe("省");
    expect(detect(text, "省")).toEqual(expect.arrayContaining(["省住房和城乡建设厅:co", "省财政厅:co"]));
  });

  it("团委 follows the document's level; 自治区党委编办 is one body", () => {
    expect(detect("妇联、团委组织志愿者开展关爱活动。", "省")).toEqual(["省妇女联合会:lead", "共青团某省委员会:co"]);
    expect(detect("自治区党委编办会同自治区教育厅核定编制。", "省")).toEqual(expect.arrayContaining(["自治区党委编办:lead:new", "省教育厅:co"]));
  });

  it("a 文化馆's post is not a department; 海关 is a new body; 会同 and scopes keep co", () => {
    expect(detect("专访区政协委员、区文化馆馆长某某。", "区")).toEqual([]);
    expect(detect("联合海关、公安、市场监管等部门开展联合检查。", "省")).toEqual(["海关:co:new", "省公安厅:co", "省市场监督管理局:co"]);
    expect(detect("市人社局会同市教育局统筹开发基层岗位。")).toEqual(["市人力资源和社会保障局:lead", "市教育局:co"]);
  });
});
