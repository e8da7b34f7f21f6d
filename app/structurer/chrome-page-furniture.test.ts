/**
 * Page furniture of e-papers, sites and boards: navigation, captions, page lists and 公文 mastheads, comment sections, a board's evaluation.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { captionScore } from "./chrome-captions";
import { lineVerdict } from "./chrome-rules";
import { BIKE_PARKING_REPORT, ELEVATOR_REPORT, removed, RURAL_BUS_REPORT, structure, verdict } from "./rule-test-support";

describe("page chrome", () => {
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

describe("page chrome", () => {
  it("a dated field (报送日期：…, 播出时间：…) is metadata; a sentence with a date is not", () => {
    expect(lineVerdict("报送日期：2026年3月9日")).toBe("metadata");
    expect(lineVerdict("首播时间：2026年3月9日 20:30")).toBe("metadata");
    expect(lineVerdict("报送日期为2026年3月9日，请各单位按时报送。")).toBeNull();
  });

  it("a programme's name in 《》 with 文字实录 is a column label", () => {
    expect(lineVerdict("《城事面对面》文字实录")).toBe("column");
    expect(lineVerdict("《城事面对面》播出后反响热烈")).toBeNull();
  });

  it("a bracketed note that the text was compiled from a recording is a credit", () => {
    expect(lineVerdict("（根据现场录音整理，未经本人审阅）")).toBe("credit");
    expect(lineVerdict("（据访谈整理）")).toBe("credit");
  });

  it("本版组稿：/本版整理： are production credits", () => {
    expect(lineVerdict("本版组稿：区政协办公室　编辑：郝某")).toBe("credit");
    expect(lineVerdict("本版整理：本报记者 卜某某")).toBe("credit");
  });

  it("an e-paper nav row split by a thin bar (▏) is navigation", () => {
    expect(lineVerdict("上一版 下一版 ▏版面目录")).toBe("navigation");
  });
});

describe("photo captions", () => {
  it("a crowd scene (…人头攒动) after the last paragraph, above the page's widgets, is a caption", () => {
    const text = ["河埠头夜市重现烟火气", ...BIKE_PARKING_REPORT, "河埠头夜市人头攒动", "【关闭窗口】【打印本页】"].join("\n");
    expect(removed(text)).toContain("河埠头夜市人头攒动");
  });

  it("a restored building as a photo shows it (…修缮后的明代老屋) is a caption; a heading about the building is not", () => {
    expect(captionScore("某村修缮后的明代老屋", false)).toBeGreaterThanOrEqual(2);
    expect(captionScore("加强古建筑保护利用", false)).toBeLessThan(2);
  });
});

describe("e-paper furniture", () => {
  it("a page tag with a colon, a page count and a prev/next-issue row are furniture", () => {
    expect(lineVerdict("B03：城市观察")).toBe("edition");
    expect(lineVerdict("某某市委机关报　今日12版")).toBe("edition");
    expect(lineVerdict("◀上一期　下一期▶")).toBe("navigation");
  });

  it("a menu may carry a Latin item (English)", () => {
    expect(lineVerdict("首页　要闻　民生　视频　专题　English")).toBe("navigation");
  });

  it("a page digest header and its bulleted headlines are not the text", () => {
    const text = ["某某报", "本版导读：", "· 共享单车停放亟待规范", "· 秋季运动会开幕", "", "共享单车停放亟待规范", ...BIKE_PARKING_REPORT].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["本版导读：", "· 共享单车停放亟待规范", "· 秋季运动会开幕"]));
    expect(structure(text).documents[0].title).toBe("共享单车停放亟待规范");
  });

  it("a session label with a kind of proposal (…会议党派提案) is a column", () => {
    expect(lineVerdict("某市政协九届二次会议集体提案")).toBe("column");
  });
});

describe("page lists, 公文 mastheads and speech labels", () => {
  it("a page's or topic's list of its own articles is a related-list header", () => {
    expect(verdict("本期文章（5篇）")).toBe("related");
    expect(verdict("【栏目导航】")).toBe("related");
    expect(verdict("本期文章共5篇，均围绕乡村振兴展开。")).toBeNull();
  });

  it("the bulleted headlines under such a header are not the title", () => {
    const text = ["本版新闻（2篇）", "· 农村客运如何开得进留得住", "· 县里新开两条公交线路", "农村客运如何开得进留得住", ...RURAL_BUS_REPORT].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("农村客运如何开得进留得住");
    expect(removed(text)).toContain("· 县里新开两条公交线路");
  });

  it("a 公文's masthead (a body's name then 文件) is masthead, not the title", () => {
    expect(verdict("政协某某县委员会文件")).toBe("masthead");
    const text = ["中共某某县委办公室文件", "某办〔2026〕3号", "关于改进农村客运服务的意见", ...RURAL_BUS_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于改进农村客运服务的意见");
  });

  it("a speech's occasion label and a secretariat's print note are not the text", () => {
    expect(verdict("在县政协九届二次会议上的大会发言")).toBe("column");
    expect(verdict("在全市城乡融合发展座谈会上的讲话")).toBe("column");
    expect(verdict("（会务组印　2026年3月2日）")).toBe("metadata");
    const text = ["在县政协九届二次会议上的大会发言", "（2026年2月3日）", "让农村客运开得进留得住", ...RURAL_BUS_REPORT].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("让农村客运开得进留得住");
    expect(removed(text)).toEqual(expect.arrayContaining(["在县政协九届二次会议上的大会发言", "（2026年2月3日）"]));
  });

  it("the offices named above a document number are its issuing offices", () => {
    const text = ["某某县人民政府办公室", "某某县政协办公室", "某政办〔2026〕11号", "关于联合开展农村客运调研的通知", ...RURAL_BUS_REPORT].join("\n");
    const out = removed(text);
    expect(out).toEqual(expect.arrayContaining(["某某县人民政府办公室", "某某县政协办公室"]));
    expect(structure(text).documents[0].title).toBe("关于联合开展农村客运调研的通知");
  });
});

describe("a comment section", () => {
  it("short `name：message` lines after a comment head or count are comments", () => {
    const text = ["关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT, "最新评论", "用户小林：我家楼就等着装电梯呢！", "老周：支持", "查看全部回复 >"].join("\n");
    expect(removed(text)).toEqual(["最新评论", "用户小林：我家楼就等着装电梯呢！", "老周：支持", "查看全部回复 >"]);
    const doc = ["关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT, "3条评论", "韩某：数据已更新。", "已解决"].join("\n");
    expect(removed(doc)).toEqual(["3条评论", "韩某：数据已更新。", "已解决"]);
  });

  it("a `name：` line with no comment head before it stays", () => {
    const text = ["关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT, "记者：下一步有什么打算？"].join("\n");
    expect(removed(text)).toEqual([]);
  });
});

describe("a message board's evaluation", () => {
  it("a user's `name：evaluation` line after a rating row is a comment", () => {
    const text = ["关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT, "满意度评价：★★★☆☆", "网友评价：希望尽快落实。"].join("\n");
    expect(removed(text)).toEqual(["满意度评价：★★★☆☆", "网友评价：希望尽快落实。"]);
  });

  it("a translation after each paragraph is chrome, its figures and all, even when half the lines are Latin", () => {
    const text = [
      "某县人民政府新闻办公室",
      "某县出台三条措施支持跨境电商",
      "Mou County Issues Three Measures for Cross-border E-commerce",
      "7月15日，某县召开新闻发布会，发布支持跨境电商发展的三条措施。",
      "On July 15, Mou County released three measures supporting cross-border e-commerce.",
      "措施明确：一是建设公共海外仓，对入驻企业给予两年租金减半；二是开设直播短训班，今年培训800人次。",
      "The county will build an overseas warehouse and train 800 people this year.",
    ].join("\n");
    const r = structure(text);
    expect(r.documents[0].title).toBe("某县出台三条措施支持跨境电商");
    expect(removed(text)).toEqual(expect.arrayContaining(["On July 15, Mou County released three measures supporting cross-border e-commerce.", "The county will build an overseas warehouse and train 800 people this year."]));
    // A sentence of the text quoting Latin words is no translation.
    const quoted = [...text.split("\n").slice(0, 4), "活动主题为 Go Global Together，今年培训800人次。", "On July 15, Mou County released three measures supporting cross-border e-commerce."].join("\n");
    expect(removed(quoted)).not.toContain("活动主题为 Go Global Together，今年培训800人次。");
  });

  it("an editor's or a notes app's bare count of characters is chrome", () => {
    const text = ["关于办好社区长者食堂的几点建议", "共 386 字", "走访发现，三家食堂午餐就餐人数不多，晚餐几乎没人吃。", "建议由一家中央厨房统一配餐，减少每个点的人工。"].join("\n");
    expect(removed(text)).toContain("共 386 字");
    expect(removed(["关于办好社区长者食堂的几点建议", "全文约 1,150 字", "走访发现，三家食堂午餐就餐人数不多。"].join("\n"))).toContain("全文约 1,150 字");
    // A sentence counting words is text.
    const said = ["关于办好社区长者食堂的几点建议", "调研报告共 3000 字，分三个部分。", "建议由一家中央厨房统一配餐。"].join("\n");
    expect(removed(said)).not.toContain("调研报告共 3000 字，分三个部分。");
  });
});
