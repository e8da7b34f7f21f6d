import { describe, expect, it } from "vitest";
import { parseByline } from "./authors";
import { fold } from "./fold";
import { structure } from "./pipeline";

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

describe("where a page's next document starts (document-segments.ts, third wave)", () => {
  it("a commentary signed with a glyph and a pen name after a news report is a document of its own", () => {
    const page = [
      "沙河日报　2026年6月3日　第4版",
      "夜市有了“烟火气”也要有“规矩”",
      "——区政协就夜间经济开展民主监督",
      "本报记者　毛某某",
      "　　6月1日，区政协组织委员对三处夜市开展民主监督。委员们发现，部分摊位占道经营，油烟扰民。",
      "　　委员们建议：一是划定经营区域，由区城管局牵头设置隔音屏障；二是规范经营时间，区市场监管局加强食品抽检。",
      "烟火气里见治理",
      "● 石岸",
      "　　夜市热闹，说明城市有活力；夜市有序，说明治理有温度。",
      "　　把委员的建议落到实处，夜市才能既热闹又安宁。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["夜市有了“烟火气”也要有“规矩”", "烟火气里见治理"]);
    expect(docs.map((d) => d.byline)).toEqual(["本报记者　毛某某", "石岸"]);
    // The page's masthead date is every article's.
    expect(docs.map((d) => d.date)).toEqual(["2026-06-03", "2026-06-03"]);
    expect(docs[1].children).toEqual([]);
  });

  it("a glyph that opens other lines too is a list's bullet, never a pen name", () => {
    const text = [
      "关于改善背街小巷照明的建议",
      "　　背街小巷照明不足，居民夜间出行不便。具体建议如下。",
      "补齐设施短板",
      "● 排查",
      "　　由区城管局牵头，开展一次全面排查。",
      "● 改造",
      "　　供电公司配合完成线路改造。",
    ];
    expect(documents(text)).toHaveLength(1);
  });

  it("a glyph-led label line above a signed page is no byline and ends no preamble: the first signed article keeps its headline", () => {
    expect(parseByline("◆ 界别协商会发言选登", fold("◆ 界别协商会发言选登"))).toBeNull();
    expect(parseByline("□ 民盟青禾市委", fold("□ 民盟青禾市委"))?.byline).toBe("民盟青禾市委");
    const page = [
      "■ 专题协商会发言摘编",
      "让老城“微更新”见实效",
      "编者按：4月8日，市政协召开专题协商会。本版选登两位委员的发言。",
      "给老街装上“慢行道”",
      "　　老街人车混行，安全隐患突出。建议：",
      "（1）划定慢行区域。市交通运输局牵头，在老街设置慢行道。",
      "（2）完善停车设施。市城管局在周边增设临时停车点。",
      "——市政协委员、某设计院总工程师　邬某某",
      "让旧厂房变身“文化客厅”",
      "　　城区闲置厂房较多。建议市文化广电旅游局会同市自然资源和规划局出台利用办法。",
      "——市政协委员、某大学教授　钮某某",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["给老街装上“慢行道”", "让旧厂房变身“文化客厅”"]);
    expect(docs[0].byline).toBe("市政协委员、某设计院总工程师　邬某某");
    expect(docs[0].children).toHaveLength(2);
    expect(docs[0].intro).toContain("编者按");
  });
});

describe("where a page's next document starts (fourth wave)", () => {
  it("a booklet of proposal abstracts: each title with its register number over 提案人 opens a document", () => {
    const booklet = [
      "提案摘要汇编",
      "关于增设社区食堂的提案（第0021号）",
      "提案人：某某某",
      "　　摘要：建议区民政局在老旧小区增设社区食堂。",
      "关于规范校外托管的提案（第0035号）",
      "提案人：民盟某区委员会",
      "　　摘要：建议区教育局会同区市场监管局建立托管机构备案制度。",
      "关于治理噪声扰民的提案（第0042号）",
      "提案人：某某、某某某",
      "　　摘要：建议区生态环境局加强夜间施工噪声执法。",
    ];
    const docs = documents(booklet);
    // The number is the proposal's register number, no word of its title: it stays as intro text.
    expect(docs.map((d) => d.title)).toEqual(["关于增设社区食堂的提案", "关于规范校外托管的提案", "关于治理噪声扰民的提案"]);
    expect(docs.map((d) => d.byline)).toEqual(["某某某", "民盟某区委员会", "某某、某某某"]);
    expect(docs[1].intro).toContain("第0035号");
  });

  it("speeches with a dashed 副题 over the speaker's byline are a document each", () => {
    const page = [
      "大会发言选登",
      "让乡村小学办得更好",
      "——在县政协十届三次会议上的发言",
      "县政协委员、某镇中心小学校长　某某某",
      "　　乡村教师流失严重。建议县教育局落实乡村教师生活补助，建设教师周转宿舍。",
      "把小农户带进大市场",
      "——在县政协十届三次会议上的发言",
      "农工党某县总支",
      "　　小农户对接市场难。建议县农业农村局培育农民合作社，发展订单农业。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["让乡村小学办得更好", "把小农户带进大市场"]);
    expect(docs[0].byline).toBe("县政协委员、某镇中心小学校长　某某某");
  });

  it("a forum's speaker named first with posts in brackets opens a document over its headline", () => {
    const page = [
      "委员圆桌",
      "某某某（市政协委员、某区医院院长）：",
      "让家庭医生签约更实在",
      "　　建议市卫健委完善家庭医生签约服务包，提高签约服务费标准。",
      "某某（市政协常委、某大学教授）：",
      "让慢病管理进社区",
      "　　建议市医保局将社区慢病随访纳入医保支付。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => d.title)).toEqual(["让家庭医生签约更实在", "让慢病管理进社区"]);
    expect(docs.map((d) => d.byline)).toEqual(["某某某（市政协委员、某区医院院长）", "某某（市政协常委、某大学教授）"]);
  });

  it("an agency reporter's statement-question never opens a document", () => {
    const interview = [
      "委员访谈：让老旧电梯“更新”更顺畅",
      "某某社记者　某某",
      "某某社记者：不少居民关心加装电梯的费用分摊问题。",
      "某某某：我建议市住建局出台费用分摊指导意见，由街道组织居民协商。",
      "某某社记者：您对后续维护有什么建议？",
      "某某某：建议市市场监管局督促维保单位落实责任。",
    ];
    expect(documents(interview).length).toBe(1);
  });
});

describe("a page's speakers named by a field or a bracketed member tag (thirteenth wave)", () => {
  it("an author field under each headline (`发言人：…`) is its byline and opens its document", () => {
    const page = [
      "某江日报　2026年5月6日　第4版",
      "把公园绿地还给市民",
      "——市政协专题协商会发言摘登",
      "　　5月5日，市政协召开专题协商会。现将部分发言摘登如下。",
      "拆除围墙开放绿地",
      "发言人：市政协委员　龚某某",
      "　　一、推动公园拆墙透绿。由市林业和园林局牵头制定计划。",
      "　　二、增设出入口。市城市管理局配合做好周边管理。",
      "口袋公园要建在家门口",
      "发言人：农工党某江市委员会",
      "　　（一）盘活边角地块。市自然资源和规划局建立储备清单。",
      "　　（二）配齐休憩设施。各区政府落实管护责任。",
    ];
    const docs = documents(page);
    expect(docs.map((d) => [d.title, d.byline])).toEqual([
      ["拆除围墙开放绿地", "市政协委员　龚某某"],
      ["口袋公园要建在家门口", "农工党某江市委员会"],
    ]);
    expect(docs.map((d) => d.children.length)).toEqual([2, 2]);
  });

  it("a member tag (`【委员】`, `［代表］`) before a name line is a speaker tag, never a speaker with a headline", () => {
    const page = [
      "两会声音｜民生建言",
      "　　两会期间，委员和代表们围绕民生热点积极建言，现摘编如下。",
      "夜间公交再延长一小时",
      "【委员】市政协委员、某公司职员　鲍某某",
      "　　鲍某某建议，市交通运输局会同公交企业把主要线路末班车延后一小时，方便夜班职工回家。",
      "（3月2日　记者　祝某　整理）",
      "社区医院要有儿科",
      "［代表］市人大代表、某医院医生　漆某某",
      "　　漆某某建议，市卫生健康委员会在社区卫生服务中心增设儿科门诊，缓解大医院就诊压力。",
      "（3月2日　记者　祝某　整理）",
    ];
    const result = structure(page.join("\n"), { directory: [] });
    expect(result.documents.map((d) => [d.title, d.byline])).toEqual([
      ["夜间公交再延长一小时", "市政协委员、某公司职员　鲍某某"],
      ["社区医院要有儿科", "市人大代表、某医院医生　漆某某"],
    ]);
    // Each item's speech is one paragraph: its text, no node (one lead phrase is no list).
    expect(result.documents.map((d) => d.children)).toEqual([[], []]);
    // The dated reporter's credit under each item is chrome.
    expect(result.removed?.filter((r) => r.text.startsWith("（3月2日")).map((r) => r.reason)).toEqual(["credit", "credit"]);
  });
});
