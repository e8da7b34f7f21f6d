import { describe, expect, it } from "vitest";
import { addresseeUnder } from "./authors";
import { fold } from "./fold";
import { detect, structure } from "./rule-test-support";

const under = (above: string, line: string) => addresseeUnder(fold(above), fold(line));

describe("a body and a colon under a 公文's name is its addressee", () => {
  it("reads the bodies a council's paper goes to", () => {
    expect(under("关于规范发展夜间集市的建议", "蔺塘区人大常委会：")).toBe(true);
    expect(under("关于加快老旧小区充电设施建设的协商意见", "中共枳阳市委员会：")).toBe(true);
    expect(under("关于《某市养老服务条例（草案）》的立法协商意见", "市人民政府：")).toBe(true);
  });

  it("leaves a party's or a council's author line under a speech's headline, and a line under no document name", () => {
    expect(under("关于加强课后服务的建议", "民盟某市委员会：")).toBe(false);
    expect(under("关于加强课后服务的建议", "市政协社会和法制委员会：")).toBe(false);
    expect(under("委员们在座谈会上发言", "市人民政府：")).toBe(false);
  });

  it("keeps the headline over a letterhead and the addressee as content, its body named", () => {
    const r = structure([
      "某区政协城建委员会",
      "",
      "关于改善背街小巷照明的建议",
      "",
      "某区人大常委会：",
      "",
      "近年来，我区背街小巷照明设施老化，群众夜间出行不便。现提出以下建议：",
      "一、加快灯具更新。区城市管理局年内完成老旧灯具节能改造。",
      "二、统一管护责任。区城市管理局建立路灯报修台账，限时修复。",
      "",
      "政协某区委员会城建委员会",
      "2026年11月20日",
    ].join("\n"));
    const d = r.documents[0];
    expect(r.documents.length).toBe(1);
    expect(d.title).toBe("关于改善背街小巷照明的建议");
    expect(d.byline).not.toBe("某区人大常委会");
  });
});

describe("a council's full name before its committee's", () => {
  it("names no new body (the CPPCC's own committee signs the paper)", () => {
    expect(detect("政协蔺塘区委员会经济委员会")).toEqual([]);
    expect(detect("政协岫川市委员会社会和法制委员会")).toEqual([]);
  });

  it("still offers a level's committee the directory lacks when no council's name stands before it", () => {
    expect(detect("由县乡村振兴委员会牵头。").some((x) => x.startsWith("县乡村振兴委员会"))).toBe(true);
  });
});
