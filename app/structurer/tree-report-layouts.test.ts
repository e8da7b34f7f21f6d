// Trees of reports as they are pasted: a problems lead-in over a background run, a lede's purpose clause,
// wrapped and indented report text, inline sequences after reported speech, dash-led items, lead phrases
// closed by a semicolon, situation headings.
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";
import { pdfPagesToText } from "./inputs/pdf-text";
import { parseLineMarker } from "./markers";
import { isBackgroundTitle } from "./kinds";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];

describe("a problems lead-in line heads a background run", () => {
  it("reads the numbered lines after `……存在三方面问题：` as background, the measures after `建议：` not", () => {
    const d = doc([
      "委员调研托育机构运营",
      "本报记者　某某",
      "近日，某区政协调研组走访了8家托育机构。",
      "调研发现，主要存在三方面问题：",
      "1.收费偏高，普惠托位不足。",
      "2.师资流动大，保育人员持证率低。",
      "3.场地难找，租金负担重。",
      "委员们建议：",
      "1.扩大普惠托位。区卫健委会同区教育局推动幼儿园开设托班。",
      "2.稳定师资队伍。开展保育人员技能培训。",
    ]);
    expect(shape(d.children)).toBe("B B B R R");
  });

  it("does the same for `（一）` problems after `问题主要表现在：`, and not after `针对这些问题：`", () => {
    const problems = doc([
      "关于规范共享单车停放的建议",
      "提案人：某某某",
      "问题主要表现在：",
      "（一）乱停乱放。地铁口单车堆积，占用盲道。",
      "（二）投放过量。部分区域车辆长期闲置。",
      "对此建议：",
      "（一）划定停放区。城管部门会同交警部门施划停放点位。",
      "（二）实行总量控制。按区域核定投放规模。",
    ]);
    expect(shape(problems.children)).toBe("B B R R");
    const remedies = doc([
      "关于规范共享单车停放的建议",
      "提案人：某某某",
      "针对这些问题：",
      "（一）划定停放区。城管部门会同交警部门施划停放点位。",
      "（二）实行总量控制。按区域核定投放规模。",
    ]);
    expect(shape(remedies.children)).toBe("R R");
  });
});

describe("a news lede's purpose clause is no measure", () => {
  it("gives a pure report opening `推动……，市政协日前……` no node", () => {
    const d = doc(["委员视察养老机构", "本报记者　某某", "推动养老服务提质增效，市政协日前组织委员视察养老机构。", "委员们走访了4家机构，与老人和护理员交流。"]);
    expect(shape(d.children)).toBe("");
  });

  it("still reads a purpose clause with a modal (`……，市民政局要……`) as a measure", () => {
    const d = doc(["关于养老服务的建议", "提案人：某某某", "推动养老服务提质增效，市民政局要建立服务质量评价制度。"]);
    expect(shape(d.children)).toBe("R");
  });
});

