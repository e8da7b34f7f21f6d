/**
 * Page furniture read one line or a run at a time: a journal's running heads with folios on facing
 * pages, a column label with its romanisation, a word processor's shape marker, an app's
 * status row, title bar, record row and names over its menu, badged comments under a
 * bracketed counter bar, a notice with a contact number closing the page, and a paragraph's
 * first line broken at a clause mark — with content of the same shapes that must stay.
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { menuNamesNoticeVerdict } from "./chrome-menu-names-notice";
import { editionVerdict, mirrorKey } from "./chrome-edition";
import { fold } from "./fold";
import { removedReasons as removedOf, PARA_A, PARA_B, PARA_C } from "./rule-test-support";

const verdict = (line: string) => menuNamesNoticeVerdict(fold(line));

describe("one line", () => {
  it("reads a journal's running head with its folio at either edge", () => {
    expect(editionVerdict(fold("2026年第10期　某州政协　37"))).toBe("edition");
    expect(editionVerdict(fold("38　某州政协　2026年第10期"))).toBe("edition");
    expect(editionVerdict(fold("·21·　某江论坛　2026年第5期"))).toBe("edition");
    expect(mirrorKey(fold("·21·　某江论坛　2026年第5期"))).toBe(mirrorKey(fold("某江论坛　2026年第5期　·22·")));
    // A row of a table and a sentence with an issue stay.
    expect(editionVerdict(fold("2026年第10期　委员提交提案　37件"))).toBeNull();
    expect(editionVerdict(fold("本刊2026年第10期刊发了37篇文章。"))).toBeNull();
  });
  it("reads a column label with its romanisation or translation", () => {
    expect(verdict("履职视窗 LÜZHI SHICHUANG")).toBe("column");
    expect(verdict("委员建言 WEIYUAN JIANYAN")).toBe("column");
    expect(verdict("MEMBERS' VOICE 委员心声")).toBe("column");
    expect(verdict("推动AI赋能产业发展")).toBeNull();
    expect(verdict("发展 AI 产业")).toBeNull();
    expect(verdict("某市 ESG")).toBeNull();
  });
  it("reads a shape's marker, a status row, a title bar and a record row with a counter", () => {
    expect(verdict("文本框: 数据来源：县市场监管局一季度巡查通报")).toBe("caption");
    expect(verdict("Text Box: 图1　站点分布")).toBe("caption");
    expect(verdict("9:41　　　　5G　88%")).toBe("widget");
    expect(verdict("×　　委员履职　　···")).toBe("navigation");
    expect(verdict("履职类型：视察调研　　　　履职积分 +3")).toBe("metadata");
    expect(verdict("活动类型：专题调研　　　获得积分 +2")).toBe("metadata");
    // A sentence naming a text box, a time and a share, a field row without a counter stay.
    expect(verdict("文本框中的数据来自县统计局。")).toBeNull();
    expect(verdict("9:41到站，88%的乘客满意。")).toBeNull();
    expect(verdict("类别：城乡建设　　编号：0032")).toBeNull();
  });
  it("reads an export's placeholder for an object, a player's state and a picture's source", () => {
    expect(verdict("[图表]")).toBe("widget");
    expect(verdict("<图片>")).toBe("widget");
    expect(verdict("[图片: 巡河记录本]")).toBe("widget");
    expect(verdict("[附件：座谈记录.docx]")).toBe("widget");
    expect(verdict("该视频已失效")).toBe("widget");
    expect(verdict("（图源：某区河长办）")).toBe("credit");
    expect(verdict("〈　返回　　工作日志")).toBe("navigation");
    // An annex's label and a sentence about a chart stay.
    expect(verdict("【附件】")).toBeNull();
    expect(verdict("（附件）")).toBeNull();
    expect(verdict("图表显示，去年投诉量下降了三成。")).toBeNull();
  });
});

describe("runs", () => {
  it("removes the platform's names right over its menu row, and keeps a headline under it", () => {
    const removed = removedOf(["14:32　　　　📶 4G　62%", "“掌上履职”", "某市政协委员履职服务平台", "委员风采｜履职圈｜提案｜我的", "某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C].join("\n"));
    expect(removed.get("“掌上履职”")).toBe("masthead");
    expect(removed.get("某市政协委员履职服务平台")).toBe("masthead");
    expect(removed.has("某县政协调研农村公路养护")).toBe(false);
  });
  it("keeps a headline over a date line and buttons before a breadcrumb", () => {
    const removed = removedOf(["某县政协调研农村公路养护", "时间：2026年05月11日 16:02", "打印本页 关闭窗口", "首页 > 新闻 > 要闻", PARA_A, PARA_B, PARA_C].join("\n"));
    expect(removed.has("某县政协调研农村公路养护")).toBe(false);
  });
  it("removes badged comments under a bracketed counter bar", () => {
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, "👍 点赞(28)　　💬 评论(6)　　⭐ 收藏", "评论", "委员 某某：赞同！", "政协委员 某某某：很实在的建议。", "发表评论…"].join("\n"));
    expect(removed.get("委员 某某：赞同！")).toBe("chat");
    expect(removed.get("政协委员 某某某：很实在的建议。")).toBe("chat");
    expect(removed.has("评论")).toBe(true);
  });
  it("keeps a badged speaker followed by the text", () => {
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, "评论", "委员 某某：赞同！", PARA_B, PARA_C].join("\n"));
    expect(removed.has("委员 某某：赞同！")).toBe(false);
  });
  it("removes a notice with a contact number between the page's chrome and its footer", () => {
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, "责任编辑：某某", "便民服务", "县城至各乡镇班线自10月1日起执行冬季时刻表，详情请咨询0736-6120000。", "某县融媒体中心版权所有"].join("\n"));
    expect(removed.get("县城至各乡镇班线自10月1日起执行冬季时刻表，详情请咨询0736-6120000。")).toBe("ad");
    expect(removed.get("便民服务")).toBe("column");
  });
  it("keeps the text's last sentence with a hotline when no chrome stands before it", () => {
    const last = "群众发现路面破损，可拨打12345热线反映。";
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, last, "某县融媒体中心版权所有"].join("\n"));
    expect(removed.has(last)).toBe(false);
  });
  it("keeps a paragraph's first line broken at a clause mark", () => {
    const first = "同志们，农村公路关系千家万户，希望大家齐心协力、";
    const removed = removedOf(["某县政协调研农村公路养护", PARA_A, PARA_B, PARA_C, first, "久久为功，把这件实事办好。"].join("\n"));
    expect(removed.has(first)).toBe(false);
  });
});
