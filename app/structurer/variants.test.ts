/**
 * Varied inputs: every marker family in full and half width, Traditional script,
 * Markdown, unnumbered texts, groups, several speakers, bylines and awkward layouts.
 */
import { describe, expect, it } from "vitest";
import { childCounts, markers, oneDocumentChecked as one } from "./test-support";

const lines = (...l: string[]) => l.join("\n");

describe("line markers", () => {
  it("nests 一、 > （一） > 1. in a three-level text", () => {
    const doc = one(
      lines(
        "关于某事的建议",
        "一、加强组织领导",
        "（一）健全工作机制",
        "1.建立联席会议制度。",
        "2.明确部门职责。",
        "（二）强化督促检查",
        "二、加大投入力度",
        "（一）增加财政投入",
      ),
    );
    expect(markers(doc.children)).toEqual(["一、", "二、"]);
    expect(markers(doc.children[0].children)).toEqual(["（一）", "（二）"]);
    expect(markers(doc.children[0].children[0].children)).toEqual(["1.", "2."]);
    expect(childCounts(doc.children[1].children)).toEqual([0]);
  });

  it("reads half-width (一) sections", () => {
    const doc = one(lines("标题", "(一)完善机制。建立制度。", "(二)加强保障。增加投入。"));
    expect(markers(doc.children)).toEqual(["(一)", "(二)"]);
    expect(doc.children[0].title).toBe("完善机制");
    expect(doc.children[0].text).toBe("完善机制。建立制度。");
  });

  it("skips a separator after a marker but keeps it out of the text", () => {
    const doc = one(lines("标题", "（一）、加强领导。", "（二）、完善制度。"));
    expect(markers(doc.children)).toEqual(["（一）", "（二）"]);
    expect(doc.children[0].text).toBe("加强领导。");
  });

  it("reads 1. sections with inline （1） items", () => {
    const doc = one(lines("标题", "1.拓宽渠道。（1）扩大招生。（2）给予奖励。", "2.提高待遇。（1）发布指导价。（2）给予补贴。（3）适当倾斜。"));
    expect(markers(doc.children)).toEqual(["1.", "2."]);
    expect(childCounts(doc.children)).toEqual([2, 3]);
    expect(markers(doc.children[1].children)).toEqual(["（1）", "（2）", "（3）"]);
    expect(doc.children[0].children[0].text).toBe("扩大招生。");
  });

  it("reads 1、 sections", () => {
    const doc = one(lines("标题", "1、加强宣传。", "2、完善机制。", "3、强化保障。"));
    expect(markers(doc.children)).toEqual(["1、", "2、", "3、"]);
  });

  it("reads full-width digits （１）and １．", () => {
    const doc = one(lines("标题", "１．加强宣传。", "（１）进社区。", "（２）进学校。", "２．完善机制。"));
    expect(markers(doc.children)).toEqual(["１．", "２．"]);
    expect(markers(doc.children[0].children)).toEqual(["（１）", "（２）"]);
  });

  it("reads 第一， and 第一, ordinals", () => {
    const full = one(lines("标题", "第一，健全机制。一是甲。二是乙。", "第二，提升质量。"));
    expect(markers(full.children)).toEqual(["第一，", "第二，"]);
    expect(childCounts(full.children)).toEqual([2, 0]);
    const half = one(lines("标题", "第一,健全机制。", "第二,提升质量。"));
    expect(markers(half.children)).toEqual(["第一,", "第二,"]);
  });

  it("reads 首先 / 其次 / 最后 as a sequence", () => {
    const doc = one(lines("标题", "首先，要加强领导。", "其次，要完善制度。", "最后，要强化保障。"));
    expect(markers(doc.children)).toEqual(["首先，", "其次，", "最后，"]);
    expect(doc.children[1].text).toBe("要完善制度。");
  });

  it("does not take 最后 for a marker in a text without 首先", () => {
    const doc = one(lines("标题", "一、加强领导。", "最后，以上建议供参考。"));
    expect(markers(doc.children)).toEqual(["一、"]);
    expect(doc.children[0].text).toContain("最后，以上建议供参考。");
  });

  it("nests ① lines under 一、", () => {
    const doc = one(lines("标题", "一、完善设施", "①建设站点。", "②配备设备。", "二、加强队伍", "①开展培训。"));
    expect(childCounts(doc.children)).toEqual([2, 1]);
    expect(markers(doc.children[0].children)).toEqual(["①", "②"]);
  });

  it("splits inline ①②③", () => {
    const doc = one(lines("标题", "一、强化规划。①由省农业农村厅牵头制定意见。②支持县级统筹。③落实有关规定。"));
    expect(markers(doc.children[0].children)).toEqual(["①", "②", "③"]);
    expect(doc.children[0].text).toBe("强化规划。");
  });

  it("reads ㈠ ⑴ ⒈ and Ⅰ、 symbols", () => {
    const doc = one(lines("标题", "Ⅰ、总体要求", "㈠加强领导", "⒈建立机制。", "⒉明确责任。", "㈡完善制度", "⑴制定办法。", "⑵抓好落实。"));
    expect(markers(doc.children)).toEqual(["Ⅰ、"]);
    expect(markers(doc.children[0].children)).toEqual(["㈠", "㈡"]);
    expect(markers(doc.children[0].children[0].children)).toEqual(["⒈", "⒉"]);
    expect(markers(doc.children[0].children[1].children)).toEqual(["⑴", "⑵"]);
  });

  it("uses 一是 lines as the top level when the text starts with them", () => {
    const doc = one(lines("以城市更新提升宜居水平", "一是摸清底数。", "二是完善机制。", "三是建立长效机制。"));
    expect(markers(doc.children)).toEqual(["一是", "二是", "三是"]);
    expect(childCounts(doc.children)).toEqual([0, 0, 0]);
  });

  it("splits 一是……二是……三是…… pasted as one line into siblings", () => {
    const doc = one(lines("标题", "一是摸清底数，建立项目库。二是完善参与机制。三是建立管护机制。"));
    expect(markers(doc.children)).toEqual(["一是", "二是", "三是"]);
    expect(doc.children[0].text).toBe("摸清底数，建立项目库。");
  });

  it("does not see markers in 统一是 / 之一是 / 1.5亿", () => {
    const doc = one(lines("标题", "一、规范标准。标准统一是前提，原因之一是投入不足，投入1.5亿元。"));
    expect(childCounts(doc.children)).toEqual([0]);
    const plain = one(lines("标题", "1.5亿元的投入带来了变化。"));
    expect(plain.children.every((n) => n.marker === null)).toBe(true);
  });

  it("takes the next line as the content of a marker standing alone", () => {
    const doc = one(lines("标题", "一、", "完善经费保障。一是建立机制。二是纳入预算。", "二、", "扩大服务供给。"));
    expect(markers(doc.children)).toEqual(["一、", "二、"]);
    expect(doc.children[0].title).toBe("完善经费保障");
    expect(childCounts(doc.children)).toEqual([2, 0]);
  });

  it("treats a section without items as the recommendation itself", () => {
    const doc = one(lines("标题", "一、减轻教师负担。合理核算工作量，落实弹性上下班制度。"));
    expect(doc.children[0].children).toEqual([]);
    expect(doc.children[0].text).toBe("减轻教师负担。合理核算工作量，落实弹性上下班制度。");
  });

  it("lets 一、 close a 1. item instead of nesting under it", () => {
    const doc = one(lines("标题", "1.背景情况。", "一、加强领导。", "1.建立机制。", "二、完善制度。"));
    expect(markers(doc.children)).toEqual(["1.", "一、", "二、"]);
    expect(markers(doc.children[1].children)).toEqual(["1."]);
  });

  it("restarts item numbering under each section", () => {
    const doc = one(lines("标题", "一、甲", "1.子一。", "2.子二。", "二、乙", "1.子三。"));
    expect(childCounts(doc.children)).toEqual([2, 1]);
  });

  it("reads CRLF and old-Mac line breaks", () => {
    const doc = one("标题\r\n一、加强领导。\r\n二、完善制度。\r三、强化保障。");
    expect(markers(doc.children)).toEqual(["一、", "二、", "三、"]);
  });
});