describe("trees (round 7)", () => {
  const tree = (text: string) => shape(structure(text).documents[0].children);

  it("under a situation heading a paragraph with a short first sentence is findings, not an item", () => {
    const text = [
      "关于某某的调研报告",
      "某市政协经济委员会",
      "为推动整治，委员会组成调研组开展调研。现将调研情况报告如下。",
      "一、基本情况",
      "全市现有农贸市场86个，其中改造提升的市场32个。今年以来，累计整改隐患120余处，市场秩序总体良好。",
      "二、对策建议",
      "（一）完善规划。建议由市商务局牵头编制市场布局规划。",
      "（二）加强监管。市市场监管局定期开展专项检查。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("under a heading of practices, lead-phrase paragraphs stay its (background) items", () => {
    const text = [
      "关于某某工作的调研报告",
      "某市政协社会法制委员会",
      "为推动基层治理，委员会开展专题调研。现将调研情况报告如下。",
      "一、主要做法",
      "建立联席会议。各街道每月召开一次联席会议，研究解决群众反映的突出问题。",
      "推行网格管理。全市划分网格1200个，每个网格配备专职网格员。",
      "二、对策建议",
      "（一）完善考核。建议由市委政法委牵头完善考核办法。",
      "（二）充实力量。市民政局指导街道充实社工队伍。",
    ].join("\n");
    expect(tree(text)).toBe("B(B B) H(R R)");
  });

  it("an answer's speaker label is no lead phrase, and a problem statement under a question heading is background", () => {
    const text = [
      "托育服务如何从“有”到“优”？",
      "——专访某区卫生健康局局长某某某",
      "一、托位够用了吗",
      "记者：不少家长反映托位难找，您怎么看？",
      "何某某：这个情况确实存在。首先，在普惠托位方面还存在缺口。其次，保育人员培训机制不健全，队伍稳定性不高。",
      "二、下一步怎么做",
      "记者：有哪些具体措施？",
      "何某某：我们准备从两个方面发力。",
      "首先，扩大普惠供给。区卫健局会同区教育局，利用幼儿园富余学位开设托班。",
      "其次，加强人员培训。区人社局将保育员纳入职业技能培训补贴范围。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a numbered section headed by a measure is a recommendation even when its text has no measure word", () => {
    const text = [
      "关于加强城区停车管理的建议",
      "近年来，我市机动车保有量快速增长，停车难问题日益突出。",
      "一、推广错时共享",
      "在机关单位和商场停车场全面安装智能道闸，空闲车位夜间向周边居民开放。",
      "二、完善收费政策。市发展改革委按区域实行差别化收费。",
    ].join("\n");
    expect(tree(text)).toBe("R R");
  });

  it("a question heading whose text tells the reader what to do is background", () => {
    const text = [
      "适老化改造补贴开始申请啦",
      "今年，我区计划为800户困难老年人家庭实施适老化改造，每户最高补贴4000元。",
      "📍怎么申请？",
      "老人或家属向社区提交申请，社区初审后报街道，区民政局组织第三方上门评估、制定改造方案。",
      "📍改造有保障",
      "严把施工质量。区民政局会同区住建局制定改造标准。",
      "加强资金监管。区财政局对补贴资金实行专账管理。",
    ].join("\n");
    expect(tree(text)).toBe("B H(R R)");
  });

  it("a PDF line holding half-width digits that stops mid-sentence continues on the next line", () => {
    const line = (text: string, x0: number, x1: number, y: number) => ({ text, x0, x1, y, size: 12 });
    const { text } = pdfPagesToText([
      {
        width: 595,
        height: 842,
        lines: [
          line("一是管网老化，全区运行超过20年的燃气管道约86公里，部分存在", 96, 500, 700),
          line("腐蚀问题；二是商户安全意识不强，瓶装液化气违规存放现象仍然存", 72, 524, 680),
          line("在。", 72, 96, 660),
        ],
      },
    ]);
    expect(text.trim().split("\n")).toEqual(["一是管网老化，全区运行超过20年的燃气管道约86公里，部分存在腐蚀问题；二是商户安全意识不强，瓶装液化气违规存放现象仍然存在。"]);
  });
});

describe("trees (round 7b)", () => {
  it("a question heading asking where the problem lies (难在哪里？) opens a background section", () => {
    const text = [
      "委员建言：让老旧小区加装电梯更顺利",
      "▶ 难在哪里？",
      "一是意见难统一，低层住户顾虑多；二是资金难筹集，居民出资意愿不强；三是审批环节多。",
      "▶ 怎么办？",
      "1. 简化审批流程。由区住建局牵头，推行一站式审批。",
      "2. 拓宽资金渠道。区财政局给予定额补贴。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toMatch(/^B/);
  });

  it("an item titled by a verb that removes a problem (打通堵点, 破除壁垒) is a measure, not background", () => {
    const text = [
      "关于完善城市慢行系统的建议",
      "　　慢行道断头路多，市民骑行不便。",
      "　　一、打通慢行断点堵点。由市住建局牵头，三年内打通主要断点。",
      "　　二、完善配套设施。沿线设置休息驿站。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });

  it("一要/二要 number items like 一是/二是 (not 要求, 要点)", () => {
    expect(parseLineMarker("二要加强督查。", "二要加强督查。")?.family).toBe("shi");
    expect(parseLineMarker("一要求各单位自查。", "一要求各单位自查。")).toBeNull();
  });

  it("a reported speech's lead-in (她建议，) before the first item keeps the first item in the list", () => {
    const text = [
      "关于加强校园周边交通管理的建议",
      "　　近日，委员们就校园周边交通问题开展调研。",
      "　　他建议，一要优化接送秩序。由区公安分局牵头，设置临时停车位。",
      "　　二要完善设施。区住建局加装护栏和减速带。",
      "　　三要加强宣传。区教育局组织交通安全课。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.title)).toEqual(["优化接送秩序", "完善设施", "加强宣传"]);
  });
});

describe("wrapped report text with indented first lines (round 12)", () => {
  // Made-up bulletin text wrapped at 16 characters; each paragraph's first line is indented.
  const bulletin = [
    "市政协调研城市口袋公园建设",
    "  5月20日，市政协组织委员调研",
    "全市口袋公园建设情况，察看了滨江、",
    "老城等区的8处口袋公园，听取了市城",
    "管局情况介绍。",
    "  委员们建议：一是科学规划布局，",
    "由市城管局牵头，结合城市更新梳理可",
    "用地块；二是提升设计品质，引导居民",
    "参与设计方案讨论；三是落实管护责任",
    "，明确各区政府为管护主体，纳入城市",
    "精细化管理考核。",
  ].join("\n");

  it("an indented first line reaches the margin with its indent: the paragraph goes on", () => {
    const doc = structure(bulletin).documents[0];
    expect(doc.intro).toContain("5月20日，市政协组织委员调研全市口袋公园建设情况");
    expect(doc.children.map((c) => c.title)).toEqual(["科学规划布局", "提升设计品质", "落实管护责任"]);
  });
});

describe("inline sequences after a reported speech (round 10, holdout-7)", () => {
  it("委员们建议，首先要……；其次要……；再次要……: the measures are items, the modal part of the marker", () => {
    const text = [
      "县政协委员热议农村燃气安全",
      "　　近年来，我县农村燃气用户快速增加，但管线老化问题突出。",
      "　　委员们建议，首先要摸清管线底数，由县住建局牵头开展排查；其次要落实巡检责任，燃气企业每月巡检一次；再次要加强宣传教育，乡镇组织安全用气宣讲。",
    ].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.marker)).toEqual(["首先要", "其次要", "再次要"]);
  });
});

describe("dash-led recommendations after a lead-in (round 10, holdout-7)", () => {
  const text = [
    "委员聚焦农村燃气安全",
    "　　在日前召开的县政协常委会会议上，农村燃气安全成为委员们关注的焦点。",
    "　　针对这些问题，委员们建议：",
    "　　——摸清管线底数。由县住建局牵头，对全县农村燃气管线开展全面排查。",
    "　　——补齐巡检力量短板。燃气企业按用户数配齐巡检人员，每月巡检一次。",
    "　　县住建局有关负责人表示，将吸纳委员建议，年内完成隐患整改。",
  ].join("\n");

  it("a lead dash is no part of a title's words (补齐…短板 is a measure); a reported statement closes the list", () => {
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });
});

describe("lead phrases closed by a semicolon (round 10, holdout-7)", () => {
  it("a first clause with a comma, closed by ；, is no lead phrase: the numbered line's text, not an item", () => {
    const text = [
      "关于加强农村燃气安全的建议",
      "近年来，我县农村燃气用户快速增加，但管线老化问题突出。",
      "一、摸清管线底数",
      "由县住建局牵头，对全县农村燃气管线开展全面排查。",
      "二、落实巡检责任",
      "推动出台燃气巡检管理办法，让巡检有章可循；县应急局加强监督检查，消除安全隐患。",
    ].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R");
  });
});

describe("situation headings (round 10, holdout-7)", () => {
  it("a heading ending in a situation noun (态势, 状况, 形势, 概况) opens background", () => {
    expect(isBackgroundTitle("产业发展态势")).toBe(true);
    expect(isBackgroundTitle("燃气安全状况")).toBe(true);
    expect(isBackgroundTitle("提升燃气安全状况")).toBe(false);
  });
});
