import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";
import { tabLabels, tabPanels } from "./tab-panels";

describe("a portal page's tab panels (tab-panels.ts, fourth wave)", () => {
  it("reads a row of bracketed labels only", () => {
    expect(tabLabels("[建议内容]　[答复意见]")).toEqual(["建议内容", "答复意见"]);
    expect(tabLabels("【基本信息】【办理结果】【评价】")).toEqual(["基本信息", "办理结果", "评价"]);
    // One label, or labels among words, make no tab row.
    expect(tabLabels("[建议内容]")).toBeNull();
    expect(tabLabels("【打印】【返回】 本页共2条")).toBeNull();
  });

  it("cuts at a later panel whose first line is a headline; a prose panel and a short field only go", () => {
    const lines = ["关于某事的建议", "[建议内容]　[答复意见]　[评价]", "建议内容", "正文一句。", "答复意见", "关于某事建议的答复", "答复正文。", "评价：基本满意"];
    expect(tabPanels(lines)).toEqual({ labels: [2, 4, 7], cuts: [4] });
    // The reply panel opens with prose: one document, no cut.
    expect(tabPanels(["题目", "[建议内容]　[答复意见]", "建议内容", "正文。", "答复意见", "已办理。"])).toBeNull();
    // Label lines without a tab row above them are text.
    expect(tabPanels(["建议内容", "正文。", "答复意见", "关于某事建议的答复", "答复正文。"])).toBeNull();
  });

  it("a members' site's suggestion page gives the suggestion and the reply as two documents", () => {
    const page = [
      "某县人大代表建议办理平台",
      "关于增设乡镇公交夜班车的建议",
      "领衔代表：县人大代表 某某某",
      "[建议正文]　[办理回复]",
      "建议正文",
      "　　部分乡镇晚上7点后没有公交车，群众出行不便。建议：",
      "　　1.增开夜班车。县交通运输局调整线路，延长末班车时间。",
      "　　2.完善候车设施。县住建局在集镇增设候车亭。",
      "办理回复",
      "关于县十八届人大三次会议第12号建议的回复",
      "　　某某某代表：您的建议收悉。现答复如下：一是已延长3条线路末班时间；二是新建候车亭6座。",
      "　　　　　　　　某县交通运输局",
      "　　　　　　　　2026年6月2日",
    ];
    const out = structure(page.join("\n"), { directory: [] });
    expect(out.documents.map((d) => d.title)).toEqual(["关于增设乡镇公交夜班车的建议", "关于县十八届人大三次会议第12号建议的回复"]);
    // The panels' label lines are furniture; line numbers count from the top of the page.
    expect(out.removed?.filter((r) => r.reason === "widget").map((r) => r.line)).toEqual(expect.arrayContaining([5, 9]));
  });
});
