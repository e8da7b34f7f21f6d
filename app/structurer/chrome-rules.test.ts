import { describe, expect, it } from "vitest";
import { removed, structure } from "./rule-test-support";
import { lineVerdict } from "./chrome-rules";
import { fold } from "./fold";
import { hasLeadPhrase } from "./paragraphs";

describe("page chrome (round 7)", () => {
  it("a bracketed 供稿 note, a 公文 release note, an attachment line and a contact line after a symbol are chrome", () => {
    const text = [
      "关于推进社区食堂建设的建议",
      "近年来，我市老年人口持续增加，社区就餐需求日益旺盛，但食堂布点不足。",
      "一、扩大覆盖。市民政局牵头，在新建小区配建社区食堂。",
      "二、降低成本。市商务局引导餐饮企业参与运营。",
      "☎ 服务热线：0000-1234XXXX（工作日）",
      "（某某区新闻中心 供稿）",
      "附件：社区食堂布点情况表（略）",
      "某市政协社会法制委员会",
      "2026年6月1日",
      "（此件公开发布）",
    ].join("\n");
    const r = structure(text);
    expect(removed(text)).toEqual(
      expect.arrayContaining(["☎ 服务热线：0000-1234XXXX（工作日）", "（某某区新闻中心 供稿）", "附件：社区食堂布点情况表（略）", "2026年6月1日", "（此件公开发布）"]),
    );
    expect(r.documents[0].date).toBe("2026-06-01");
  });

  it("a header met twice, once beside a page number, is a running header above its own title too", () => {
    const text = [
      "某某区政协　专题材料",
      "关于加强河道保洁的调研报告",
      "某某区政协人口资源环境委员会",
      "今年以来，委员会围绕河道保洁开展专题调研，现将有关情况报告如下。",
      "一、加强日常保洁。区城管局牵头，落实河道保洁责任。",
      "- 1 -",
      "某某区政协　专题材料",
      "二、完善考核办法。将河道保洁纳入街道年度考核。",
    ].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于加强河道保洁的调研报告");
    expect((r.removed ?? []).filter((x) => x.text === "某某区政协　专题材料")).toHaveLength(2);
  });

  it("a page's headline with its own subtitle under edition furniture is content, not a column label", () => {
    const text = [
      "某省日报",
      "2026年2月1日 第6版　专版",
      "上一版　下一版　本版目录",
      "同心共筑 献计发展",
      "——省政协全会大会发言摘登",
      "编者按：省政协全会举行大会发言，本版摘登部分发言。",
      "发展县域特色产业",
      "王某某代表民建省委：",
      "一是培育主导产业。省工信厅支持每个县培育特色产业集群。",
      "二是完善园区配套。省发展改革委统筹布局县域产业园区。",
    ].join("\n");
    expect(removed(text)).not.toContain("同心共筑 献计发展");
    expect(removed(text)).toEqual(expect.arrayContaining(["上一版　下一版　本版目录"]));
  });

  it("a line opening with a place the text just named is a caption, more so on a page that credits photos", () => {
    const photo = [
      "今年起，城东的滨河路夜市划定了统一摊位，摊主扫码登记后即可出摊，市民逛夜市更方便。",
      "据统计，全市已设置便民夜市12处，占道经营投诉同比下降四成，市容秩序明显好转。",
      "滨河路夜市灯火通明",
      "合理设置摊位。市城管局牵头，综合人流和交通确定夜市位置。",
      "规范经营秩序。市市场监管局督促摊主亮证经营、明码标价。",
      "本版图片由记者 某某 摄",
    ].join("\n");
    expect(removed(photo)).toContain("滨河路夜市灯火通明");
    const heading = [
      "11月2日，在某某市的“小哥驿站”，十几名快递员正在参加安全培训，驿站为他们提供休息、饮水服务。",
      "“小哥驿站”里，快递员在给电动车充电",
      "暖心服务，让新就业群体留得住",
      "建设服务阵地。市总工会牵头，在商圈建设“小哥驿站”50个。",
      "解决急难愁盼。市人社局推动平台企业缴纳职业伤害保障。",
    ].join("\n");
    expect(removed(heading)).toContain("“小哥驿站”里，快递员在给电动车充电");
  });

  it("a heading that repeats a common word of the text above is no caption, even on a page crediting photos", () => {
    const text = [
      "今年以来，全市老旧小区加装电梯新开工120部，惠及居民4000余户，群众“上下楼难”逐步缓解。",
      "据统计，全市仍有老旧小区860个，加装需求集中、协调难度较大。",
      "老旧小区更新提速",
      "简化审批流程。市住建局牵头，推行加装电梯联合审查。",
      "加大资金支持。市财政局对加装电梯给予每部15万元补助。",
      "本版图片由记者 某某 摄",
    ].join("\n");
    expect(removed(text)).not.toContain("老旧小区更新提速");
  });

  it("people at a place doing something after the last paragraph is a caption", () => {
    const text = [
      "今年汛前，区政协组织委员视察城区排水设施，围绕易涝点整治提出建议。",
      "完善排水管网。区住建局牵头，对老旧管网分批改造，今年改造20公里。",
      "代表们在泵站现场查看设备运行情况",
      "（责任编辑：某某）",
    ].join("\n");
    expect(removed(text)).toContain("代表们在泵站现场查看设备运行情况");
  });

  it("a WeChat reprint card (the account's name and description) and an exclaiming linked headline are chrome", () => {
    const text = [
      "某某生活",
      "某某生活 2026年9月1日 08:00",
      "社区口袋公园，让居民推窗见绿",
      "以下文章来源于某某晚报，作者某某",
      "某某晚报.",
      "本地综合性都市报，陪你读懂城市。",
      "“以前下楼没地方坐，现在楼下就是小公园。”家住老城区的居民说。今年以来，我市新建口袋公园36个，居民出门五分钟就能见到绿地。",
      "市城管局负责人介绍，口袋公园建设坚持见缝插绿，利用边角地、闲置地建设休闲空间。",
      "本文转载自某某晚报，版权归原作者所有，如有侵权请联系删除。",
      "更多精彩 👇",
      "这座大桥下月通车！",
      "周末去哪儿｜秋日赏景好去处",
    ].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["某某晚报.", "本地综合性都市报，陪你读懂城市。", "这座大桥下月通车！"]));
    // The reprint's origin is the source, not the account that reprints it.
    expect(structure(text).documents[0].source).toBe("某某晚报");
  });
});