describe("more marker layouts", () => {
  it("splits inline 第一，…第二，… and 其一，…其二，…", () => {
    const ordinal = one(lines("标题", "一、完善机制。第一，建立清单；第二，明确时限。"));
    expect(markers(ordinal.children[0].children)).toEqual(["第一，", "第二，"]);
    const qi = one(lines("标题", "一、完善机制。其一，建立清单；其二，明确时限。"));
    expect(markers(qi.children[0].children)).toEqual(["其一，", "其二，"]);
  });

  it("reads text bullets as unnumbered items", () => {
    const doc = one(lines("标题", "一、加强领导", "• 建立机制。", "• 明确责任。"), "text");
    expect(doc.children[0].children.map((n) => [n.marker, n.title])).toEqual([
      [null, "建立机制"],
      [null, "明确责任"],
    ]);
  });

  it("nests parts under a Markdown heading", () => {
    const doc = one(lines("# 报告", "", "## 调研情况", "", "第一调研组", "", "一、加强领导。", "", "第二调研组", "", "一、完善制度。"), "markdown");
    expect(doc.children[0].title).toBe("调研情况");
    expect(markers(doc.children[0].children)).toEqual(["第一调研组", "第二调研组"]);
    expect(childCounts(doc.children[0].children)).toEqual([1, 1]);
  });

  it("keeps (1) items under 1. under （一） under 一、 in a four-level text", () => {
    const doc = one(lines("标题", "一、总体", "（一）机制", "1.制度", "（1）清单。", "（2）时限。", "2.督查"));
    const item = doc.children[0].children[0].children[0];
    expect(item.marker).toBe("1.");
    expect(markers(item.children)).toEqual(["（1）", "（2）"]);
  });
});

