/**
 * A handling form over the letter it forwards (chrome-form-cover.ts), a secrecy star (chrome-rules.ts), a record's bracketed close
 * (chrome-patterns.ts, RECORD_CLOSE), an event's booking card with its button (chrome-social.ts) and a
 * page number between rules (`— 第1页 —`). Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { markEventCards } from "./chrome-social";
import { removedReasons as removedOf, structure, verdict } from "./rule-test-support";

const FORM = ["某县来信转办单", "转办编号：MX-0001　　收信日期：2026年3月2日", "来信人：某镇村民", "转送单位：县住建局", "拟办意见：请按程序办理。", "----------------"];
const LETTER = [
  "关于修复村道路灯的反映",
  "尊敬的县领导：",
  "　　我们村的村道路灯坏了大半年，晚上出行很不安全，多次反映没有结果。为此恳请：",
  "　　一、请县住建局尽快安排修复路灯；",
  "　　二、请镇政府明确路灯日常管护责任。",
  "此致",
  "敬礼！",
  "　　　　　　某村村民　甲某某等5人",
  "　　　　　　2026年2月26日",
  "— 第1页 —",
];

describe("a handling form over a letter", () => {
  it("removes the form's name and fields; the letter's headline, date and signature are the document's", () => {
    const removed = removedOf([...FORM, ...LETTER].join("\n"));
    for (const line of FORM.slice(0, 5)) expect(removed.get(line)).toBe("form");
    const doc = structure([...FORM, ...LETTER].join("\n")).documents[0];
    expect(doc.title).toBe("关于修复村道路灯的反映");
    expect(doc.date).toBe("2026-02-26");
    expect(doc.byline).toBe("某村村民　甲某某等5人");
  });
  it("keeps a head whose fields no rule closes off from a headline (a record's own fields)", () => {
    const removed = removedOf([...FORM.slice(0, 5), ...LETTER.slice(1)].join("\n"));
    expect(removed.has("转送单位：县住建局")).toBe(false);
  });
  it("keeps a headline over fields and a rule: a line that names no form is no form's name", () => {
    const head = ["关于修复村道路灯的建议", "提案人：某某", "类别：城建", "联系电话：略", "----------------", "村道照明情况"];
    const removed = removedOf([...head, ...LETTER.slice(2)].join("\n"));
    expect(removed.has("关于修复村道路灯的建议")).toBe(false);
  });
});

describe("an office's routing sheet over the report it sends", () => {
  const SHEET = ["某市政协办公室发文稿纸", "文　　号：某政协办〔2026〕9号", "缓　　急：普通", "拟稿单位：提案委员会　　拟 稿 人：某某", "签　　发：同意。某某　3月2日", "================"];
  const REPORT = ["关于改善村道照明的协商建议的报告", "市人民政府：", "　　3月1日，市政协召开协商会，委员们提出建议如下。", "　　一、补齐路灯。建议市城市管理局牵头，年内修复损坏路灯。", "某市政协办公室"];
  it("removes the sheet's name and its spaced-out fields; the report's headline is the title", () => {
    const removed = removedOf([...SHEET, ...REPORT].join("\n"));
    for (const line of SHEET.slice(0, 5)) expect(removed.get(line)).toBe("form");
    expect(structure([...SHEET, ...REPORT].join("\n")).documents[0].title).toBe("关于改善村道照明的协商建议的报告");
  });
  it("keeps spaced fields that no sheet's name heads", () => {
    const removed = removedOf([...SHEET.slice(1), ...REPORT].join("\n"));
    expect(removed.has("拟稿单位：提案委员会　　拟 稿 人：某某")).toBe(false);
  });
});

describe("a secrecy star and a star bullet", () => {
  const BODY = ["关于改善村道照明的建议", "　　村道照明不足，群众夜间出行不便。建议："];
  it("keeps a starred point that is a sentence: a bullet over a measure, never a grade", () => {
    const point = "★ 补齐路灯短板。市城市管理局牵头，年内修复损坏路灯。";
    expect(removedOf([...BODY, point].join("\n")).has(point)).toBe(false);
  });
  it("still removes a grade line under the star", () => {
    expect(removedOf(["★启用前", ...BODY, "　　一、补齐路灯。市城市管理局年内修复损坏路灯。"].join("\n")).has("★启用前")).toBe(true);
  });
});

describe("a record's bracketed close and a page number between rules", () => {
  it("removes `（记录完毕）`, `（访谈结束）` and a close with a short clause", () => {
    expect(verdict("（记录完毕）")).toBe("footnote");
    expect(verdict("（访谈结束）")).toBe("footnote");
    expect(verdict("（会议记录完毕，经发言人审阅）")).toBe("footnote");
  });
  it("keeps a bracketed sentence about what happened after the meeting", () => {
    expect(verdict("（会议结束后，委员们又到现场察看了路灯）")).toBeNull();
  });
  it("reads `— 第1页 —` as a page number", () => {
    expect(verdict("— 第1页 —")).toBe("page-number");
    expect(verdict("- 第12页 共20页 -")).toBe("page-number");
  });
});

describe("an event's booking card", () => {
  const para = "　　近日，区政协组织委员围绕村道路灯管护开展协商，委员们提出了不少意见建议。";
  const after = "　　委员们建议，县住建局尽快安排修复路灯，镇政府明确日常管护责任。";
  it("removes the card and the booking button under it", () => {
    const removed = removedOf(["路灯管护怎么办", para, "直播预约｜7月10日 19:30 议事厅第二场", "预约", after].join("\n"));
    expect(removed.get("直播预约｜7月10日 19:30 议事厅第二场")).toBe("widget");
    expect(removed.get("预约")).toBe("widget");
  });
  it("keeps a preview said in a sentence, and a lone `报名` no card stands over", () => {
    expect(verdict("活动预告：7月10日晚，议事厅将就路灯管护开展第二场协商。")).toBeNull();
    const infos = ["议事厅第二场", "预约"].map((text) => ({ text, folded: text, reason: null }));
    markEventCards(infos, () => false);
    expect(infos[1].reason).toBeNull();
  });
});

describe("an app's card or a log template over the document it carries", () => {
  const DOC = [
    "关于改善背街小巷照明的建议",
    "某市政协城建委员会",
    "　　老城区不少背街小巷路灯稀少，夜间出行不便，居民多次反映，委员们走访后提出以下建议。",
    "　　一、补齐路灯。建议市城市管理局牵头，年内补齐背街小巷路灯。",
  ];
  it("removes a notice card's names, greeting, fields and button; the card's name and hour are no title or date", () => {
    const card = ["服务通知", "某市政协", "您好，您有一场活动即将开始。", "活动名称：背街小巷照明专题视察", "活动时间：2026年3月5日 09:00", "集合地点：市政协大门", "查看详情"];
    const removed = removedOf([...card, ...DOC].join("\n"));
    for (const line of card) expect(removed.has(line)).toBe(true);
    const doc = structure([...card, ...DOC].join("\n")).documents[0];
    expect(doc.title).toBe("关于改善背街小巷照明的建议");
    expect(doc.date).toBeNull();
  });
  it("removes a report template's bare labels with their answers on the next line", () => {
    const log = ["工作日志", "某某的日报", "今日完成：", "修改照明建议，全文见下。", "明日计划：", "送主任审阅", "备注：", "无"];
    const removed = removedOf([...log, ...DOC].join("\n"));
    for (const line of log) expect(removed.has(line)).toBe(true);
    expect(structure([...log, ...DOC].join("\n")).documents[0].title).toBe("关于改善背街小巷照明的建议");
  });
  it("keeps fields whose value is the headline: they describe the document (an index table, a 标题 row)", () => {
    const index = ["索引号：0001-2026-003", "发布机构：某市政协", "标题：关于改善背街小巷照明的建议"];
    const removed = removedOf([...index, ...DOC].join("\n"));
    expect(removed.get("发布机构：某市政协")).not.toBe("form");
  });
  it("keeps fields under the document's own title: a title above as long as the headline under them", () => {
    const head = ["关于背街小巷照明问题的协商座谈会纪要", "时间：3月5日上午", "地点：市政协三楼会议室", "主持人：某某"];
    const body = ["会议研究的主要事项", "　　会议听取了市城市管理局关于背街小巷照明情况的汇报，委员们逐一发言，会议议定如下。"];
    const removed = removedOf([...head, ...body].join("\n"));
    expect(removed.get("地点：市政协三楼会议室")).not.toBe("form");
    expect(removed.has("关于背街小巷照明问题的协商座谈会纪要")).toBe(false);
  });
  it("keeps a record's own fields under its name: their date is the text's date", () => {
    const record = ["某区政协协商纪要", "时间：2026年3月5日", "地点：区政协会议室", "主持：某某"];
    const doc = structure([...record, ...DOC].join("\n")).documents[0];
    expect(doc.date).toBe("2026-03-05");
  });
  it("needs three fields: two labelled lines over a headline are no card", () => {
    const two = ["通知", "活动名称：照明视察", "活动时间：3月5日"];
    const removed = removedOf([...two, ...DOC].join("\n"));
    expect(removed.get("活动名称：照明视察")).not.toBe("form");
  });
});

describe("a profile's labelled box of field rows before the story", () => {
  const STORY = [
    "　　清晨七点，某某已经在村卫生室忙开了。二十多年来，她走遍了全镇的每一个村组，对村医的难处有切身体会。",
    "　　她在提案中建议：一是县卫生健康局为村卫生室配齐常用设备；二是县财政局落实村医养老补助。",
  ];
  const BOX = ["【委员档案】", "姓名：某某", "界别：医药卫生界", "职务：县政协委员、某镇卫生院院长"];
  it("removes the label and its rows between the headline and the first paragraph", () => {
    const removed = removedOf(["她把村医的难处写进提案", "本报记者　某某", ...BOX, ...STORY].join("\n"));
    for (const line of BOX) expect(removed.get(line)).toBe("form");
    expect(removed.has(STORY[0])).toBe(false);
  });
  it("keeps a box inside the story and a label over fewer than three rows", () => {
    const plan = ["【责任分工】", "牵头单位：县卫生健康局", "配合单位：县财政局", "完成时限：2026年底"];
    const inside = removedOf(["她把村医的难处写进提案", STORY[0], ...plan, STORY[1]].join("\n"));
    for (const line of plan.slice(1)) expect(inside.has(line)).toBe(false);
    const short = removedOf(["她把村医的难处写进提案", "【委员档案】", "姓名：某某", "界别：医药卫生界", ...STORY].join("\n"));
    expect(short.get("姓名：某某")).not.toBe("form");
  });
});
