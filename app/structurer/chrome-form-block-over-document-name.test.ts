/**
 * A form's or an invitation's block over a document's own name (chrome-form-cover.ts,
 * markBlockOverDocumentName): a calendar invitation or a sign-in sheet pasted over the speech or the
 * minutes it came with, closed by a blank line. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons, structure } from "./rule-test-support";

const INVITATION = [
  "邀请：某区政协“托育服务”专题协商会",
  "时间：2026年5月8日 星期五 09:00 - 11:30 (GMT+08:00)",
  "地点：线上会议 / 区政协二楼会议室",
  "组织者：区政协办公室",
  "接受　　暂定　　拒绝",
  "会议号：123-456-789",
  "请各位委员提前阅读发言材料。",
  "",
];
const SPEECH = [
  "关于扩大社区普惠托位供给的建议",
  "区政协委员　甲某某",
  "",
  "　　近年来，我区双职工家庭托育需求明显增长，社区托育点数量偏少、收费偏高。为此建议：",
  "　　一、盘活闲置用房。建议区住建局梳理社区闲置用房，优先用于托育点建设。",
  "　　二、落实运营补助。由区卫生健康局会同区财政局制定普惠托位补助办法。",
];

const SHEET = [
  "某镇议事会签到表",
  "议题：村道养护",
  "时间：2026年4月2日　　地点：镇政府会议室",
  "序号\t姓名\t单位\t签名",
  "1\t乙某某\t镇政府\t乙某某",
  "2\t丙某某\t某村村委会\t丙某某",
  "",
];
const MINUTES = [
  "关于村道养护的议事会纪要",
  "　　4月2日，镇政府召开议事会，围绕村道养护开展协商，与会人员一致同意建立村道日常养护制度。",
  "　　一、明确养护责任。由镇政府牵头，各村落实专人巡查。",
  "某镇人民政府",
  "2026年4月3日",
];

describe("a form's or an invitation's block over the document's name", () => {
  it("removes an invitation's subject, fields, buttons and note; the speech's name is the title", () => {
    const text = [...INVITATION, ...SPEECH].join("\n");
    const removed = removedReasons(text);
    for (const line of INVITATION.filter((l) => l && !l.startsWith("时间") && !l.startsWith("地点"))) expect(removed.get(line)).toBe("form");
    const doc = structure(text).documents[0];
    expect(doc.title).toBe("关于扩大社区普惠托位供给的建议");
    expect(doc.byline).toBe("区政协委员　甲某某");
  });
  it("takes a record's name under a sign-in sheet for the title, not the sheet's topic field", () => {
    const doc = structure([...SHEET, ...MINUTES].join("\n")).documents[0];
    expect(doc.title).toBe("关于村道养护的议事会纪要");
    expect(removedReasons([...SHEET, ...MINUTES].join("\n")).get("某镇议事会签到表")).toBe("form");
  });
  it("keeps a 公文's own head: a line worded as a document above the name is the document's", () => {
    const head = ["某区人民政府办公室", "签发人：戊某某", "缓急：普通", "关于印发托育工作方案的通知", "各街道办事处：", "联系人：丁某　电话：略", ""];
    const removed = removedReasons([...head, ...SPEECH].join("\n"));
    expect(removed.get("关于印发托育工作方案的通知")).toBeUndefined();
    expect(removed.get("各街道办事处：")).toBeUndefined();
  });
  it("keeps a proposal form's fields: a byline field above the name is the document's author", () => {
    const head = ["某县政协提案登记表", "提案人：甲某某", "界别：社会福利", "联系电话：略", "类别：社会事业", ""];
    const text = [...head, ...SPEECH.filter((l) => !l.startsWith("区政协委员"))].join("\n");
    expect(removedReasons(text).get("提案人：甲某某")).toBeUndefined();
    expect(structure(text).documents[0].byline).toBe("甲某某");
  });
  it("reads no block when fields run straight into the name (no blank line closes them)", () => {
    const text = [...INVITATION.slice(0, -1), ...SPEECH].join("\n");
    expect(removedReasons(text).get("组织者：区政协办公室")).not.toBe("form");
  });
});