describe("titles", () => {
  it("ends a title at the first 。 or comma", () => {
    const doc = one(lines("标题", "（一）完善统筹机制，压实部门责任。一是甲。二是乙。"));
    expect(doc.children[0].title).toBe("完善统筹机制");
  });

  it("does not end a title inside quotes", () => {
    const doc = one(lines("标题", "一、推行“时间银行，互助养老”模式，鼓励互助。"));
    expect(doc.children[0].title).toBe("推行“时间银行，互助养老”模式");
  });

  it("clips a very long first sentence", () => {
    const long = "加".repeat(300);
    const doc = one(lines("标题", `一、${long}。`));
    expect(Array.from(doc.children[0].title).length).toBeLessThanOrEqual(81);
    expect(doc.children[0].text).toBe(`${long}。`);
  });

  it("uses the first line as the document title", () => {
    const doc = one(lines("关于加强城乡学校课后服务的建议", "一、完善经费保障。"));
    expect(doc.title).toBe("关于加强城乡学校课后服务的建议");
  });
});

describe("unnumbered texts", () => {
  it("makes the paragraphs after 为此建议： recommendations", () => {
    const doc = one(
      lines(
        "关于优化公交线网的提案",
        "提案人：黄某某",
        "随着轨道交通成形，公交客流持续下滑。为此建议：",
        "优化公交线网布局。建议市交通运输局开展线网评估。",
        "加强公交与地铁接驳。在地铁站点周边设置接驳站。",
        "公交站台要适老化。增设座椅。",
      ),
    );
    expect(doc.byline).toBe("黄某某");
    expect(doc.intro).toContain("为此建议：");
    expect(doc.children.map((n) => n.title)).toEqual(["优化公交线网布局", "加强公交与地铁接驳", "公交站台要适老化"]);
    expect(doc.children.every((n) => n.marker === null)).toBe(true);
  });

  it("tells findings from recommendations without a lead-in", () => {
    const doc = one(
      lines(
        "关于托育服务的建议",
        "调研发现，全市托育服务供给不足、价格偏高。",
        "加大普惠托育供给。支持社区举办托育点。",
        "规范托育机构管理。定期公布收费标准。",
      ),
    );
    expect(doc.intro).toBe("调研发现，全市托育服务供给不足、价格偏高。");
    expect(doc.children.map((n) => n.title)).toEqual(["加大普惠托育供给", "规范托育机构管理"]);
  });

  it("appends closing remarks to the last recommendation", () => {
    const doc = one(lines("标题", "为此建议：", "加强领导。明确责任。", "完善制度。健全机制。", "以上建议，供参考。"));
    expect(doc.children).toHaveLength(2);
    expect(doc.children[1].text).toContain("以上建议，供参考。");
  });

  it("makes unnumbered heading lines the sections of an unnumbered text", () => {
    const doc = one(
      lines(
        "关于社区治理的调研报告",
        "今年以来，我们开展了专题调研。",
        "加强队伍建设",
        "建立薪酬增长机制。畅通职业发展通道。",
        "健全协商机制",
        "推广小区议事厅做法。",
      ),
    );
    expect(doc.children.map((n) => n.title)).toEqual(["加强队伍建设", "健全协商机制"]);
    expect(doc.children.every((n) => n.marker === null)).toBe(true);
  });

  it("takes items out of an inline list at the top of an unnumbered text", () => {
    const doc = one(lines("关于数据共享的提案", "为此建议：一是建立共享清单。二是纳入绩效考核。三是保障经费。"));
    expect(doc.intro).toBe("为此建议：");
    expect(markers(doc.children)).toEqual(["一是", "二是", "三是"]);
  });

  it("keeps a text with no recommendation shape as the document itself", () => {
    const doc = one(lines("情况通报", "近年来，全市养老服务发展较快。", "目前仍存在一些问题。"));
    expect(doc.children).toEqual([]);
    expect(doc.intro).toContain("目前仍存在一些问题。");
  });

  it("lets a heading-only section collect unnumbered recommendations", () => {
    const doc = one(lines("标题", "一、完善经费保障", "加大财政投入。每年安排专项资金。", "拓宽筹资渠道。鼓励社会捐赠。", "二、扩大服务供给"));
    expect(childCounts(doc.children)).toEqual([2, 0]);
    expect(doc.children[0].children.map((n) => n.marker)).toEqual([null, null]);
  });
});
