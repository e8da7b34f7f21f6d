/**
 * Editorial insertions on a line of their own, wholly in brackets (twelfth wave): a sponsor's or an
 * advertiser's slot, an editor's note, a compiler's note that a part of the text is left out — and a
 * list's own rest, which stays. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { editorialInsert } from "./chrome-notes";
import { fold } from "./fold";
import { removedReasons } from "./rule-test-support";

const HEAD = ["某县农村饮水安全情况调研", "2026-11-05 09:12　来源：某县发布"];
const PARA_A = "　　今年以来，县政协组织委员围绕农村饮水安全开展调研，走访了9个乡镇，发现部分水厂设施老化。";
const PARA_B = "　　建议县水务部门牵头，分批改造老旧管网，并建立水质定期检测和公开制度。";

describe("editorial insertions in brackets", () => {
  it("reads an insertion by its label and an omission by the part it leaves out", () => {
    expect(editorialInsert(fold("【插播：本节目由某某中心协办】"))).toBe("ad");
    expect(editorialInsert(fold("［口播：本时段节目由某某银行特约播出］"))).toBe("ad");
    expect(editorialInsert(fold("（编者注：本文部分发言有删节）"))).toBe("footnote");
    expect(editorialInsert(fold("（报告第一部分“工作回顾”略）"))).toBe("footnote");
    expect(editorialInsert(fold("（会上其他委员的发言内容从略）"))).toBe("footnote");
  });
  it("keeps a list's rest, a bracketed signature and a label without a colon", () => {
    expect(editorialInsert(fold("（其余23家略）"))).toBe(null);
    expect(editorialInsert(fold("（民盟某市委员会）"))).toBe(null);
    expect(editorialInsert(fold("【编者按】"))).toBe(null);
    expect(editorialInsert(fold("附件：调查问卷（略）"))).toBe(null);
  });
  it("removes them between two paragraphs of the text", () => {
    const lines = ["【插播：本栏目由某某农商银行冠名播出】", "（中间部分略）"];
    const removed = removedReasons([...HEAD, PARA_A, ...lines, PARA_B].join("\n"));
    expect(removed.get(lines[0])).toBe("ad");
    expect(removed.get(lines[1])).toBe("footnote");
  });
});

describe("a transcriber's note that a part could not be read (2026-12-04)", () => {
  it("reads the part and the failure to read it", () => {
    expect(editorialInsert(fold("[此处字迹模糊，未能识别]"))).toBe("footnote");
    expect(editorialInsert(fold("〔以下两行原件破损，无法辨认〕"))).toBe("footnote");
    expect(editorialInsert(fold("（此处字迹不清）"))).toBe("footnote");
  });
  it("keeps a bracketed remark on people or things that cannot be identified", () => {
    expect(editorialInsert(fold("（部分车辆号牌无法识别）"))).toBe(null);
    expect(editorialInsert(fold("［肇事者身份尚未能辨认］"))).toBe(null);
  });
});
