// Page chrome of bulletins and exported chats: footers, tabs and a bulletin's furniture; an exported
// group chat's turns, times and system lines.
import { describe, expect, it } from "vitest";
import { removed, structure, shape } from "./rule-test-support";
import { lineVerdict } from "./chrome-rules";

const body = [
  "　　近年来，我县农村集中供气覆盖面不断扩大，但部分管线老化、巡检不到位，安全隐患时有发生。",
  "一、摸清管线底数。县住建局牵头，对全县农村燃气管线开展全面排查，建立隐患台账。",
  "二、落实巡检责任。燃气企业每月巡检一次，乡镇做好日常监督。",
];

describe("footers, tabs and bulletin furniture (round 10)", () => {
  it("a line with two contact fields is contact, whatever precedes them", () => {
    expect(lineVerdict("◇青禾晚报社出版◇地址：青禾市湖滨路9号　邮编：410000")).toBe("contact");
    expect(lineVerdict("本社地址：某市文昌路12号　订报热线：（0731）5566××××")).toBe("contact");
    expect(lineVerdict("报名表应写明家庭地址：门牌号码和联系电话：本人手机，由社区统一收集后报送。")).toBeNull();
  });

  it("a portal's live-transcript tab and a related-interviews header are chrome", () => {
    expect(lineVerdict("图文直播")).toBe("widget");
    expect(lineVerdict("往期访谈：")).toBe("related");
    const text = ["关于农村燃气安全的建议", ...body, "相关视频：", "· 县应急局谈汛期值守", "· 县政协委员谈乡村公路"].join("\n");
    expect(removed(text)).toEqual(["相关视频：", "· 县应急局谈汛期值守", "· 县政协委员谈乡村公路"]);
  });

  it("a bulletin's distribution lines and print count are metadata", () => {
    expect(lineVerdict("报：市委、市政府分管领导")).toBe("metadata");
    expect(lineVerdict("送：市应急局、市住建局")).toBe("metadata");
    expect(lineVerdict("（共印45份）")).toBe("metadata");
    expect(lineVerdict("送：温暖进万家")).toBeNull();
  });

  it("a bracketed reporter credit that compiled the page, a scan prompt, a reading-time note, a hashtag label", () => {
    expect(lineVerdict("（本报记者　杜某　整理）")).toBe("credit");
    expect(lineVerdict("扫码了解更多代表建议")).toBe("ad");
    expect(lineVerdict("阅读本文大约需要4分钟")).toBe("metadata");
    expect(lineVerdict("#政协好声音#")).toBe("column");
    expect(lineVerdict("（本报记者　杜某）认为这很重要。")).toBeNull();
  });

  it("a hashtag label over a headline is not the title", () => {
    const text = ["#代表建言#", "农村燃气安全怎么管？县政协委员这样说", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("农村燃气安全怎么管？县政协委员这样说");
  });
});

describe("exported group chats (round 10)", () => {
  const chat = [
    "群聊“县政协提案委工作群”的聊天记录",
    "————  2026-05-11  ————",
    "委员孔某 10:02",
    "大家好，燃气安全的提案稿发一下，请各位把关🙏",
    "委员孔某 10:03",
    "关于加强农村燃气安全管理的建议",
    "",
    ...body,
    "",
    "委员邓某 10:15",
    "赞同，第二条很实在",
    "委员孔某 10:16",
    "好的",
  ].join("\n");

  it("the header, the speaker lines and the short turns are chat; the pasted draft is the text", () => {
    const r = structure(chat);
    expect(r.documents[0].title).toBe("关于加强农村燃气安全管理的建议");
    expect(shape(r.documents[0].children)).toBe("R R");
    const gone = removed(chat);
    expect(gone).toContain("大家好，燃气安全的提案稿发一下，请各位把关🙏");
    expect(gone).toContain("赞同，第二条很实在");
    expect(gone).toContain("委员邓某 10:15");
    expect((r.removed ?? []).filter((x) => x.reason === "chat").length).toBeGreaterThanOrEqual(8);
  });

  it("one speaker/time line alone is not a chat", () => {
    expect(removed(["关于农村燃气安全的建议", "会议开始 09:30", ...body].join("\n"))).toEqual(["会议开始 09:30"]);
  });
});
