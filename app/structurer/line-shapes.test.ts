/**
 * Line shapes read by several chrome rules: a sentence whose stop is a colon announces the list
 * under it and is content, whatever word of an app or a prompt it holds. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { fold } from "./fold";
import { announcesList } from "./line-shapes";

describe("a sentence announcing a list", () => {
  it("reads two clauses or more before a final colon", () => {
    expect(announcesList(fold("回来后，我在小程序里发起了投票，共有2160人参与，结果如下："))).toBe(true);
    expect(announcesList(fold("扫码进入小程序："))).toBe(false);
    expect(announcesList(fold("结果如下，请看："))).toBe(false);
  });
  it("keeps such a sentence from the ad rule, which still takes a bare prompt", () => {
    expect(lineVerdict(fold("委员在“某某协商”小程序开设了专栏，两天内收到建议318条，归纳起来有以下三点："))).toBeNull();
    expect(lineVerdict(fold("长按识别小程序，参与投票："))).toBe("ad");
  });
});