describe("page chrome (round 7b)", () => {
  it("a session label, a proposal number, a 供稿 label and an info line with a view count are chrome", () => {
    expect(lineVerdict("某某市政协九届三次会议")).toBe("column");
    expect(lineVerdict("某省政协十一届二次会议专刊")).toBe("column");
    expect(lineVerdict("提案第0456号")).toBe("metadata");
    expect(lineVerdict("供稿：某某区政协文史委")).toBe("credit");
    expect(lineVerdict("某某县融媒体中心　2026-03-05　阅读量 3.4万")).toBe("metadata");
    // A headline about the session goes on after 会议; a sentence with 供稿 is text.
    expect(lineVerdict("某某市政协九届三次会议开幕")).toBeNull();
    expect(lineVerdict("供稿单位要在月底前报送材料。")).toBeNull();
    // A box-marked byline with a reporter and a correspondent is a byline, not a menu.
    expect(lineVerdict("□ 记者 洪某某　通讯员 阮某")).toBe("person");
    const text = [
      "某某市政协九届三次会议",
      "提案第0456号",
      "关于改善老旧小区停车条件的提案",
      "老旧小区车位不足，占道停车问题突出，群众反映强烈。",
      "一、挖潜增位。市住建局牵头，利用边角地块建设立体车库。",
      "二、错时共享。市公安局推动机关单位车位夜间向居民开放。",
    ].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("关于改善老旧小区停车条件的提案");
    expect(removed(text)).toEqual(expect.arrayContaining(["某某市政协九届三次会议", "提案第0456号"]));
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
