import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";
import { closingSignatures, gluedSignature, signatureInParentheses, speakerLines, speakerTag } from "./speaker-tags";

const documents = (text: string) => structure(text, { directory: [] }).documents;

describe("speaker tags and closing signatures (speaker-tags.ts)", () => {
  it("reads the name line behind a bracketed role label, and no staff credit", () => {
    expect(speakerTag("【作者】致公党某市委员会")?.byline).toBe("致公党某市委员会");
    expect(speakerTag("［发言人］区政协委员、某学校校长　龙某某")?.byline).toBe("区政协委员、某学校校长　龙某某");
    expect(speakerTag("【作者】本报记者　某某")).toBeNull();
    expect(speakerTag("【委员建议】老旧小区加装电梯审批环节多。")).toBeNull();
  });

  it("reads a speaker's name in parentheses, not a credit or an author note", () => {
    expect(signatureInParentheses("（九三学社某市委员会）")?.byline).toBe("九三学社某市委员会");
    expect(signatureInParentheses("(市政协委员、某医院主任医师 顾某某)")?.byline).toBe("市政协委员、某医院主任医师 顾某某");
    expect(signatureInParentheses("（记者　某某　摄）")).toBeNull();
    expect(signatureInParentheses("（本报记者 某某 整理）")).toBeNull();
    expect(signatureInParentheses("（作者系市政协委员、某医院副院长）")).toBeNull();
    expect(signatureInParentheses("（2026年5月）")).toBeNull();
  });

  it("one signature proves nothing; two, each but the last over a headline, are a signed page", () => {
    const one = ["让路灯亮起来", "老街路灯年久失修。建议尽快更换。", "（民进某区委员会）"];
    expect(closingSignatures(one)).toEqual([]);
    const two = [...one, "", "让河道清起来", "河道淤积严重。建议定期清淤。", "（九三学社某区委员会）", "（本报记者 某某 整理）"];
    expect(closingSignatures(two)).toEqual([2, 6]);
    // A signature not followed by a headline (a quote follows) is no article's end.
    const quoted = [...one, "“我们还会继续跟踪。”他说。", "让河道清起来", "河道淤积严重。建议定期清淤。", "（九三学社某区委员会）"];
    expect(closingSignatures(quoted)).toEqual([]);
  });

  it("splits a page whose articles are signed at their end, the page's headline and lede staying with the first", () => {
    const page = [
      "某区融媒　第2版",
      "议事厅里听民声",
      "——区政协常委会专题协商发言选登",
      "　　5月12日，区政协召开常委会会议，围绕社区治理协商议政。",
      "给社区食堂添把火",
      "　　社区食堂运营成本高。建议区民政局牵头，对运营主体给予场地支持。",
      "（区政协委员、某街道社工站站长　岑某某）",
      "让充电桩进小区",
      "　　老旧小区充电难。一是由区住建局牵头摸排车位；二是供电公司配合扩容。",
      "（民革某区支部）",
      "（本报记者　某某　整理）",
    ].join("\n");
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["给社区食堂添把火", "让充电桩进小区"]);
    expect(docs.map((d) => d.byline)).toEqual(["区政协委员、某街道社工站站长　岑某某", "民革某区支部"]);
    expect(docs[0].intro).toContain("议事厅里听民声");
  });

  it("a speaker tag above each headline opens that article, also when the page's headline stands above the first tag", () => {
    const page = [
      "某县报　2026年3月6日",
      "县政协全会发言摘登",
      "【发言人】县政协委员、某镇卫生院院长　时某某",
      "守好村民家门口的诊所",
      "　　村卫生室设备陈旧。建议县卫健局制定更新计划。",
      "【发言人】民盟某县总支部",
      "给小微企业贷款松松绑",
      "　　小微企业贷款难。建议县金融办牵头举办对接会。",
    ].join("\n");
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["守好村民家门口的诊所", "给小微企业贷款松松绑"]);
    expect(docs.map((d) => d.byline)).toEqual(["县政协委员、某镇卫生院院长　时某某", "民盟某县总支部"]);
  });

  it("a speaker tag over a headline after a paragraph is left to the splitter, never taken for a caption", () => {
    const page = [
      "某某发布",
      "【作者】区政协委员、某中学校长 莫某某",
      "把课后服务做细",
      "　　课后服务内容单一。建议区教育局会同区文旅局引入场馆资源。",
      "【作者】区政协委员、某街道卫生服务中心主任 龚某某",
      "让慢病随访进家门",
      "　　慢病老人复诊难。建议区卫健局推行家庭医生上门随访。",
    ];
    expect(speakerLines(page)).toEqual([1, 4]);
    expect(documents(page.join("\n")).map((d) => d.title)).toEqual(["把课后服务做细", "让慢病随访进家门"]);
  });

  it("signs with a dash or a bare name line too; bare names count only when the last one ends the page", () => {
    const dashed = [
      "把社区诊所办到家门口",
      "　　社区诊所少。建议市卫健委统筹布点。",
      "——市政协委员、某医院主任 乔某某",
      "让外卖骑手有个歇脚处",
      "　　骑手驿站不够用。建议市总工会牵头建设。",
      "——民建某市委员会",
    ];
    expect(documents(dashed.join("\n")).map((d) => [d.title, d.byline])).toEqual([
      ["把社区诊所办到家门口", "市政协委员、某医院主任 乔某某"],
      ["让外卖骑手有个歇脚处", "民建某市委员会"],
    ]);
    const bare = dashed.map((l) => l.replace(/^——/, ""));
    expect(closingSignatures(bare)).toEqual([2, 5]);
    // Names above their headlines: the last name has a headline after it, so they are no signatures.
    const above = ["九三学社某市委员会", ...bare.slice(0, 2), "民建某市委员会", ...bare.slice(3, 5)];
    expect(closingSignatures(above)).toEqual([]);
  });

  it("the first signed article starts at its headline, not at a heading after its numbered items", () => {
    const page = [
      "协商议政　共谋发展",
      "　　6月2日，市政协召开专题协商会。本版摘登两篇发言。",
      "让老街区留住老味道",
      "　　老街区改造中，部分老字号外迁。",
      "　　（一）保留原有业态。市商务局要建立老字号名录。",
      "　　（二）控制租金涨幅。市住建局要出台租金指导办法。",
      "下一步工作",
      "　　各区要尽快制定实施方案，并向社会公布。",
      "（民进某市委员会）",
      "让夜经济亮起来",
      "　　夜间消费场景不多。建议市文旅局牵头打造夜间街区。",
      "（市政协委员、某商会会长　詹某某）",
    ].join("\n");
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["让老街区留住老味道", "让夜经济亮起来"]);
    expect(docs[0].intro).toContain("协商议政");
  });

  it("a reply wall whose replies are signed by the answering body splits at each signature", () => {
    const page = [
      "小区门口的路灯坏了三个月",
      "　　我家小区门口的路灯坏了很久，晚上出行很不方便，希望尽快修复。",
      "　　答复：经现场核查，该路段路灯线路老化，我局已安排维修，目前已恢复照明。",
      "（市城市管理局）",
      "公交站台能否加装遮雨棚",
      "　　雨天候车没有遮挡，老人孩子淋雨。",
      "　　答复：我局已将该站台列入今年候车亭改造计划，预计九月完工。",
      "（市交通运输局）",
    ].join("\n");
    const docs = documents(page);
    expect(docs.map((d) => d.byline)).toEqual(["市城市管理局", "市交通运输局"]);
    expect(docs.map((d) => d.title)).toEqual(["小区门口的路灯坏了三个月", "公交站台能否加装遮雨棚"]);
  });

  it("reads a signature glued to the article's last sentence (third wave), and no credit or note there", () => {
    expect(gluedSignature("建议州能源局牵头建立运维服务平台。（民建某州委员会）")).toEqual({
      who: { byline: "民建某州委员会", organisation: "民建某州委员会" },
      text: "建议州能源局牵头建立运维服务平台。",
    });
    expect(gluedSignature("建议州能源局牵头建立运维服务平台。（记者　某某）")).toBeNull();
    expect(gluedSignature("建议州能源局牵头建立运维服务平台（试行）")).toBeNull();
    const page = [
      "某州日报　2026年5月14日　第3版",
      "给村级光伏电站找个“管家”",
      "　　不少村级光伏电站缺乏专业运维。建议州能源局牵头建立运维服务平台，让电站持续为村集体增收。（州政协委员、某电力设计院高级工程师　阮某某）",
      "让乡村快递更顺畅",
      "　　农村快递网点分散，群众取件不便。建议州邮政管理局统筹整合快递资源。（民建某州委员会）",
      "（本版稿件由州政协办公室提供）",
    ].join("\n");
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["给村级光伏电站找个“管家”", "让乡村快递更顺畅"]);
    expect(docs.map((d) => d.byline)).toEqual(["州政协委员、某电力设计院高级工程师　阮某某", "民建某州委员会"]);
    expect(docs[1].intro).toBe("农村快递网点分散，群众取件不便。建议州邮政管理局统筹整合快递资源。");
  });
});

