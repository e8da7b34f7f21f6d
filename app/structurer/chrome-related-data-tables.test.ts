/**
 * Chrome and lost content of the sixth wave (2026-12-03): platform prompts in two clauses, a
 * sponsor's note on the page itself, a related list of sentences closing the page, an index
 * table's title field echoed by the headline — and content of the same shapes that must stay:
 * a data table pasted as rows, `label figure` rows, a short one-line paragraph, a letter quoted
 * in a report. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { quantityValue, relatedDataTablesVerdict } from "./chrome-related-data-tables";
import { fold } from "./fold";
import { removedReasons as removedOf } from "./rule-test-support";

const verdict = (line: string) => relatedDataTablesVerdict(fold(line));

const PARA_A = "今年以来，某县围绕农村公路养护开展专题协商，委员们走访了6个乡镇，收集意见建议20余条。";
const PARA_B = "调研发现，部分村道路面破损、排水不畅，养护资金和人员都存在缺口。";
const PARA_C = "建议县交通运输局牵头，会同各乡镇建立“路长制”，县财政对养护经费给予保障。";

describe("one line", () => {
  it("reads a platform's prompt in two clauses and a sponsor's note on the page", () => {
    expect(verdict("打开某某新闻，阅读体验更佳")).toBe("ad");
    expect(verdict("返回某某网，查看更多")).toBe("ad");
    expect(verdict("前往某某客户端，看更多评论")).toBe("ad");
    expect(verdict("本期内容由某某公司冠名支持，某某——品质生活好伙伴。")).toBe("ad");
    expect(verdict("本节目由某某银行特约播出")).toBe("ad");
    expect(verdict("相关推荐")).toBe("related");
    expect(verdict("为你推荐")).toBe("related");
  });
  it("keeps sentences that only share the words", () => {
    expect(verdict("返回村里，查看灌溉渠的修复情况。")).toBeNull();
    expect(verdict("打开窗户，通风换气。")).toBeNull();
    expect(verdict("活动由某某商会赞助，吸引了200余名村民参加。")).toBeNull();
    expect(verdict("相关部门")).toBeNull();
  });
  it("reads quantities, not codes or dates", () => {
    expect(quantityValue("9.6元")).toBe(true);
    expect(quantityValue("3至5元")).toBe(true);
    expect(quantityValue("12%")).toBe(true);
    expect(quantityValue("0032")).toBe(false);
    expect(quantityValue("2026-03-01")).toBe(false);
    expect(quantityValue("城乡建设")).toBe(false);
  });
});

describe("runs", () => {
  it("removes a related list of sentences closing the page", () => {
    const removed = removedOf(
      ["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, "相关新闻", "县交通运输局召开农村公路养护工作推进会。", "我县新改建农村公路120公里，惠及8万群众。", "【打印】【关闭】"].join("\n"),
    );
    expect(removed.get("县交通运输局召开农村公路养护工作推进会。")).toBe("related");
    expect(removed.get("我县新改建农村公路120公里，惠及8万群众。")).toBe("related");
  });
  it("removes other items with cut-off teasers and their buttons between them", () => {
    const removed = removedOf(
      ["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, "更多回答", "某某网友", "村道养护不是新鲜事，关键在于谁来出钱。我们这边试点过两年，后来停了……", "阅读全文", "另一位网友", "作为养护工人说两句：路修好了，更要管好……", "阅读全文"].join("\n"),
    );
    expect(removed.get("某某网友")).toBe("related");
    expect(removed.get("村道养护不是新鲜事，关键在于谁来出钱。我们这边试点过两年，后来停了……")).toBe("related");
    expect(removed.get("作为养护工人说两句：路修好了，更要管好……")).toBe("related");
    expect(removed.has(PARA_C)).toBe(false);
  });
  it("leaves a related head alone when a paragraph of sentences or no chrome follows it", () => {
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, "相关新闻", "县交通运输局召开推进会。", PARA_B + PARA_C, "【打印】【关闭】"].join("\n"));
    expect(removed.has("县交通运输局召开推进会。")).toBe(false);
    expect(removed.has(PARA_B + PARA_C)).toBe(false);
    const open = removedOf(["某县政协调研农村公路养护", PARA_A, "相关新闻", "县交通运输局召开推进会。", PARA_B, PARA_C].join("\n"));
    expect(open.has(PARA_B)).toBe(false);
    expect(open.has(PARA_C)).toBe(false);
  });
  it("keeps a data table pasted as rows and rows of figures", () => {
    const removed = removedOf(
      ["某县政协调研城乡公交", PARA_A, "线路\t日发班次\t首班\t末班", "1路\t24\t6:00\t18:30", "5路\t10\t6:30\t17:00", "调研组列出了几组数字：", "每餐成本 9.6元", "老人自付 3至5元", "村集体补贴 1至2元", PARA_B, PARA_C].join("\n"),
    );
    for (const line of ["线路 日发班次 首班 末班", "1路 24 6:00 18:30", "5路 10 6:30 17:00", "每餐成本 9.6元", "老人自付 3至5元"]) expect(removed.has(line)).toBe(false);
  });
  it("removes a chart pasted as text: legends, rows of figures of one width, the data's source", () => {
    const chart = ["公路里程（公里）", "2023年　　2024年　　2025年", "820　　　910　　　1030", "路况优良率", "78%　　83%　　88%", "数据来源：县交通运输局"];
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, ...chart, PARA_B, PARA_C].join("\n"));
    // A row of figures may be read as a counter first: removed either way; the words are the chart's.
    for (const line of chart) expect(removed.has(line)).toBe(true);
    for (const line of ["公路里程（公里）", "路况优良率", "数据来源：县交通运输局"]) expect(removed.get(line)).toBe("caption");
    expect(removed.has(PARA_B)).toBe(false);
  });
  it("keeps a chart's rows under a header row of words, one figure row alone, and a short line above without a unit", () => {
    const table = removedOf(["某县政协调研农村公路养护", PARA_A, "年份　　里程　　优良率", "2024年　　910　　83%", "2025年　　1030　　88%", PARA_B, PARA_C].join("\n"));
    for (const line of ["2024年　　910　　83%", "2025年　　1030　　88%"]) expect(table.has(line)).toBe(false);
    const single = removedOf(["某县政协调研农村公路养护", PARA_A, "公路里程（公里）", "820　　　910　　　1030", PARA_B, PARA_C].join("\n"));
    expect(single.has("820　　　910　　　1030")).toBe(false);
    const head = removedOf(["农村公路再提速", "2024年　　2025年", "910　　1030", PARA_A, PARA_B, PARA_C].join("\n"));
    expect(head.has("农村公路再提速")).toBe(false);
  });
  it("still removes a menu row and a form's field rows", () => {
    const removed = removedOf(["首页　新闻　政务　服务　互动", "某县政协调研城乡公交", "类别 城乡建设", "编号 0032", "提交日期 2026-03-01", PARA_A, PARA_B, PARA_C].join("\n"));
    expect(removed.has("首页　新闻　政务　服务　互动")).toBe(true);
    expect(removed.has("编号 0032")).toBe(true);
  });
  it("removes a title field whose value stands again as the headline", () => {
    const removed = removedOf(
      ["索引号：0001/2026-00412\t主题分类：城乡建设", "标　　题：关于某某提案的答复", "发布日期：2026-07-02", "关于某某提案的答复", PARA_A, PARA_B, PARA_C].join("\n"),
    );
    expect(removed.get("标  题:关于某某提案的答复") ?? removed.get("标　　题：关于某某提案的答复")).toBe("metadata");
    expect(removed.has("关于某某提案的答复")).toBe(false);
  });
});
