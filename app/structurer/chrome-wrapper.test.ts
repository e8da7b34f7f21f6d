/**
 * A document set between a start and an end mark inside a mail, a chat export or a forward (chrome-wrapper.ts,
 * markMarkedDocument): the lines outside the marks are the transport — with what must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import type { LineInfo } from "./chrome-lines";
import { markMarkedDocument } from "./chrome-wrapper";
import { fold } from "./fold";
import { parseLineMarker } from "./markers";
import { removedReasons as removedOf } from "./rule-test-support";

const DRAFT = [
  "关于规范共享单车停放的建议",
  "某区共享单车投放量已超过8万辆，地铁口、学校门口乱停乱放问题突出，群众反映强烈。",
  "一、划定停放区域。由区城市管理局牵头，区交通运输局配合，在地铁口和学校周边施划停放区。",
  "二、压实企业责任。区交通运输局负责督促运营企业按停放区调度车辆，对超投车辆限期清退。",
];

/** The chrome stage's view of the lines, with the lines given read as transport already (a header field, a chat turn). */
const infos = (lines: string[], transport: string[]): LineInfo[] =>
  lines.map((text) => {
    const folded = fold(text);
    return { text, folded, marker: parseLineMarker(text, folded), verdict: null, reason: transport.includes(text) ? "chat" : null };
  });
const markedOutside = (lines: string[], transport: string[]) => {
  const xs = infos(lines, transport);
  markMarkedDocument(xs, () => false);
  return new Set(xs.filter((x) => x.reason && !transport.includes(x.text)).map((x) => x.text));
};

describe("a document between marks", () => {
  it("removes a mail's covering note, sender and quoted mail outside labelled rules", () => {
    const text = ["发件人：某某 <x***@example.cn>", "收件人：区政协提案委", "主题：定稿", "各位：定稿在下面，请提意见。", "某某", "===== 正文 =====", ...DRAFT, "===== 正文完 =====", "> 在 3月8日，区政协提案委 写道：", "> 请整理成定稿。"].join("\n");
    const removed = removedOf(text);
    for (const line of ["各位：定稿在下面，请提意见。", "某某", "===== 正文 =====", "===== 正文完 =====", "> 在 3月8日，区政协提案委 写道：", "> 请整理成定稿。"]) expect(removed.has(line)).toBe(true);
    for (const line of DRAFT) expect(removed.has(line)).toBe(false);
  });
  it("removes a chat's pointer to the text, its end note and the turns around it", () => {
    const lines = ["某某 3月12日 09:32", "大家再过一遍，有意见今天提", "下面是修改后的全文：", ...DRAFT, "（全文完）", "某某 3月12日 10:05", "第二条再加一句"];
    const marked = markedOutside(lines, ["某某 3月12日 09:32", "某某 3月12日 10:05"]);
    expect([...marked]).toEqual(["大家再过一遍，有意见今天提", "下面是修改后的全文：", "（全文完）", "第二条再加一句"]);
  });
  it("keeps the outside without an end mark, or when no outside line was read as transport", () => {
    const noEnd = ["某某 3月12日 09:32", "大家再过一遍，有意见今天提", "下面是修改后的全文：", ...DRAFT];
    expect(markedOutside(noEnd, ["某某 3月12日 09:32"]).size).toBe(0);
    const bare = ["大家再过一遍，有意见今天提", "下面是修改后的全文：", ...DRAFT, "（全文完）", "第二条再加一句"];
    expect(markedOutside(bare, []).size).toBe(0);
  });
  it("keeps a report's lede above the full text it quotes, and a numbered line outside", () => {
    const lede = "本报讯　近日，区政协召开专题协商会，围绕共享单车停放管理开展协商，委员们在会上提出了多条意见建议，会后形成协商意见报送区委区政府。";
    expect(markedOutside(["某区融媒　2026年3月12日", lede, "以下为协商意见全文：", ...DRAFT, "（全文完）"], ["某区融媒　2026年3月12日"]).size).toBe(0);
    expect(markedOutside(["某某 3月12日 09:32", "1. 先看第一稿", "以下为正文：", ...DRAFT, "（正文完）"], ["某某 3月12日 09:32"]).size).toBe(0);
  });
  it("keeps the outside when the first line inside is no heading, or a label that speaks points ahead", () => {
    expect(markedOutside(["某某 3月12日 09:31", "大家再过一遍", "以下为正文：", ...DRAFT.slice(1), "（正文完）"], ["某某 3月12日 09:31"]).size).toBe(0);
    expect(markedOutside(["某某 3月12日 09:31", "大家再过一遍", "现提出建议如下：", ...DRAFT, "（完）"], ["某某 3月12日 09:31"]).size).toBe(0);
  });
});
