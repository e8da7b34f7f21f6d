/**
 * Rules added when the ninth held-out folder (content/corpus-holdout-9) was opened and
 * tuned to (issue 12, round 11). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { isBackgroundTitle } from "./kinds";
import { detect, removed, structure } from "./rule-test-support";

const body = [
  "　　近年来，我市老旧小区加装电梯需求旺盛，但协调难、资金难、维护难问题突出。",
  "一、简化审批流程。市住建局牵头，推行加装电梯联合审批，压缩办理时限。",
  "二、拓宽资金渠道。鼓励居民提取住房公积金用于加装电梯。",
];

describe("player, screenshot and transcript furniture (round 11)", () => {
  it("a read-aloud / font-size widget and a video player's residue are widgets", () => {
    expect(lineVerdict("🔈 朗读本文　A+　A-")).toBe("widget");
    expect(lineVerdict("01:12 / 05:30")).toBe("widget");
    expect(lineVerdict("倍速")).toBe("widget");
    expect(lineVerdict("抱歉，您的浏览器不支持audio标签")).toBe("widget");
    expect(lineVerdict("委员们在现场朗读本文件的要点，并提出修改意见。")).toBeNull();
  });

  it("a screenshot's clock, status bar and back bar, a transcript's time mark", () => {
    expect(lineVerdict("10:27")).toBe("metadata");
    expect(lineVerdict("▶ 14:05")).toBe("metadata");
    expect(lineVerdict("4G 63%")).toBe("widget");
    expect(lineVerdict("< 返回　　掌上某城　　···")).toBe("navigation");
  });

  it("a station line with its frequency and a programme's issue label", () => {
    expect(lineVerdict("青禾人民广播电台　FM103.5 交通之声")).toBe("masthead");
    expect(lineVerdict("《民生直通车》第58期文字实录")).toBe("metadata");
    expect(lineVerdict("全县有FM 92.1 和 AM 900 两个频率覆盖山区。")).toBeNull();
  });

  it("the status bar and back bar over a screenshot are not the title", () => {
    const text = ["8:15", "5G 42%", "< 返回　　掌上某城　　···", "关于老旧小区加装电梯的建议", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
  });
});

describe("microblog, online document and message board furniture (round 11)", () => {
  it("a microblog's link, video, count and comment rows are chrome", () => {
    expect(lineVerdict("网页链接")).toBe("widget");
    expect(lineVerdict("L青禾发布的微博视频")).toBe("widget");
    expect(lineVerdict("收起全文d")).toBe("widget");
    expect(lineVerdict("转发 208")).toBe("widget");
    expect(lineVerdict("热门评论")).toBe("related");
    expect(lineVerdict("查看全部回复 >")).toBe("widget");
  });

  it("an online document's edit line, collaborators, outline, mentions and comment counts", () => {
    expect(lineVerdict("最后修改：昨天 09:05　　组织内可编辑")).toBe("metadata");
    expect(lineVerdict("协作者 5")).toBe("widget");
    expect(lineVerdict("文档目录")).toBe("related");
    expect(lineVerdict("@韩某 请补充去年的数据来源")).toBe("chat");
    expect(lineVerdict("4条评论")).toBe("widget");
    expect(lineVerdict("已解决")).toBe("widget");
  });

  it("a message board's record, reply and rating lines are chrome", () => {
    expect(lineVerdict("信件编号：2025-0301-118　　状态：已回复")).toBe("metadata");
    expect(lineVerdict("回复单位：某市住房和城乡建设局　　回复时间：2025-03-09")).toBe("metadata");
    expect(lineVerdict("满意度评价：★★★☆☆")).toBe("widget");
    expect(lineVerdict("您对本次回复是否满意？　满意　不满意")).toBe("widget");
    expect(lineVerdict("更多留言")).toBe("related");
  });

  it("a site's script switch and an advertising licence footer", () => {
    expect(lineVerdict("某城政协网　　简体 | 繁體")).toBe("navigation");
    expect(lineVerdict("社址：某城湖滨路1号　广告经营许可证：某工商广字018号")).toBe("legal");
  });
});

describe("letters, drafts and tracked changes (round 11)", () => {
  it("a document number with its signer, a number alone, a class and a draft label are metadata", () => {
    expect(lineVerdict("青住建函〔2025〕112号　　签发人：吕某")).toBe("metadata");
    expect(lineVerdict("〔2025〕第9期")).toBe("metadata");
    expect(lineVerdict("（B类）")).toBe("metadata");
    expect(lineVerdict("（征求意见稿）")).toBe("metadata");
  });

  it("a word processor's comment and tracked-change residue is a revision", () => {
    expect(lineVerdict("批注 [吕3]: 这一句是否再精简？")).toBe("revision");
    expect(lineVerdict("插入的内容: 和物业企业")).toBe("revision");
    expect(lineVerdict("带格式的: 缩进: 首行缩进:  2 字符")).toBe("revision");
    const text = ["（征求意见稿）", "关于老旧小区加装电梯的建议", "批注 [吕1]: 标题再斟酌", ...body].join("\n");
    expect(removed(text)).toEqual(["（征求意见稿）", "批注 [吕1]: 标题再斟酌"]);
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
  });
});

describe("bracketed headlines (round 11)", () => {
  it("a microblog topic tag before a bracketed headline and brackets around a message title go", () => {
    expect(structure(["#两会建言# 【老旧小区加装电梯怎么推进】", ...body].join("\n")).documents[0].title).toBe("老旧小区加装电梯怎么推进");
    expect(structure(["「关于老旧小区加装电梯的建议」", ...body].join("\n")).documents[0].title).toBe("关于老旧小区加装电梯的建议");
    expect(structure(["【提案】关于老旧小区加装电梯的建议", ...body].join("\n")).documents[0].title).not.toBe("提案】关于老旧小区加装电梯的建议");
  });
});

describe("remedy verbs in section headings (round 11)", () => {
  it("a heading that opens with a remedy verb (补上/补足/弥补) names a measure, not a background section", () => {
    expect(isBackgroundTitle("补上托育服务短板")).toBe(false);
    expect(isBackgroundTitle("弥补基层医疗短板")).toBe(false);
    expect(isBackgroundTitle("托育服务短板")).toBe(true);
  });
});

describe("州 and 盟 levels (round 11)", () => {
  it("a 自治州's or a 盟's bodies are city-level bodies", () => {
    expect(detect("建议由州民政局牵头，州卫健委配合，做好高龄津贴发放。")).toEqual(["市民政局:lead", "市卫生健康委员会:co"]);
    expect(detect("盟交通运输局要会同盟公安局开展冬季道路隐患排查。")).toEqual(["市交通运输局:lead", "市公安局:co"]);
  });

  it("州 and 盟 inside words and place names are no prefix", () => {
    expect(detect("民盟市委建议市民政局牵头开展调研。")).not.toContain("市民政局:mentioned");
    expect(detect("某州市民政局牵头开展调研。")).toEqual(["市民政局:lead"]);
  });
});

describe("a document's outline (round 11)", () => {
  it("short lines under `文档目录` that come back later as headings are the outline", () => {
    const text = [
      "关于老旧小区加装电梯的建议",
      "文档目录",
      "1 现状",
      "2 对策",
      "现状",
      "　　近年来，我市老旧小区加装电梯需求旺盛，但协调难、资金难、维护难问题突出。",
      "对策",
      "一、简化审批流程。市住建局牵头，推行加装电梯联合审批，压缩办理时限。",
      "二、拓宽资金渠道。鼓励居民提取住房公积金用于加装电梯。",
    ].join("\n");
    expect(removed(text)).toEqual(["文档目录", "1 现状", "2 对策"]);
  });

  it("a line after the outline head that does not come back stays", () => {
    const text = ["关于老旧小区加装电梯的建议", "文档目录", "1 加装电梯三年行动", ...body].join("\n");
    expect(removed(text)).toEqual(["文档目录"]);
  });
});

describe("a comment section (round 11)", () => {
  it("short `name：message` lines after a comment head or count are comments", () => {
    const text = ["关于老旧小区加装电梯的建议", ...body, "最新评论", "用户小林：我家楼就等着装电梯呢！", "老周：支持", "查看全部回复 >"].join("\n");
    expect(removed(text)).toEqual(["最新评论", "用户小林：我家楼就等着装电梯呢！", "老周：支持", "查看全部回复 >"]);
    const doc = ["关于老旧小区加装电梯的建议", ...body, "3条评论", "韩某：数据已更新。", "已解决"].join("\n");
    expect(removed(doc)).toEqual(["3条评论", "韩某：数据已更新。", "已解决"]);
  });

  it("a `name：` line with no comment head before it stays", () => {
    const text = ["关于老旧小区加装电梯的建议", ...body, "记者：下一步有什么打算？"].join("\n");
    expect(removed(text)).toEqual([]);
  });
});

describe("a file name over the headline (round 11)", () => {
  it("a head line that is the headline below plus a bracketed note or an extension is the file name", () => {
    const text = ["关于老旧小区加装电梯的建议（九三学社市委会）", "关于老旧小区加装电梯的建议", ...body].join("\n");
    expect(removed(text)).toEqual(["关于老旧小区加装电梯的建议（九三学社市委会）"]);
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
    expect(removed(["关于老旧小区加装电梯的建议.docx", "关于老旧小区加装电梯的建议", ...body].join("\n"))).toEqual(["关于老旧小区加装电梯的建议.docx"]);
  });

  it("a headline with a bracketed note and no repeat below stays the title", () => {
    const text = ["关于老旧小区加装电梯的建议（九三学社市委会）", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议（九三学社市委会）");
  });
});

describe("a message board's evaluation (round 11)", () => {
  it("a user's `name：evaluation` line after a rating row is a comment", () => {
    const text = ["关于老旧小区加装电梯的建议", ...body, "满意度评价：★★★☆☆", "网友评价：希望尽快落实。"].join("\n");
    expect(removed(text)).toEqual(["满意度评价：★★★☆☆", "网友评价：希望尽快落实。"]);
  });
});
