/**
 * Rules added when the eleventh held-out folder (content/corpus-holdout-11) was opened and
 * tuned to (issue 12, round 13). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { detect, removed, shape, structure, verdict } from "./rule-test-support";
import { hasLeadPhrase, isRecommendationLike } from "./paragraphs";

const body = [
  "　　近年来，我市社区食堂数量增长较快，但部分食堂运营困难，老年人就餐仍不方便。",
  "　　一是优化布点。市民政局牵头，结合社区分布新增一批助餐点。",
  "　　二是加强监管。市市场监管局定期开展食品安全抽检，结果向社会公开。",
];

describe("app and player furniture (round 13)", () => {
  it("a follow button, a media embed's marker and its player are widgets", () => {
    expect(verdict("+关注")).toBe("widget");
    expect(verdict("＋ 订阅")).toBe("widget");
    expect(verdict("▶ 视频 02:15")).toBe("widget");
    expect(verdict("► 视频 1:02:40")).not.toBeNull();
    expect(verdict("00:00 / 03:07")).toBe("widget");
    expect(verdict("关注民生实事，助力社区发展")).toBeNull();
  });

  it("a player's loading error and its retry button are widgets, the headline under them the title", () => {
    expect(verdict("音频播放失败，点击重试")).toBe("widget");
    expect(verdict("网络不给力，请稍后再试")).toBe("widget");
    const text = ["某某发布", "视频加载出错，请检查网络", "重新加载", "社区食堂怎样办得更长久", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂怎样办得更长久");
    expect(removed(text)).toContain("重新加载");
  });

  it("a poll's question, kind, options with votes and closing line are widgets", () => {
    const poll = ["您最支持哪项措施？", "多选", "增设助餐点　301票　55.1%", "加强食品抽检　245票　44.9%", "投票截止 · 共546人参与"];
    const text = ["社区食堂怎样办得更长久", ...body, ...poll, "编辑：某某"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(poll));
    expect(verdict("已有1203人投票")).toBe("widget");
  });

  it("a column's like counter and a transcript's editorial note are not the text", () => {
    expect(verdict("128 人点赞了这篇回答")).toBe("widget");
    expect(verdict("（根据座谈会现场录音整理，未经发言人审阅）")).toBe("credit");
    expect(verdict("（本文根据速记稿整理）")).toBe("credit");
  });
});

describe("公文 fields, copy notes, footnotes (round 13)", () => {
  it("a 签发人 field is metadata; a proposal's 主办/会办 assignment stays", () => {
    expect(verdict("签发人：周某某")).toBe("metadata");
    expect(verdict("核稿：李某")).toBe("metadata");
    expect(verdict("办理单位：主办　市教育局")).toBeNull();
    expect(verdict("办理单位：会办　市财政局　市人社局")).toBeNull();
    expect(verdict("办理单位：市教育局")).toBe("metadata");
  });

  it("a copy or export note between dashes is metadata", () => {
    expect(verdict("——以上内容导出自在线文档“台账”，共2页——")).toBe("metadata");
    expect(verdict("--以上数据摘自某某统计年鉴--")).toBe("metadata");
  });

  it("footnotes at the end whose marks the body carries are removed; the marks stay", () => {
    const text = ["关于规范社区食堂的建议", "　　全市现有社区食堂210家[1]，其中三成亏损运营[2]。", ...body.slice(1), "", "[1] 据市民政局2025年统计。", "[2] 参见《某某调查报告》。"].join("\n");
    expect(removed(text)).toEqual(["[1] 据市民政局2025年统计。", "[2] 参见《某某调查报告》。"]);
    const circled = ["关于规范社区食堂的建议", "　　据统计，全市现有社区食堂210家①，其中三成亏损运营。", ...body.slice(1), "① 数据来源：某区统计局。"].join("\n");
    expect(removed(circled)).toEqual(["① 数据来源：某区统计局。"]);
    // A mark no sentence carries: a circled line of the text's own, kept. A circled source note
    // (数据来源：, 参见) goes even so — pasting often loses the superscript mark in the body
    // (chrome-buttons-comment-rows.ts, fourth wave).
    const unmarked = ["关于规范社区食堂的建议", ...body, "① 建议区民政局牵头制定社区食堂服务标准。"].join("\n");
    expect(removed(unmarked)).toEqual([]);
    const sourceOnly = ["关于规范社区食堂的建议", ...body, "① 数据来源：某区统计局。"].join("\n");
    expect(removed(sourceOnly)).toEqual(["① 数据来源：某区统计局。"]);
  });
});

describe("forwarded mail, author cards, account names (round 13)", () => {
  it("a forwarded mail's headers, note and signature go; the original's text stays", () => {
    const text = [
      "From: 某某 <a@example.cn>",
      "Sent: 2026年5月6日 10:12",
      "To: 信息科",
      "Subject: 转发：建议稿",
      "大家好：",
      "附上修改后的建议稿，请审阅。",
      "某某",
      "---------- Forwarded message ----------",
      "发件人: 某某 <a@example.cn>",
      "日期: 2026年5月1日",
      "关于改进社区食堂服务的建议",
      ...body,
      "--",
      "某某",
      "电话：010-00000000",
    ].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("关于改进社区食堂服务的建议");
    expect(removed(text)).toEqual(expect.arrayContaining(["大家好：", "附上修改后的建议稿，请审阅。", "日期: 2026年5月1日", "--", "电话：010-00000000"]));
    expect(verdict("本邮件含有保密信息，如您误收请立即删除。")).toBe("legal");
  });

  it("a meeting's `主题：` line alone is no mail header run", () => {
    const text = ["主题：社区食堂建设", "关于改进社区食堂服务的建议", ...body].join("\n");
    expect(removed(text)).not.toContain("关于改进社区食堂服务的建议");
  });

  it("an author's bio between the name and the follow button is a credit", () => {
    const text = ["社区食堂怎样办得更长久？", "某某某", "区政协委员，长期关注养老", "关注她", ...body].join("\n");
    expect(removed(text)).toContain("区政协委员，长期关注养老");
  });

  it("an account's name over an info line that names it again is the publisher", () => {
    const text = ["社区食堂怎样办得更长久", "某某县新闻中心", "2026-03-02 08:15 · 原创 · 某某县新闻中心官方账号", ...body].join("\n");
    expect(removed(text)).toContain("某某县新闻中心");
  });
});

describe("titles and headlines (round 13)", () => {
  it("`案由：` is a form's title field", () => {
    const text = ["提案", "案由：关于改进社区食堂服务的提案", "提案人：某某某", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于改进社区食堂服务的提案");
  });

  it("leading emoji leave the title", () => {
    expect(structure(["🍜✨社区食堂｜一碗热饭的温度", ...body].join("\n")).documents[0].title).toBe("社区食堂｜一碗热饭的温度");
    expect(structure(["📢 关于改进社区食堂服务的建议", ...body].join("\n")).documents[0].title).toBe("关于改进社区食堂服务的建议");
  });

  it("a headline keeps its ideographic space as written", () => {
    expect(structure(["社区食堂扩面提质　老人就餐更方便", ...body].join("\n")).documents[0].title).toBe("社区食堂扩面提质　老人就餐更方便");
  });

  it("speech headlines with an ornament over □ bylines open one document each", () => {
    const speech = (h: string, who: string) => [`◆ ${h}`, `□ ${who}`, "　　社区食堂是民生实事。（1）优化布点。市民政局牵头新增助餐点。（2）加强监管。市市场监管局定期抽检。"];
    const text = ["某某日报　2026年3月2日　第05版", "让老人吃得好", ...speech("社区食堂要办得长久", "甲某某"), ...speech("食品安全不能放松", "乙某某")].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["社区食堂要办得长久", "食品安全不能放松"]);
    expect(docs.map((d) => d.byline)).toEqual(["甲某某", "乙某某"]);
  });

  it("a joint survey team of two committees is the byline", () => {
    const text = ["关于社区食堂的联合调研报告", "区人大常委会社会建设工作委员会　区政协社会和法制委员会联合调研组", ...body].join("\n");
    expect(structure(text).documents[0].byline).toContain("联合调研组");
  });
});

describe("lead phrases and tables (round 13)", () => {
  it("a question the writer answers and a first-person feeling are no lead phrase", () => {
    expect(hasLeadPhrase("问题出在哪里？说到底是运营成本太高，收入覆盖不了支出。")).toBe(false);
    expect(isRecommendationLike("怎么办？我们走访后有几点想法，供大家参考。")).toBe(false);
    expect(hasLeadPhrase("我们深有感触。社区食堂办得好不好，老人最有发言权。")).toBe(false);
    expect(hasLeadPhrase("我有三点建议。第一，优化布点。")).toBe(true);
    // After a speaker's label too: an interviewee's closing remark is no item.
    expect(isRecommendationLike(fold("某某某：我们对此很乐观。只要各方配合，目标一定能实现。"))).toBe(false);
    expect(isRecommendationLike(fold("A：我很期待。社区食堂办好了，老人最高兴。"))).toBe(false);
    const interview = ["社区食堂怎样办得更长久", "记者：您有哪些建议？", "某某某：我有两点建议。第一，优化布点。市民政局牵头新增助餐点。第二，加强监管。市市场监管局定期抽检。", "记者：您对前景怎么看？", "某某某：我们对此很乐观。只要各方配合，目标一定能实现。"].join("\n");
    expect(shape(structure(interview).documents[0].children)).toBe("R R");
    expect(hasLeadPhrase("优化助餐布点。市民政局牵头新增一批助餐点。")).toBe(true);
  });

  it("a 旗 (banner) is county-level: its bureaus are new bodies of its own, not provincial ones", () => {
    expect(detect("由旗林草局牵头，会同旗水利局开展巡查。")).toEqual(["旗林草局:lead:new", "旗水利局:co:new"]);
    expect(detect("由县林草局牵头，会同县水利局开展巡查。").length).toBe(2);
    expect(detect("升国旗仪式后，市教育局组织学生参观。")).toEqual(["市教育局:lead"]);
  });

  it("a table's header row is content and its rows are no items; its columns give the roles", () => {
    const text = ["关于社区食堂建设任务分工的通知", "　　现将任务分工如下。", "序号 工作任务 责任单位 配合单位 完成时间", "1 新增社区助餐点 市民政局 市财政局、市住建局 2026年6月", "2 开展食品安全抽检 市市场监管局 市教育局 2026年9月"].join("\n");
    const doc = structure(text).documents[0];
    expect(shape(doc.children)).toBe("");
    expect(doc.intro).toContain("序号 工作任务 责任单位 配合单位 完成时间");
    expect((doc.departments ?? []).map((m) => `${m.name}:${m.role}`)).toEqual(
      expect.arrayContaining(["市民政局:lead", "市财政局:co", "市住房和城乡建设局:co", "市市场监督管理局:lead", "市教育局:co"]),
    );
    expect(detect("事项\t牵头部门\t协办单位\n1\t建设平台\t市数据局\t市财政局".replace(/\t/g, " "))).toEqual(expect.arrayContaining(["市数据局:lead", "市财政局:co"]));
  });
});
