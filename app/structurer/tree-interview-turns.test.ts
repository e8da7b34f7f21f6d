/**
 * The tree on interviews, talks and transcripts: questions, answers and speakers' turns (docs/structure-format.md,
 * "Tree: conversational and unnumbered text"; split from tree-conversational.test.ts). Every input is made up for the test; none is taken
 * from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isBackgroundTitle } from "./kinds";
import { isClearlyNarrative, isSectionHeading } from "./paragraphs";
import { shape, structure } from "./rule-test-support";
import { textBlocks } from "./blocks";
import { glyphTurns } from "./interview-turns";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const tree = (lines: string[]) => shape(doc(lines).children);

describe("an interviewer's labelled question is a turn", () => {
  it("`Q2.`/`问3｜` questions head no section, and the last one closes the list of answers", () => {
    const text = [
      "河道保洁，谁来管？",
      "——书面访谈区政协委员某某",
      "Q1. 您为什么关注河道保洁？",
      "某某：我家门口就是一条河，这几年水面垃圾多了起来，群众意见不少。",
      "Q2. 您有哪些建议？",
      "某某：我提出以下建议。",
      "① 明确保洁责任。由区水务局牵头，逐段落实河道保洁单位。",
      "② 加大保洁投入。区财政局要把河道保洁经费纳入年度预算。",
      "Q3. 您对办理结果满意吗？",
      "某某：区水务局已经来调研过，表示年内完成全部河段的招标。",
    ];
    expect(tree(text)).toBe("R R");
    expect(isSectionHeading(fold("问3｜您最想对读者说什么？"))).toBe(false);
    // A question heading of an explainer still heads its section.
    expect(isSectionHeading(fold("谁可以申请？"))).toBe(true);
  });

  it("a question counted with only a space after its number (`Q1　……？`, `问2 ……？`) is a turn too (twentieth wave)", () => {
    expect(isSectionHeading(fold("Q1　夜校为什么这么受欢迎？"))).toBe(false);
    expect(isSectionHeading(fold("问2 提案提出的建议落实得怎么样？"))).toBe(false);
    // Not a heading that happens to start with a Q and a number but asks nothing.
    expect(isSectionHeading(fold("问题一 资金缺口较大"))).toBe(true);
    const text = [
      "社区食堂，怎样越办越好？",
      "——书面访谈区政协委员某某",
      "Q1　社区食堂现在经营得怎么样？",
      "A：全区建成社区食堂12家，但有一半处于亏损状态。",
      "Q2　您有哪些建议？",
      "A：主要是两点。",
      "1. 降低运营成本。区民政局会同区商务局，为社区食堂减免场地租金。",
      "2. 拓宽服务对象。鼓励社区食堂向上班族开放，区市场监管局加强食品安全抽检。",
      "Q3　居民怎样反映意见？",
      "A：可以在社区服务站留言。",
    ];
    expect(tree(text)).toBe("R R");
  });

  it("a question alone is never a recommendation, even after `建议如下：`", () => {
    expect(isClearlyNarrative(fold("您觉得这些建议多久能落地？"))).toBe(true);
    expect(isClearlyNarrative(fold("加快建设步伐。由市住建局牵头。"))).toBe(false);
  });
});

describe("transcript turns", () => {
  it("each measure in a turn of its own (`嘉宾：其次，……`) is an item; a counted question stays a question", () => {
    const text = [
      "委员谈｜让小区充电不再难",
      "主持人：充电难的症结在哪里？",
      "某某：车多桩少，老小区电力容量不够。",
      "主持人：您有什么建议？",
      "某某：首先，加快公共充电桩建设。区发改局要把充电设施纳入社区改造计划。",
      "某某：其次，推进电力扩容。供电公司要优先对老小区开展线路改造。",
      "某某：最后，规范收费管理。区市场监管局要加强充电收费检查。",
      "主持人：最后，您对车主有什么提醒？",
      "某某：安全充电，不要私拉电线。",
    ];
    expect(tree(text)).toBe("R R R");
  });

  it("the items of an answer to `存在哪些问题？` are background; the answer to `有何建议？` gives recommendations", () => {
    const text = [
      "委员问答｜城中村消防怎么管",
      "问：城中村消防目前存在哪些问题？",
      "答：主要有两点。一是通道被占，消防车进不去巷子里的楼；二是电线私拉乱接，火灾隐患多。",
      "问：您有何建议？",
      "答：我建议，一是清理消防通道，由街道牵头组织集中整治；二是改造老旧线路，区应急管理局要会同供电公司开展专项排查。",
    ];
    expect(tree(text)).toBe("B B R R");
  });

  it("a question about which topic (`您关注的是哪个问题？`) is no problem question", () => {
    const text = [
      "代表委员通道｜关注中小企业账款",
      "记者：您今年关注的是哪个问题？",
      "某某：我关注的是拖欠账款问题。我建议：一是开展清欠专项行动，由区工信局牵头；二是畅通纠纷化解渠道，依托区法院诉调对接平台。",
    ];
    expect(tree(text)).toBe("R R");
  });
});

describe("a transcript's time marks and speaker turns", () => {
  it("a time mark before the label does not hide the speaker; a turn opens an item only by its numbering", () => {
    const text = [
      "《民生访谈》文字实录：社区养老驿站怎么办好",
      "问题在哪",
      "（09:01）主持人：驿站现在运行得怎么样？",
      "（09:02）唐某某：困难不少。很多驿站场地小、人手少，老人来了也没什么可做。",
      "有何建议",
      "（09:10）主持人：您有什么建议？",
      "（09:11）唐某某：第一，扩大驿站场地。建议区民政局牵头，盘活社区闲置用房。",
      "（09:14）唐某某：第二，充实服务人员。区人社局开展养老护理员培训。",
      "（09:18）主持人：谢谢唐委员。",
    ];
    expect(tree(text)).toBe("B H(R R)");
  });

  it("an answer's short first sentence (`A：手续多、时间长。`) opens no item under a section", () => {
    const text = [
      "委员访谈｜个体户办证，怎样少跑腿",
      "难在哪里",
      "Q：个体户办证难在哪里？",
      "A：手续多、时间长。很多人反映要跑好几个窗口，材料也要反复提交。",
      "Q：还有别的问题吗？",
      "A：信息不透明。办事指南更新不及时，群众不知道去哪里问。",
      "怎么办",
      "Q：您有什么建议？",
      "A：我建议做三件事。",
      "一要推行一窗通办。区政务服务中心设立综合窗口。",
      "二要精简申请材料。区市场监管局梳理材料清单。",
      "三要公开办事指南。各部门及时更新网上指南。",
    ];
    expect(tree(text)).toBe("B H(R R R)");
  });
});

describe("talks: guests and problem headings", () => {
  it("takes a guest listed in the head who speaks once for a speaker", () => {
    const d = doc([
      "夜间经济怎么“亮”起来",
      "嘉宾：市政协委员、某商会会长　某甲",
      "　　　市政协委员、某大学教授　某乙",
      "　　　市政协委员、某区副区长　某丙",
      "难题",
      "记者：夜市为什么留不住人？",
      "某甲：业态单一，周边停车也难。",
      "某乙：夜间公交班次少，游客来了回不去。",
      "对策",
      "记者：怎么破解？",
      "某甲：第一，丰富夜间业态。商务部门引导特色餐饮和文创进街区。",
      "某乙：第二，延长夜间公交。公交集团在周末加开夜班线路。",
      "某丙：第三，完善停车配套。区里将利用边角地增设临时停车场。",
    ]);
    expect(shape(d.children)).toBe("B H(R R R)");
  });

  it("numbers a report's dated chapters (`一、2026年……`)", () => {
    const d = doc([
      "某街道议事会年度报告",
      "一、2026年工作回顾",
      "过去一年，议事会共召开议事会议14次，办结居民议题37件。",
      "二、2027年工作打算",
      "（一）扩大议事覆盖面。每个小区设立议事小组。",
      "（二）规范议事程序。制定议事清单和公示制度。",
    ]);
    expect(shape(d.children)).toBe("B H(R R)");
  });
});

describe("glyph turn marks", () => {
  it("reads `■问：` / `□答：` turns as a dialogue, not as bullets", () => {
    const d = doc([
      "让社区书屋热起来",
      "本刊记者　某某",
      "■问：您为什么关注社区书屋？",
      "□答：不少书屋常年关门，居民借不到书。",
      "■问：您有什么建议？",
      "□答：延长开放时间。街道要安排志愿者轮值，晚间和周末开放。",
      "更新图书品种。区文化部门每年为书屋补充新书。",
    ]);
    expect(shape(d.children)).toBe("R R");
    expect(d.children[0].title).toBe("延长开放时间");
  });

  it("reads two glyphs each opening two turns as a dialogue (a guest's name, no interviewer label)", () => {
    const d = doc([
      "夜市管理，怎样既热闹又有序",
      "●小编：夜市为什么让人又爱又恨？",
      "○某委员：油烟和噪声扰民，占道经营也多。",
      "●小编：怎么管好？",
      "○某委员：划定经营区域。城管部门要会同街道划出固定摊位，错开居民区。",
      "规范油烟排放。摊主统一使用油烟净化设备。",
    ]);
    expect(shape(d.children)).toBe("R R");
  });

  it("keeps one glyph over speakers' remarks (no interviewer, no second glyph) and a glyph byline", () => {
    const blocks = textBlocks([
      "委员热议老旧小区加装电梯",
      "□ 记者 某某",
      "● 某某：建议简化审批流程。住建部门要推行一窗受理，限时办结。",
      "● 某某某：建议加大补贴力度。财政部门对低层住户给予适当补偿。",
    ]);
    expect(glyphTurns(blocks)).toBe(blocks);
  });
});

describe("a question in a section", () => {
  it("leaves a heading over a question and a problem answer background", () => {
    const d = doc([
      "老旧小区停车，难题怎么解",
      "记者：您为什么关注停车问题？",
      "某某：居民反映很多。",
      "◎ 车位缺口有多大",
      "记者：小区停车主要缺在哪些地方？",
      "某某：一个小区八百户，只有两百个车位，晚上车辆只能停在消防通道上。",
      "◎ 办法有哪些",
      "记者：您有什么建议？",
      "某某：盘活周边车位。机关单位夜间向居民开放停车场。",
      "发展立体车库。住建部门在有条件的小区建设机械车库。",
    ]);
    expect(shape(d.children)).toMatch(/H\(R R\)$/);
  });
});

describe("an answer that opens with 首先", () => {
  it("cuts `答：首先，……。其次，……。最后，……。` into one item per measure", () => {
    const d = doc([
      "小区充电难，怎么解？",
      "问：您有什么建议？",
      "答：首先，加快充电桩建设。住建部门要在新建小区预留充电设施。其次，规范收费标准。发改部门要公布充电服务费上限。最后，加强安全管理。消防部门定期检查。",
    ]);
    expect(shape(d.children)).toBe("R R R");
  });
});

describe("interviews: answers that count their measures, why-questions (round 12)", () => {
  const talk = [
    "让老旧小区用上放心电梯",
    "——访市住建局局长某某某",
    "加装为何推进慢",
    "记者：加装电梯为什么推进得慢？",
    "某某某：主要是意见难统一，一楼住户担心采光和噪音，资金分摊也难谈拢。",
    "下一步怎么干",
    "记者：下一步有哪些打算？",
    "某某某：我们准备做两件事。第一，简化审批，推行联合审批“一窗受理”；第二，拓宽资金渠道，允许提取住房公积金用于加装电梯。",
    "记者：居民还关心维保问题。",
    "某某某：维保责任落实到产权单位，物业企业做好日常巡查。",
  ].join("\n");

  it("a speaker's answer that counts its measures inline gives the section its items, not a node of its own", () => {
    const doc = structure(talk).documents[0];
    expect(shape(doc.children)).toBe("B H(R R)");
    expect(doc.children[1].children.map((c) => c.title)).toEqual(["简化审批", "拓宽资金渠道，允许提取住房公积金用于加装电梯"]);
  });

  it("a why-question heading opens the causes: background", () => {
    expect(isBackgroundTitle("加装为何推进慢")).toBe(true);
    expect(isBackgroundTitle("垃圾分类为什么难")).toBe(true);
    expect(isBackgroundTitle("加快推进加装电梯")).toBe(false);
  });
});

describe("online interviews with bracketed turns (round 10)", () => {
  const interview = [
    "访谈主题：让农村燃气用得更安全",
    "访谈嘉宾：县政协委员 苗某某",
    "【主持人】各位网友好！今天请来县政协委员苗某某，聊聊农村燃气安全。",
    "【苗某某】大家好！",
    "【网友“山间清风”】村里的燃气管子老化了怎么办？",
    "【苗某某】这个问题确实存在，不少管线用了十多年。",
    "【主持人】您有什么建议？",
    "【苗某某】我有三点建议。首先，摸清管线底数。县住建局牵头开展全面排查，建立隐患台账。其次，落实巡检责任。燃气企业每月巡检一次。最后，加强宣传教育。乡镇组织安全用气宣讲进村入户。",
    "【主持人】谢谢苗某某委员！",
  ].join("\n");

  it("the bracketed labels are speakers: a netizen's question is no heading; the counted measures are the items", () => {
    const doc = structure(interview).documents[0];
    expect(shape(doc.children)).toBe("R R R");
    expect(doc.children.map((n) => n.title)).toEqual(["摸清管线底数", "落实巡检责任", "加强宣传教育"]);
  });

  it("a one-off bracketed tag (【案由】) is no speaker's turn, and points of an argument are not cut", () => {
    const tags = structure(["关于农村燃气安全的建议", "【案由】农村燃气管线老化，隐患较多。", "【办法】一是摸清底数。县住建局牵头排查。二是落实巡检。燃气企业每月巡检。"].join("\n"));
    expect(tags.documents[0].intro).toContain("【案由】");
    const argument = structure(["农村燃气安全的几点思考", "他说，这件事不好办。首先，在管线方面还存在老化问题。其次，在巡检方面仍然存在缺口。"].join("\n"));
    expect(argument.documents[0].children).toHaveLength(0);
  });
});