describe("speakers' name lines over their headlines, and a column's kicker (fifth wave)", () => {
  const page = [
    "代表心声：把口袋公园建到家门口",
    "在近日召开的市人大代表座谈会上，代表们围绕口袋公园建设提出意见，现摘登两位代表的发言。",
    "市人大代表、某社区党委书记 某某某",
    "用好边角地块",
    "老城区地块零碎，建议把拆违后的边角地改造成口袋公园，让居民出门就能歇歇脚。",
    "市人大代表、某设计院规划师 某某",
    "建好也要管好",
    "有的口袋公园建成后缺人管护，建议由街道落实日常保洁和设施维修责任。",
  ];

  it("keeps each repeated name line from the chrome stage (no caption between two speeches)", () => {
    expect(speakerLines(page)).toEqual([2, 5]);
    // One name line over a headline proves nothing: a single article's byline.
    expect(speakerLines(page.slice(0, 5))).toEqual([]);
  });

  it("splits the page at each name line; the kicker's label before a colon names no speaker", () => {
    const docs = documents(page.join("\n"));
    expect(docs.map((d) => d.title)).toEqual(["用好边角地块", "建好也要管好"]);
    expect(docs.map((d) => d.byline)).toEqual(["市人大代表、某社区党委书记 某某某", "市人大代表、某设计院规划师 某某"]);
    expect(docs[0].intro.startsWith("代表心声：把口袋公园建到家门口")).toBe(true);
  });
});

