/**
 * The frame of a conversation around a document (twelfth wave, 2026-12-04, chrome-thread.ts):
 * speaker lines in export and forum layouts, an export's header, short turns and a long turn's
 * preface, a thread title echoing the headline, action and sort rows, a post's account over its
 * info line, `@handle：` comments, a microblog post's glued headline — and the lines of the same
 * shapes that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { actionRow, postHeadline, speakerLine } from "./chrome-thread";
import { fold } from "./fold";
import { removedReasons as removedOf, structure } from "./rule-test-support";

const DRAFT = [
  "关于规范小区快递驿站管理的建议",
  "近年来，我市小区快递驿站数量增长很快，但一些驿站占用消防通道，包裹堆放在楼道里，居民取件排长队，意见较大。",
  "一、规范驿站设置。市邮政管理局会同市住建局制定驿站设置标准，不得占用消防通道。",
  "二、加强安全检查。市应急管理局定期检查驿站消防安全，发现问题限期整改。",
];

describe("one line: speaker lines, action rows", () => {
  it("reads who wrote and when in export and forum layouts", () => {
    for (const l of ["房某 11-06 19:32", "2026-09-14 10:05:33 栗某（市政协经济委）", "乔某（市政协委员） 2026/9/14 10:21", "2楼　2026-05-21 21:40", "沙发　某某网友　发表于 2026-3-18 11:03", "楼主　某某　发表于 2026-3-18 10:26　只看该作者"]) {
      expect(speakerLine(fold(l)), l).toBe(true);
    }
  });

  it("reads a floor numbered with the hash after it and a post's `发布于` (Discuz-style boards)", () => {
    for (const l of ["2#　某某　发表于 2026-11-22 21:40", "15#　某某(xiāng)　发布于 2026-10-14 20:36", "楼主　某某　发布于 2026-10-14 20:11　只看该作者"]) {
      expect(speakerLine(fold(l)), l).toBe(true);
    }
    for (const l of ["2#楼栋外墙已完成修缮", "3# 发表于报纸的文章", "5#　某某"]) expect(speakerLine(fold(l)), l).toBe(false);
  });

  it("leaves a time axis, an agenda row, a transcript's time code and a dated sentence alone", () => {
    for (const l of ["02:10 留守儿童的心事", "09:30 开幕式", "主持人 00:01:23", "2026-05-18　首批12个楼栋完成应急维修", "3月9日 已交办"]) {
      expect(speakerLine(fold(l)), l).toBe(false);
    }
  });

  it("reads a row of a thread's buttons or a comment list's sort orders, spaced", () => {
    expect(actionRow(fold("只看楼主　收藏　回复"))).toBe(true);
    expect(actionRow(fold("回复　引用　举报"))).toBe(true);
    expect(actionRow(fold("按时间　按热度"))).toBe(true);
    expect(actionRow(fold("回复"))).toBe(false);
    expect(actionRow(fold("回复群众关切　引用数据"))).toBe(false);
  });
});

describe("a conversation's frame", () => {
  it("removes an export's header, speaker lines, short turns and a long turn's preface; keeps the draft", () => {
    const text = ["某某群聊消息导出", "群名称：某市政协委员群", "2026-09-14 10:05:33 甲某", "大家看看下面这份初稿。", "2026-09-14 10:21:08 乙某（委员）", "初稿如下，请大家把关：", ...DRAFT, "2026-09-14 10:40:17 丙某", "第一条写得很好。"].join("\n");
    const r = removedOf(text);
    for (const l of ["某某群聊消息导出", "群名称：某市政协委员群", "2026-09-14 10:05:33 甲某", "大家看看下面这份初稿。", "初稿如下，请大家把关：", "2026-09-14 10:40:17 丙某", "第一条写得很好。"]) expect(r.get(l), l).toBe("chat");
    for (const l of DRAFT) expect(r.has(l), l).toBe(false);
    const doc = structure(text).documents[0];
    expect(doc.title).toBe("关于规范小区快递驿站管理的建议");
    expect(doc.children.length).toBe(2);
  });

  it("removes `N#` floors with their short replies under a post whose floor carries the poster's name", () => {
    const text = ["楼主　某某老周　发布于 2026-10-14 20:11　只看该作者", ...DRAFT, "2#　饭点到了　发布于 2026-10-14 20:36", "支持，我家楼下就缺一个。", "3#　某某小灵通　发布于 2026-10-14 21:02", "建议加上送餐上门。"].join("\n");
    const r = removedOf(text);
    for (const l of ["楼主　某某老周　发布于 2026-10-14 20:11　只看该作者", "2#　饭点到了　发布于 2026-10-14 20:36", "支持，我家楼下就缺一个。", "建议加上送餐上门。"]) expect(r.get(l), l).toBe("chat");
    for (const l of DRAFT) expect(r.has(l), l).toBe(false);
    expect(structure(text).documents[0].title).toBe("关于规范小区快递驿站管理的建议");
  });

  it("removes a forum's floors, the poster's name and preface, and a title that echoes the headline", () => {
    const text = ["【求建议】关于规范小区快递驿站管理的建议（初稿）", "楼主　2026-05-21 21:14", "某某老陈", "这是准备提交的初稿，欢迎大家提意见。", ...DRAFT, "回复　举报", "2楼　2026-05-21 21:40", "某某网友", "支持！"].join("\n");
    const r = removedOf(text);
    expect(r.get("【求建议】关于规范小区快递驿站管理的建议（初稿）")).toBe("chat");
    for (const l of ["某某老陈", "这是准备提交的初稿，欢迎大家提意见。", "某某网友", "支持！"]) expect(r.get(l), l).toBe("chat");
    expect(r.get("回复　举报")).toBe("widget");
    expect(structure(text).documents[0].title).toBe("关于规范小区快递驿站管理的建议");
  });

  it("removes a board-tagged thread title over the thread's buttons over the first floor; the buttons name no source", () => {
    const title = "【求拍砖】快递驿站的事，我写了份建议（初稿），欢迎吧友指正";
    const text = ["某某吧", title, "只看楼主　收藏　回复", "1楼　某某老陈　2026-05-21 21:14", "这是准备提交的初稿，欢迎大家提意见。", ...DRAFT, "2楼　某某网友　2026-05-21 21:40", "支持！"].join("\n");
    expect(removedOf(text).get(title)).toBe("chat");
    const d = structure(text).documents[0];
    expect(d.title).toBe("关于规范小区快递驿站管理的建议");
    expect(d.source).not.toBe("只看楼主");
    // Without a headline of the post's own, the thread's title stays the document's.
    const untitled = ["某某吧", title, "只看楼主　收藏　回复", "1楼　某某老陈　2026-05-21 21:14", ...DRAFT.slice(1), "2楼　某某网友　2026-05-21 21:40", "支持！"].join("\n");
    expect(removedOf(untitled).has(title)).toBe(false);
  });

  it("removes a forwarded bundle's header naming where it came from", () => {
    const text = ["[聊天记录] 来自“某市政协交通组”", "甲某 5-08 21:10", "转过来大家一起看看：", ...DRAFT, "乙某 5-08 21:30", "收到。"].join("\n");
    const r = removedOf(text);
    expect(r.get("[聊天记录] 来自“某市政协交通组”")).toBe("chat");
    expect(structure(text).documents[0].title).toBe("关于规范小区快递驿站管理的建议");
    expect(removedOf(["[图片]", ...DRAFT].join("\n")).has(DRAFT[0])).toBe(false);
  });

  it("leaves a text with one dated line, and a turn with numbered lines, alone", () => {
    const one = ["2026-09-14 10:05:33 甲某", ...DRAFT].join("\n");
    expect([...removedOf(one).keys()]).not.toContain(DRAFT[0]);
    const numbered = ["甲某 9-14 10:05", "一、规范驿站设置。", "乙某 9-14 10:06", "好的。"].join("\n");
    expect(removedOf(numbered).has("一、规范驿站设置。")).toBe(false);
  });
});

describe("microblog posts", () => {
  it("reads a headline glued before the lede, with a topic tag or a headline's punctuation", () => {
    expect(postHeadline("#某某委员说# 【菜市场公平秤不能只是摆设】近期，委员们对城区农贸市场开展暗访，发现问题不少。")).toEqual({
      title: "菜市场公平秤不能只是摆设",
      rest: "【菜市场公平秤不能只是摆设】近期，委员们对城区农贸市场开展暗访，发现问题不少。",
    });
    expect(postHeadline("【社区食堂如何“吃得起、开得下”？】今年以来，我市已建成社区食堂46家，但部分食堂就餐人数不多。")?.title).toBe("社区食堂如何“吃得起、开得下”？");
    // A bare label in brackets is a column's: no headline.
    expect(postHeadline("【委员声音】近期，委员们对城区农贸市场开展暗访，发现问题不少。")).toBeNull();
  });

  it("takes the glued headline as the title and keeps the lede", () => {
    const text = ["某某政协 V", "2026-8-12 17:26 来自 微博网页版", "#某某委员说# 【菜市场公平秤不能只是摆设】近期，委员们对城区农贸市场开展暗访，发现问题不少。委员们建议：", "1.定期检定公平秤。市市场监督管理局每季度检定一次。", "2.公开投诉渠道。市场开办方张贴投诉电话。"].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.title).toBe("菜市场公平秤不能只是摆设");
    expect(doc.intro).toContain("近期，委员们对城区农贸市场开展暗访");
    expect(doc.source).toBe("某某政协");
  });

  it("removes `@handle：` comments among reply counts at the end, not a quoted handle in the text", () => {
    const text = ["某某政协", "11-20 09:15 来自 微博 weibo.com", "【社区食堂如何“吃得起、开得下”？】今年以来，我市已建成社区食堂46家，但部分食堂就餐人数不多。", "一、完善运营补贴。市民政局会同市财政局给予补贴。", "转发 8　　评论 11　　赞 95", "@爱吃饭的老王：确实不便宜。", "回复 3", "@某某阿芳：希望能送餐上门。"].join("\n");
    const r = removedOf(text);
    expect(r.get("@爱吃饭的老王：确实不便宜。")).toBe("chat");
    expect(r.get("@某某阿芳：希望能送餐上门。")).toBe("chat");
    expect(r.get("某某政协")).toBe("masthead");
  });
});

describe("a first floor with no headline of its own (2026-12-05)", () => {
  const ITEMS = ["1. 规范驿站设置。市邮政管理局会同市住建局制定驿站设置标准。", "2. 加强安全检查。市应急管理局定期检查驿站消防安全。"];
  const LEAD_IN = ["大家好，我是区政协委员，最近收到不少快递驿站的投诉。", "据了解，全区驿站约三成占用消防通道。", "我的初步想法如下："];

  it("keeps the post's opening and its announcing line over numbered items: the thread's title heads them", () => {
    const text = ["某某论坛 › 社区生活 › 帖子详情", "[讨论] 快递驿站占用消防通道怎么办？", "楼主　某某老陈　发表于 2026-05-21 21:14", ...LEAD_IN, ...ITEMS, "沙发　某某网友　发表于 2026-05-21 21:40", "支持！"].join("\n");
    const r = removedOf(text);
    for (const l of LEAD_IN) expect(r.has(l), l).toBe(false);
    expect(r.get("支持！")).toBe("chat");
    expect(structure(text).documents[0].title).toBe("快递驿站占用消防通道怎么办？");
  });

  it("still removes a preface over a headline, and a chat's request over the draft's headline", () => {
    const text = ["#1　某某老陈　发布于 2026-05-21 21:14", ...LEAD_IN, ...DRAFT, "#2　某某网友　发布于 2026-05-21 21:40", "支持！"].join("\n");
    const r = removedOf(text);
    expect(r.get("我的初步想法如下：")).toBe("chat");
    expect(structure(text).documents[0].title).toBe(DRAFT[0]);
  });
});

describe("a phone's message thread: time separators over messages behind a sender's tag (twentieth wave)", () => {
  const thread = [
    "10月12日 周一 19:02",
    "【对方】委员您好，材料我整理好了，发您看看。",
    "10月12日 周一 19:06",
    "【对方】（长短信，已展开）",
    ...DRAFT,
    "2026/10/12 星期一 21:40",
    "[我] 收到，谢谢，我整理后报送。",
  ];
  it("removes the separators, the short messages and the long message's tagged note; the draft stays", () => {
    const removed = removedOf(thread.join("\n"));
    for (const l of ["【对方】委员您好，材料我整理好了，发您看看。", "[我] 收到，谢谢，我整理后报送。"]) expect(removed.get(l), l).toBe("chat");
    // A separator may be read as a date line first; the tagged note as a column's label: removed either way.
    for (const l of ["10月12日 周一 19:02", "10月12日 周一 19:06", "2026/10/12 星期一 21:40", "【对方】（长短信，已展开）"]) expect(removed.has(l), l).toBe(true);
    for (const l of DRAFT) expect(removed.has(l), l).toBe(false);
    expect(structure(thread.join("\n")).documents[0].title).toBe(DRAFT[0]);
  });
  it("keeps a dated time over an untagged line: a news page's info line, not a separator", () => {
    const page = ["某市新闻网", "10月12日 周一 19:02", "【委员声音】让快递驿站不再堵楼道", ...DRAFT.slice(1)].join("\n");
    expect(removedOf(page).get("10月12日 周一 19:02")).not.toBe("chat");
    const plain = [DRAFT[0], "2026年10月12日 19:02", ...DRAFT.slice(1)].join("\n");
    expect(removedOf(plain).get("2026年10月12日 19:02")).not.toBe("chat");
  });
});
