/**
 * Rules added when the ninth held-out folder (content/corpus-holdout-9) was finished
 * (issue 12, round 12). Each input here is made up for the test; none is taken from the
 * corpus.
 */
import { describe, expect, it } from "vitest";
import { isBackgroundTitle } from "./kinds";
import { fold } from "./fold";
import { hasLeadPhrase } from "./paragraphs";
import { detect, removed, shape, structure } from "./rule-test-support";

describe("a page of speeches under a label, a headline and a news brief (round 12)", () => {
  const page = [
    "某市政协报",
    "2026年3月2日　星期一　第4版　履职",
    "“乡村振兴”专题议政会建言摘登",
    "守住耕地红线",
    "本报讯　2月27日，市政协召开专题议政会，部分委员和市直部门负责同志参加。现将部分发言刊登如下。",
    "建好用好农村物流站点",
    "市政协委员、某物流公司总经理　甘某某",
    "全市农村物流站点布局不均，偏远村组取件难。",
    "一是优化站点布局。由市交通运输局牵头，市商务局配合，统筹建设村级物流服务站。",
    "二是推动共配共送。鼓励快递企业整合线路，降低末端配送成本。",
    "发展农产品电商",
    "九三学社某市委员会",
    "我市特色农产品多，但线上销售比例不高。",
    "一是培育电商人才。市人社局每年组织电商技能培训。",
    "二是打造区域品牌。市农业农村局牵头制定公用品牌标准。",
  ].join("\n");

  it("a selection label over a headline of its own is a column label; the headline and lede open the first speech", () => {
    expect(removed(page)).toContain("“乡村振兴”专题议政会建言摘登");
    // The page's short headline over its `本报讯` lede is no column label either.
    expect(removed(page)).not.toContain("守住耕地红线");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["建好用好农村物流站点", "发展农产品电商"]);
    expect(docs[0].intro).toContain("守住耕地红线");
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });

  it("a selection label over the speeches themselves is their series label, removed (tenth wave, decision 018)", () => {
    const text = page.split("\n").filter((l, i) => i !== 3 && i !== 4).join("\n");
    expect(removed(text)).toContain("“乡村振兴”专题议政会建言摘登");
  });
});

describe("a news brief's headline on a page of articles (round 12)", () => {
  const page = [
    "某县日报",
    "数字报　|　2026-05-06　|　第3版　要闻",
    "某镇老街改造协商会议出三条共识",
    "记者　冉某某",
    "5月4日，某镇召开老街改造协商会，居民代表、县政协委员和县住建局工作人员参加。",
    "会议商定：一是保留老街原有风貌；二是先改水电管网再改路面。",
    "县政协委员调研山区学校食堂建设",
    "本报讯（通讯员　包某）5月5日，县政协组织部分委员调研山区学校食堂建设，听取了县教育局情况介绍。",
    "编辑：甄某",
  ].join("\n");

  it("a line right over a `本报讯` lede is the brief's headline, not a caption, and opens the brief", () => {
    expect(removed(page)).not.toContain("县政协委员调研山区学校食堂建设");
    expect(structure(page).documents.map((d) => d.title)).toEqual(["某镇老街改造协商会议出三条共识", "县政协委员调研山区学校食堂建设"]);
  });
});

describe("text read off phone screenshots (round 12)", () => {
  // Made-up OCR of two screenshots: 13–14 characters a line, the clock and status bar of
  // the second screenshot between them, a headline broken before a quoted word.
  const ocr = [
    "10:05",
    "5G 66%",
    "< 返回　　某市发布　　···",
    "政协声音丨让社区小食堂",
    "“香”进老人心",
    "某市政协　2026-03-18",
    "社区食堂是老年人家门口的民生",
    "工程。市政协委员某某调研发现，",
    "全市已建成社区食堂86家，但部",
    "分食堂菜品单一、价格偏高，有",
    "的开业不到一年就关了门。",
    "为此建议：一是完善运营补贴，",
    "由市民政局牵头，按照就餐人次",
    "给予补助；二是引入专业团队，",
    "10:06",
    "5G 65%",
    "鼓励餐饮企业连锁运营社区食堂",
    "，降低采购成本；三是加强食品",
    "安全监管，市市场监管局每季度",
    "开展一次抽检并公布结果。",
  ].join("\n");

  it("a narrow margin is read as wrapping, across a screenshot's status lines", () => {
    const doc = structure(ocr).documents[0];
    expect(doc.title).toBe("政协声音丨让社区小食堂“香”进老人心");
    // The headline's short second line ends it: the first paragraph is not glued on.
    expect(doc.intro).toMatch(/^社区食堂是老年人家门口的民生工程。/);
    expect(doc.children.map((c) => c.title)).toEqual(["完善运营补贴", "引入专业团队", "加强食品安全监管"]);
  });

});