describe("speakers' name lines behind a photo's caption", () => {
  const page = [
    "老楼电梯养护难怎么破",
    "9月1日，市政协召开对口协商会，委员围绕电梯维保建言。",
    "图为协商会现场",
    "市政协委员、某电梯公司技术总监　某某",
    "设立维保资金",
    "近四成小区没有稳定的维保资金来源，市住建局应指导建立专项资金。",
    "九三学社某市委会",
    "推行电梯保险",
    "电梯维保市场低价竞争的情况时有发生，市市场监管局可推广电梯安全责任保险。",
  ];

  it("keeps the name line after the caption once the page shows the order after a sentence", () => {
    expect(speakerLines(page)).toEqual([3, 6]);
    // Behind captions only, the order is never shown after a sentence: nothing is proven.
    expect(speakerLines([page[0], page[2], ...page.slice(3, 6), "图为委员发言", ...page.slice(6)])).toEqual([]);
  });

  it("splits the page per speaker, the page's headline and lede the first speech's intro", () => {
    const docs = structure(page.join("\n"), undefined).documents;
    expect(docs.map((d) => d.title)).toEqual(["设立维保资金", "推行电梯保险"]);
    expect(docs.map((d) => d.byline)).toEqual(["市政协委员、某电梯公司技术总监　某某", "九三学社某市委会"]);
  });
});
