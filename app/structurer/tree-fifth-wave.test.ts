/**
 * The tree's fifth wave (docs/structure-format.md, "Tree (2026-12-03, fifth wave)"): an annex
 * after the text is held as the text of the node it follows, and a narrow printed column whose
 * lines carry figures is rejoined (its margin counted in display columns) before chrome and
 * headings are judged. Every input is made up for the test; none is taken from a corpus or
 * batch text.
 */
import { describe, expect, it } from "vitest";
import { displayWidth, textBlocks } from "./blocks";
import { isAnnexLabel, isLoneAnnexLabel } from "./annex";
import { fold } from "./fold";
import { removed, shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

const allText = (nodes: { text: string; children: unknown[] }[]): string =>
  nodes.map((n) => n.text + "\n" + allText(n.children as { text: string; children: unknown[] }[])).join("\n");

describe("an annex after the text", () => {
  const report = [
    "关于改善山区学校饮水条件的调研报告",
    "某县政协教科卫体委员会",
    "一、基本情况",
    "全县山区学校共31所，其中12所仍以山泉水为主要水源。",
    "二、意见建议",
    "1．实施净水设备全覆盖。县教育局会同县水利局为山区学校配备净水设备。",
    "2．建立水质定期检测制度。县疾控中心每学期对学校饮用水抽检一次。",
    "附件：1．山区学校水源情况表",
    "　　　2．检测点位清单",
    "附件1",
    "山区学校水源情况表",
    "序号\t学校\t水源\t人数",
    "1\t某某小学\t山泉水\t230",
    "（其余略）",
    "附件2",
    "检测点位清单",
    "1．某某小学食堂",
    "2．某某中学宿舍区",
    "2026年9月3日",
  ];

  it("holds the attachment list, the annexes' labels, titles and rows as text of the last item", () => {
    const d = doc(report);
    expect(shape(d.children)).toBe("B H(R R)");
    const last = d.children[1].children[1];
    for (const line of ["附件1", "山区学校水源情况表", "（其余略）", "附件2", "检测点位清单", "1．某某小学食堂"]) expect(last.text).toContain(line);
    expect(removed(report.join("\n"))).toEqual(["2026年9月3日"]);
  });

  it("reads an appendix under a Markdown heading the same way", () => {
    const d = structure(
      [
        "# 关于规范共享单车停放的建议",
        "",
        "城区共享单车投放量逐年增加，乱停乱放问题突出。为此建议：",
        "",
        "1. 划定停放区域。区城管局在地铁口和商圈周边施划停放框。",
        "2. 落实企业责任。区交通局督促运营企业按时清运。",
        "",
        "## 附录",
        "",
        "- 重点点位：某某地铁站、某某广场",
        "- 调查时间：2026年5月",
      ].join("\n"),
    ).documents[0];
    expect(shape(d.children)).toBe("R R");
    expect(d.children[1].text).toContain("重点点位");
  });

  it("a 公文's attachment line whose file is not in the text stays metadata", () => {
    const text = ["关于做好汛期安全工作的通知", "各乡镇：", "一、压实责任。各乡镇要落实包保责任。", "二、加强值守。汛期实行24小时值班。", "附件：值班表（略）", "某县应急管理局", "2026年6月1日"].join("\n");
    expect(removed(text)).toContain("附件：值班表（略）");
  });

  it("knows a label from a sentence that names an attachment", () => {
    expect(isLoneAnnexLabel(fold("附件2"))).toBe(true);
    expect(isLoneAnnexLabel(fold("附录一"))).toBe(true);
    expect(isAnnexLabel(fold("附件：1．某某名单"))).toBe(true);
    expect(isAnnexLabel(fold("附件中的数据来自抽样调查。"))).toBe(false);
  });
});

describe("a narrow printed column with figures", () => {
  it("counts a Han character as two display columns, a digit as one", () => {
    expect(displayWidth("供水管网2.5公里")).toBe(2 * 6 + 3);
  });

  // A fax of a bulletin, photographed and OCR'd: 12 Han characters a line, fewer where figures stand.
  const column = [
    "关于加快老旧供水管网改造的建议",
    "市政协委员　某某某",
    "全市现有供水管网1860公里，",
    "其中使用超过30年的老旧管",
    "网约420公里，漏损率达到1",
    "8%，远高于国家要求的9%以",
    "内，每年损失水量约600万",
    "吨，居民反映水压不足、水",
    "质发黄等问题较多。",
    "建议：",
    "一、制定分年度改造计划。",
    "市水务局牵头摸清管网底数，",
    "按照先急后缓原则，三年内",
    "完成全部老旧管网改造，群",
    "众可扫码查看进度的公示平",
    "台同步上线运行。",
    "二、多渠道筹集改造资金。",
    "市财政局统筹专项债券和中",
    "央预算内资金，供水企业按",
    "比例承担改造费用，对困难",
    "小区适当倾斜。",
  ];

  it("rejoins the wrapped lines, keeps the headline and the name line apart, and reads the items", () => {
    const blocks = textBlocks(column).map((b) => b.text);
    expect(blocks[0]).toBe("关于加快老旧供水管网改造的建议");
    expect(blocks[1]).toMatch(/^市政协委员\s+某某某$/);
    // (a number broken at the margin joins with a space, as Latin words do: blocks.ts, joinSeparator)
    expect(blocks[2]).toMatch(/^全市现有供水管网1860公里，其中使用超过30年的老旧管网约420公里，漏损率达到1 ?8%，远高于.*问题较多。$/);
    const d = doc(column);
    expect(d.title).toBe("关于加快老旧供水管网改造的建议");
    expect(shape(d.children)).toBe("R R");
  });

  it("keeps a fragment inside a wrapped paragraph that a word list would take for an app prompt", () => {
    const d = doc(column);
    expect(allText(d.children)).toContain("群众可扫码查看进度的公示平台同步上线运行");
    expect(removed(column.join("\n"))).not.toContain("众可扫码查看进度的公示平");
  });

  it("leaves one paragraph per line alone (no margin when the widths differ)", () => {
    const lines = ["一、加强统筹。市发改委牵头制定方案。", "二、保障资金。", "三、强化考核，纳入年度目标管理，按季度通报进展情况。", "四、做好宣传。"];
    expect(textBlocks(lines)).toHaveLength(4);
  });
});

describe("a section of reported speech", () => {
  it("several speakers' words reported under a section are background, even where one proposes", () => {
    const d = doc([
      "某区政协“口袋公园建设”界别协商会纪要",
      "一、会议情况",
      "5月9日，区政协召开界别协商会，6位委员围绕口袋公园建设发言。",
      "二、交流发言",
      "委员、某设计院规划师甘某某说，现有口袋公园大多只铺了草坪，缺少座椅和遮阴。",
      "委员、某小学教师柏某某表示，孩子放学后没有就近活动的地方，建议增加儿童游戏设施。",
      "三、协商意见",
      "（一）补齐休憩设施。区城管局为口袋公园增设座椅和遮阴设施。",
      "（二）增加儿童游戏空间。区住建局在新建口袋公园中预留儿童活动区。",
    ]);
    expect(shape(d.children)).toBe("B B H(R R)");
  });

  it("a body's collective view or a leader's instruction is no report: it may recommend", async () => {
    const { reportedSpeech } = await import("./kinds");
    expect(reportedSpeech(fold("县政协委员、某校校长某某说，宿舍不足。"))).toBe(true);
    expect(reportedSpeech(fold("委员们表示，要加快建设。"))).toBe(false);
    expect(reportedSpeech(fold("副主席某某在讲话中说，要抓好落实。"))).toBe(false);
    expect(reportedSpeech(fold("会议认为，应当加快推进。"))).toBe(false);
  });
});

describe("a problem noun after a remedy verb", () => {
  it("names a measure wherever the verb stands in the title", async () => {
    const { isBackgroundTitle } = await import("./kinds");
    expect(isBackgroundTitle("养老服务补短板")).toBe(false);
    expect(isBackgroundTitle("审批流程疏堵点")).toBe(false);
    expect(isBackgroundTitle("基层医疗的短板")).toBe(true);
    expect(isBackgroundTitle("存在的主要问题")).toBe(true);
  });

  it("so a paragraph opening with one is an item like its siblings", () => {
    const d = doc([
      "委员建言：让社区食堂开得下去",
      "调研发现，不少社区食堂开业一年就难以为继。为此建议：",
      "场地成本降下来。街道统筹闲置用房，免费或低价提供给社区食堂。",
      "供餐能力补短板。区民政局推动中央厨房向社区食堂配送，扩大供餐范围。",
      "运营模式求长效。引入专业餐饮企业连锁运营，区财政对老年人用餐给予补贴。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });
});

describe("a wrapped line that opens with punctuation", () => {
  // A plain-text e-mail wrapped at about thirty characters, its line breaks moved before commas.
  const mail = [
    "关于规范城区夜市经营的几点意见",
    "　　近期我们走访了城区三处夜市，摊位超出划定区域、油烟直排、",
    "垃圾清运不及时等问题比较突出，周边居民多次投诉，影响了夜市的",
    "口碑和可持续经营，需要尽快加以规范。",
    "　　会后，调研组提出：一是划定经营区域",
    "，区城管局按路段核定摊位数量，超出区域的一律清退；",
    "　　二是统一油烟净化",
    "，区生态环境分局指导摊主安装小型油烟净化设备；",
    "　　三是落实垃圾清运",
    "，区环卫中心在夜市收市后一小时内完成清运。",
  ];

  it("joins the comma-led line to the line above, which then splits at its first marker", () => {
    const blocks = textBlocks(mail).map((b) => b.text);
    expect(blocks).toContain("二是统一油烟净化，区生态环境分局指导摊主安装小型油烟净化设备；");
    const d = doc(mail);
    expect(shape(d.children)).toBe("R R R");
    expect(d.children.map((c) => c.title)).toEqual(["划定经营区域", "统一油烟净化", "落实垃圾清运"]);
  });

  it("never joins a line that ends a sentence to one opening with a closing mark", () => {
    const lines = ["　　一、加快建设。市住建局牵头推进项目建设，力争年底前完成主体工程。", "）", "二、保障资金。市财政局统筹专项资金，对重点项目优先保障。"];
    expect(textBlocks(lines).map((b) => b.text)[0]).toMatch(/完成主体工程。$/);
  });
});

describe("a field naming a person by role", () => {
  it("is no section heading over the intro (`特邀嘉宾：`, `受访代表：`)", async () => {
    const { cannotHead } = await import("./tree-heading-shape");
    expect(cannotHead("受访代表：区人大代表、某社区书记　某某")).toBe(true);
    expect(cannotHead("特邀专家：市政协委员　某某")).toBe(true);
    expect(cannotHead("完善社区服务")).toBe(false);
    const d = doc([
      "代表面对面｜老旧小区停车难怎么解？",
      "受访代表：区人大代表、某社区党委书记　某某",
      "本期我们邀请某某代表，谈谈老旧小区停车难的破解之道。",
      "难在哪里",
      "记者：小区停车难到什么程度？",
      "某某：晚上七点以后基本找不到车位，消防通道也被占了。",
      "怎么破解",
      "记者：您有什么建议？",
      "某某：我有两点建议。",
      "一是挖潜共享车位。区住建局推动周边机关单位夜间开放停车场。",
      "二是建设立体车库。区发改局支持利用边角地建设机械式立体车库。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});