describe("an app's account name over its info line (round 12)", () => {
  const page = [
    "首页",
    "推荐　热榜　本地",
    "某县政协委员：让乡村客运“通”得更畅",
    "某县融媒",
    "2026-07-02 08:15 · 某县融媒体中心官方账号",
    "关注",
    "乡村客运是群众出行的基本保障，但部分线路客流少、运营亏损，班次时有时无。",
    "委员们建议：",
    "1.优化线路布局。由县交通运输局牵头，推行“客运+快递”融合运营。",
    "2.落实运营补贴。县财政局按里程给予补助。",
  ].join("\n");

  it("is the account (source), not text; the headline over it keeps its speaker's words", () => {
    expect(removed(page)).toContain("某县融媒");
    const [doc] = structure(page).documents;
    expect(doc.title).toBe("某县政协委员：让乡村客运“通”得更畅");
    expect(doc.source).toBe("某县融媒");
    expect(doc.date).toBe("2026-07-02");
  });
});

describe("captions and the paragraph after the list (round 12)", () => {
  it("a place shown in a light (`晨光下的…`) is a caption between a paragraph and a heading", () => {
    const text = [
      "关于改善老城区夜间出行环境的建议",
      "一、补齐照明设施",
      "　　排查盲区。由市城管局牵头，逐条排查老旧街区的照明盲区。",
      "晨光下的老城区街道",
      "二、加强日常管护",
      "　　落实经费。市财政局将路灯维护费纳入年度预算。",
    ].join("\n");
    expect(removed(text)).toContain("晨光下的老城区街道");
    expect(removed(text)).not.toContain("二、加强日常管护");
  });

  it("a subject's further advice after the list (`同志们还建议，…`) closes the list", () => {
    const text = [
      "县政协视察秋粮收储工作",
      "　　9月20日，县政协组织委员视察秋粮收储工作。委员们建议：",
      "　　优化收购网点。县粮食和物资储备局要在产粮大乡增设临时收购点。",
      "　　强化质量检测。县市场监管局对收购环节的水分检测设备开展检定。",
      "　　同志们还建议，适时组织种粮大户开展烘干技术培训。",
    ].join("\n");
    expect(structure(text).documents[0].children.map((c) => c.title)).toEqual(["优化收购网点", "强化质量检测"]);
  });
});

describe("departments in letters and minutes (round 12)", () => {
  it("a body consulted (`征求…意见`, `听取了…汇报`) is mentioned", () => {
    expect(detect("经认真研究，并征求市民政局、市卫健委意见，现函复如下。")).toEqual(["市民政局:mentioned", "市卫生健康委员会:mentioned"]);
    expect(detect("视察组听取了市水务局有关工作汇报。")).toEqual(["市水务局:mentioned"]);
  });

  it("a government's head is a person of that body, not the body acting", () => {
    expect(detect("县政府常务副县长某某出席会议并讲话。")).toEqual(["区人民政府:mentioned"]);
  });

  it("a bureau's branch with its own place name takes the role after it", () => {
    expect(detect("区城管局负责清运，市自然资源和规划局东坪分局配合做好用地审批。")).toEqual(["区城市管理局:lead", "市自然资源和规划局:co"]);
  });

  it("a district branch of the market regulator is the city's regulator", () => {
    expect(detect("各区市场监督管理分局要加强对农贸市场的巡查。")).toEqual(["市市场监督管理局:lead"]);
  });

  it("`各县（市、区）政府`, `各县（市）政府` are the county-level governments", () => {
    expect(detect("各县（市、区）人民政府要建立农村危房动态监测机制。")).toEqual(["区人民政府:lead"]);
    expect(detect("各县（市）政府要把油茶种植纳入奖补范围。")).toEqual(["区人民政府:lead"]);
  });

  it("`协调X…` gets X to do part of the work: co", () => {
    expect(detect("下一步，我们将协调市交通运输局优化学校周边公交线路。")).toEqual(["市交通运输局:co"]);
  });

  it("a blood station is a body; a building verb after a level word and a party post are not", () => {
    expect(detect("市中心血站要完善献血者预约制度。", { markNew: true })).toEqual(["市中心血站:lead:new"]);
    expect(detect("鼓励企业在产茶县建设茶叶精制中心。")).toEqual([]);
    expect(detect("对话嘉宾：农工党某市委会副主委某某")).toEqual([]);
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

describe("closing remarks and topic tags (round 12)", () => {
  it("a concession (`…虽小，…`) is a remark, not a measure's lead phrase", () => {
    expect(hasLeadPhrase(fold("门牌虽小，关乎便民。建议把门牌整治列入明年民生实事。"))).toBe(false);
    expect(hasLeadPhrase(fold("规范门牌设置。由民政部门统一编制门牌号。"))).toBe(true);
    const text = [
      "关于规范老城区门牌设置的建议",
      "一、摸清底数",
      "　　全面排查。对老城区门牌缺失、错号情况逐条登记。",
      "　　建立台账。按街巷建立门牌档案。",
      "　　门牌虽小，关乎便民。建议把门牌整治列入明年民生实事。",
    ].join("\n");
    expect(structure(text).documents[0].children[0].children.map((c) => c.title)).toEqual(["全面排查", "建立台账"]);
  });

  it("a microblog's topic tag leaves the title but stays in the intro", () => {
    const doc = structure(["#议政建言# 【让公园厕所更干净】", "市政协委员某某建议：一是增加保洁频次；二是推广智能除臭设备。"].join("\n")).documents[0];
    expect(doc.title).toBe("让公园厕所更干净");
    expect(doc.intro).toContain("#议政建言#");
  });
});
