/**
 * Chrome of the eleventh wave (2026-12-04): sentences to the reader or of the platform closing the
 * page, and a comment thread without a head — with content of the same shapes that must stay.
 * Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { removedReasons as removedOf } from "./rule-test-support";

const HEAD = ["某镇便民服务站建设情况调研", "2026-11-05 09:12　来源：某镇发布"];
const PARA_A = "　　今年以来，镇政协联络组围绕便民服务站建设开展调研，走访了12个村，收集意见建议30余条。";
const PARA_B = "　　调研发现，部分服务站开放时间短、事项少，老人办事仍要跑到县城，群众意见较大。";
const PARA_C = "　　建议县农业农村局牵头，推动服务站延长开放时间，把高频事项下放到村一级办理。";
const text = (...lines: string[]) => [...HEAD, ...lines].join("\n");

describe("sentences closing the page", () => {
  it("removes reprint, submission and disclaimer sentences after the text", () => {
    const tail = ["转载请联系后台授权。", "欢迎读者来信来稿，共议身边事。", "文中观点仅代表委员个人意见。"];
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, ...tail));
    for (const line of tail) expect(removed.get(line)).toBe("ad");
  });
  it("removes a closing thanks, a borrowed-pictures note and a question put to the reader", () => {
    const tail = ["部分图片来自网络。", "感谢阅读！", "你怎么看？"];
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, ...tail));
    for (const line of tail) expect(removed.get(line)).toBe("ad");
  });
  it("keeps such a sentence with a paragraph of the text under it, and a speaker's closing turn", () => {
    const inside = "　　欢迎读者来信反映身边事。";
    const turn = "主持人：感谢您的分享，欢迎继续关注本栏目。";
    const removed = removedOf(text(PARA_A, inside, PARA_B, PARA_C, turn));
    expect(removed.has(inside.trim())).toBe(false);
    expect(removed.has(turn)).toBe(false);
  });
});

describe("a comment thread without a head", () => {
  it("removes rows under distinct nicknames at the end", () => {
    const rows = ["山那边的石头：盼着早点开通。", "阿岚不吃辣：支持！雨天真的难。"];
    const removed = removedOf(text(PARA_A, PARA_B, PARA_C, ...rows));
    for (const line of rows) expect(removed.get(line)).toBe("chat");
  });
  it("keeps places' rows and a transcript's speakers who spoke above", () => {
    const places = ["甲村：利用闲置村部开设服务站。", "乙村：与邮政网点合作代办事项。"];
    expect([...removedOf(text(PARA_A, PARA_B, PARA_C, ...places)).keys()].some((l) => places.includes(l))).toBe(false);
    const turns = ["老周：我们村的服务站每周只开两天，老人办事很不方便。", "小林：那您觉得开几天合适？", "老周：至少五天。", "小林：好的。"];
    expect([...removedOf(text(PARA_A, PARA_B, PARA_C, ...turns)).keys()].some((l) => turns.includes(l))).toBe(false);
  });
});

describe("a serial's own schedule and a pointer teaser (twelfth wave)", () => {
  it("removes a closing note about the next issue, in a column and in a programme", () => {
    const tail = ["本期就到这里，下期我们继续推送委员关于社区食堂的建议。"];
    expect(removedOf(text(PARA_A, PARA_B, PARA_C, ...tail)).get(tail[0])).toBe("ad");
    const programme = "下期节目将继续关注农村养老，敬请收听。";
    expect(removedOf(text(PARA_A, PARA_B, PARA_C, programme, "（本期编辑：某某）")).get(programme)).toBe("ad");
  });
  it("keeps a sentence about the next meeting that closes a report", () => {
    const next = "　　下一期培训将于12月举行。";
    expect(removedOf(text(PARA_A, PARA_B, PARA_C, next)).has(next.trim())).toBe(false);
  });
  it("removes a pointer promising more, wherever it stands, and keeps an item under a pointer", () => {
    const teaser = "👇 委员的点子还有这些";
    const item = "👉 服务要再延伸，由县农业农村局牵头把高频事项下放到村一级办理。";
    const removed = removedOf(text(PARA_A, teaser, PARA_B, item, PARA_C));
    expect(removed.get(teaser)).toBe("ad");
    expect(removed.has(item)).toBe(false);
  });
});

describe("a tip under a pointing glyph, and the drafters' field after the text (2026-12-04)", () => {
  it("removes a pointer's tip between the items and keeps a pointer's item", () => {
    const tip = "👉 温馨提示：接送孩子请提前五分钟到达";
    const item = "👉 建议县教育局统筹校车线路。";
    const removed = removedOf(text(PARA_A, PARA_B, tip, PARA_C, item));
    expect(removed.get(tip)).toBe("ad");
    expect(removed.has(item)).toBe(false);
  });
  it("keeps a tip label without the glyph and a long tip", () => {
    const bare = "温馨提示：下水前请穿好救生衣";
    const long = "👇 小贴士：下水前请务必穿好救生衣并检查扣带是否系紧，儿童须在家长陪同下进入划定的水域活动";
    const removed = removedOf(text(PARA_A, PARA_B, bare, long, PARA_C));
    expect(removed.has(bare)).toBe(false);
    expect(removed.has(long)).toBe(false);
  });
  it("removes a drafters' field after the last paragraph, not one inside the text", () => {
    const after = "执笔：邹某某　乔某某";
    expect(removedOf(text(PARA_A, PARA_B, PARA_C, after)).get(after)).toBe("credit");
    const inside = "撰稿人：市政协研究室";
    expect(removedOf(text(PARA_A, inside, PARA_B, PARA_C)).has(inside)).toBe(false);
  });
});
