/**
 * The head's fourth-wave rules (2026-12-03; docs/structure-format.md, "Head (2026-12-03, fourth
 * wave)"). Every input is made up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { ocrYear } from "./head-dates";
import { firstDocument, POCKET_PARK_BODY, structure } from "./rule-test-support";

const doc = (head: string[]) => firstDocument(head, POCKET_PARK_BODY);

describe("a body's name, a colon, a statement: a report's headline", () => {
  it("over a news lead, is the whole headline of its article (no speaker's digest)", () => {
    const r = structure(
      [
        "某某晚报",
        "第一篇的标题",
        "提案人：市政协委员　某甲",
        "　　建议：一是由市城管局牵头增设口袋公园；二是加强养护。",
        "",
        "区政协社会法制委员会：本季度走访社区18个",
        "　　本报讯（记者　某乙）记者从区政协获悉，本季度委员共走访社区18个，收集意见60余条。",
      ].join("\n"),
    );
    const last = r.documents[r.documents.length - 1];
    expect([last.title, last.byline]).toEqual(["区政协社会法制委员会：本季度走访社区18个", null]);
  });

  it("over a site's credit line (`某平台　作者：某某`), is the page's headline and the credit gives the byline", () => {
    const a = doc(["某某县政协：“院坝会”开到了家门口", "某省新闻客户端　作者：某丙", "2026-04-09"]);
    expect([a.title, a.byline, a.date]).toEqual(["某某县政协：“院坝会”开到了家门口", "某丙", "2026-04-09"]);
  });
});

describe("a 公文's title with its issuing body on the line above", () => {
  const letter = (number: string[]) =>
    [
      ...number,
      "某某县交通运输局",
      "关于县政协九届二次会议第12号提案办理情况的答复",
      "某某委员：",
      "　　您提出的《关于增设乡村客运站点的提案》收悉。现答复如下：",
      "　　一是增设候车亭。县交通运输局年内新建候车亭20个。",
      "　　　　　　　　某某县交通运输局",
      "　　　　　　　　2026年5月20日",
      "签发人：某丁",
      "抄送：县政协提案委员会",
    ].join("\n");

  it("under a 公文 number, joins the title; the sign-off gives byline and date past the record rows", () => {
    const d = structure(letter(["某交函〔2026〕12号", ""])).documents[0];
    expect([d.title, d.byline, d.date]).toEqual(["某某县交通运输局关于县政协九届二次会议第12号提案办理情况的答复", "某某县交通运输局", "2026-05-20"]);
  });

  it("without a number, keeps the short title", () => {
    expect(structure(letter([])).documents[0].title).toBe("关于县政协九届二次会议第12号提案办理情况的答复");
  });
});

describe("a headline broken by a scan's narrow column", () => {
  const scan = (head: string[]) =>
    [
      ...head,
      "　　5月6日，区政协组织委员到",
      "社区调研口袋公园建设情况，听",
      "取居民意见。委员们建议，一是",
      "由区城管局牵头结合街巷分布新",
      "增一批口袋公园；二是加强日常",
      "养护，区园林中心定期巡查并向",
      "社会公开结果。",
    ].join("\n");

  it("a fragment under a bare line on a hard-wrapped page is rejoined", () => {
    expect(structure(scan(["某某区报", "2026年5月7日", "让边角地", "“绿”起来"])).documents[0].title).toBe("让边角地“绿”起来");
  });

  it("a column label over a whole headline stays a column", () => {
    expect(structure(scan(["某某区报", "2026年5月7日", "民生关注", "口袋公园让边角地绿起来"])).documents[0].title).toBe("口袋公园让边角地绿起来");
  });
});

describe("OCR's misread digits in a date", () => {
  it("reads l/I as 1, O as 0 and 曰 as 日 after a year", () => {
    expect(ocrYear("2026年1O月l4曰")).toBe("2026年10月14日");
    expect(ocrYear("2026年5月l9日 星期二")).toBe("2026年5月19日 星期二");
  });

  it("leaves words alone", () => {
    expect(ocrYear("2026年Il月")).toBe("2026年Il月");
  });
});

describe("titles from fields and notes", () => {
  it("a consultation's `议题：` gives the title, and the line stays text", () => {
    const d = doc(["某某政协网", "首页 > 协商实录", "议题：推进口袋公园建设", "协商时间：2026年5月6日 14:30"]);
    expect([d.title, d.source]).toEqual(["推进口袋公园建设", "某某政协网"]);
  });

  it("a form's 案由 cell (tab-separated) beats the proposer's row", () => {
    const d = doc(["提　案　表", "提案者\t某甲（区政协委员、某街道社区主任）", "案由\t关于推进口袋公园建设的建议", "内容："]);
    expect(d.title).toBe("关于推进口袋公园建设的建议");
  });

  it("a chat's group bar and a note asking for review are transport above the table's title", () => {
    const d = doc(["某某区政协工作群(15)", "某乙　5月6日 09:10", "各位：“口袋公园”座谈会的意见已整理好，汇总表如下，请审阅。", "口袋公园建设座谈会意见汇总表"]);
    expect(d.title).toBe("口袋公园建设座谈会意见汇总表");
  });

  it("a page number above any sentence opens the first page: the title under it stays", () => {
    const d = doc(["某某文库", "下载文档　　VIP专享", "第1页 / 共2页", "关于推进口袋公园建设的提案", "区政协委员　某甲"]);
    expect(d.title).toBe("关于推进口袋公园建设的提案");
  });
});
