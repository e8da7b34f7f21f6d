/**
 * The byline's surface (byline-surface.ts). Every input is made up for the test, in at
 * least two styles per rule; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { asTyped, bylinesAsTyped, withoutBylineDecoration } from "./byline-surface";
import { nameCell } from "./head-source";
import { firstDocument, POCKET_PARK_BODY } from "./rule-test-support";

const body = POCKET_PARK_BODY;
const byline = (lines: string[]) => firstDocument(lines, body).byline;

describe("a byline is given back as typed", () => {
  it("a print byline keeps its ideographic spaces (a reporter's credit, a member's post and name)", () => {
    expect(byline(["让口袋公园更好用", "本报记者　某甲　实习生　某乙"])).toBe("本报记者　某甲　实习生　某乙");
    expect(byline(["让口袋公园更好用", "□ 区政协委员　　某丙"])).toBe("区政协委员　　某丙");
  });

  it("doubled ASCII spaces stay too; the value is cut from its own line only", () => {
    expect(asTyped("区政协委员 某丁", ["区政协委员 某丁的发言", "区政协委员  某丁"])).toBe("区政协委员 某丁");
    expect(asTyped("记者 某戊 通讯员 某己", ["标题", "记者  某戊\u3000通讯员 某己"])).toBe("记者  某戊\u3000通讯员 某己");
    expect(asTyped("无人 写过", ["别的行"])).toBe("无人 写过");
  });
});

describe("a byline's decoration and credit label go", () => {
  it("pictographs and symbols before the names (a WeChat pen, a print bullseye)", () => {
    expect(withoutBylineDecoration("📝 区政协委员 某丁")).toBe("区政协委员 某丁");
    expect(withoutBylineDecoration("◎ 县政协委员 某丙")).toBe("县政协委员 某丙");
    expect(withoutBylineDecoration("★★ 区政协委员 某丁")).toBe("区政协委员 某丁");
  });

  it("a credit label after them, with any separator (slash, full-width bar, colon)", () => {
    expect(withoutBylineDecoration("✍️ 文/区政协委员 某丁")).toBe("区政协委员 某丁");
    expect(withoutBylineDecoration("文｜本刊记者 某戊")).toBe("本刊记者 某戊");
    expect(withoutBylineDecoration("撰文 | 某某研究会")).toBe("某某研究会");
  });

  it("a proposal form's co-signers in brackets after the proposer are no byline (联名, 附议人; either bracket)", () => {
    expect(withoutBylineDecoration("县政协委员 某甲（联名：某乙、某丙）")).toBe("县政协委员 某甲");
    expect(withoutBylineDecoration("某丁 (附议人: 某戊 某己)")).toBe("某丁");
    expect(withoutBylineDecoration("某庚（区政协委员）")).toBe("某庚（区政协委员）");
  });

  it("the co-signers cut from the byline open the intro, so nobody's name is lost", () => {
    const [form] = bylinesAsTyped([{ byline: "县政协委员 某甲（联名：某乙、某丙）", intro: "题目：关于某某的建议" }], "");
    expect(form).toEqual({ byline: "县政协委员 某甲", intro: "（联名：某乙、某丙）\n题目：关于某某的建议" });
    const [bare] = bylinesAsTyped([{ byline: "某丁 (附议人: 某戊 某己)", intro: "" }], "");
    expect(bare.intro).toBe("(附议人: 某戊 某己)");
    const [plain] = bylinesAsTyped([{ byline: "某庚（区政协委员）", intro: "正文" }], "");
    expect(plain.intro).toBe("正文");
  });

  it("a name that only looks like a label is kept (文 as a surname's line, nothing left after the symbol)", () => {
    expect(withoutBylineDecoration("文某某")).toBe("文某某");
    expect(withoutBylineDecoration("◎")).toBe("◎");
  });
});

describe("the publisher named over the date (head-source.ts)", () => {
  const source = (lines: string[]) => firstDocument(lines, body).source;

  it("an account's or a broadcaster's name right over the date line is the source", () => {
    expect(source(["某某区侨联", "2026-05-06 08:12", "口袋公园怎样更好用"])).toBe("某某区侨联");
    expect(source(["口袋公园怎样更好用", "某某县发布 V", "2026年5月6日 08:12 来自 手机"])).toBe("某某县发布");
  });

  it("a page's navigation, an occasion line or a credit over the date names no publisher", () => {
    expect(source(["首页", "2026-05-06", "口袋公园怎样更好用"])).toBeNull();
    expect(source(["在区政协全体会议上的发言", "2026年5月6日", "口袋公园怎样更好用"])).toBeNull();
    expect(source(["口袋公园怎样更好用", "本报记者 某甲", "2026年5月6日"])).toBeNull();
  });
});

describe("nameCell", () => {
  it("takes the first cell of a name line, never prose", () => {
    expect(nameCell("某某广播电视台　新闻频率 FM99.1")).toBe("某某广播电视台");
    expect(nameCell("某某日报·数字版")).toBe("某某日报");
    expect(nameCell("我们一起来看看，这个问题")).toBeNull();
  });
});

describe("co-signers as a field of their own on the proposer's line (2026-12-05)", () => {
  it("cuts `联名：` / `附议：` after a space from the byline and opens the intro with it", () => {
    const form = firstDocument(["关于规范口袋公园管理的提案", "提案人：区政协委员 某丁　联名：某甲、某乙"], body);
    expect(form.byline).toBe("区政协委员 某丁");
    expect(form.intro.startsWith("联名：某甲、某乙")).toBe(true);
    expect(withoutBylineDecoration("市政协委员 某丙　　附议：[[某甲]]")).toBe("市政协委员 某丙");
  });

  it("leaves a name with no such field, and a body whose name holds the word, alone", () => {
    expect(withoutBylineDecoration("市政协委员 某丙")).toBe("市政协委员 某丙");
    expect(withoutBylineDecoration("某某联名协会")).toBe("某某联名协会");
  });
});
