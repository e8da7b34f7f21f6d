/**
 * More rules of round 10 (issue 12), found on content/corpus-holdout-7 after holdout-8 joined
 * the corpus (round10-rules.test.ts holds the others). Each input is made up for the test.
 */
import { describe, expect, it } from "vitest";
import { removed, shape, structure } from "./rule-test-support";

describe("speech digest pages (round 10b)", () => {
  const page = [
    "青禾日报",
    "让燃气安全走进千家万户",
    "——县政协“燃气安全”专题协商会发言摘编",
    "　　编者按：日前，县政协召开专题协商会。现将部分发言摘编刊发。",
    "",
    "摸清管线底数",
    "民革青禾县委员会",
    "　　我县农村燃气管线老化问题突出。建议：一是开展全面排查，由县住建局牵头建立隐患台账；二是落实整改责任，燃气企业限期整改。",
    "",
    "发动群众共同参与",
    "县政协委员　龚某某",
    "　　燃气安全，关键在人。建议在两个方面下功夫。",
    "　　抓好宣传教育。乡镇要组织安全用气宣讲进村入户。",
    "　　推行隐患举报。通过热线受理群众举报，核实后给予奖励。",
  ].join("\n");

  it("a short line right over a speaker's byline is that speech's headline, not a caption", () => {
    expect(removed(page)).not.toContain("发动群众共同参与");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["摸清管线底数", "发动群众共同参与"]);
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });
});

describe("a reply letter posted on a forum (round 10b)", () => {
  const thread = [
    "青禾论坛 › 城事杂谈 › 查看帖子",
    "发表于 2026-10-2 20:15",
    "转一下县住建局对燃气安全提案的答复，大家看看",
    "关于县政协十届三次会议第0088号提案的答复",
    "龚某某委员：",
    "　　您提出的《关于加强农村燃气安全管理的提案》收悉。现答复如下：",
    "　　一、开展管线排查。年内完成全县农村燃气管线排查，建立隐患台账。",
    "　　二、落实巡检制度。督促燃气企业每月巡检一次，发现隐患及时整改。",
    "　　感谢您对住建工作的关心和支持。",
    "　　联系人：县住建局城建股　　电话：0000-5566778",
    "青禾县住房和城乡建设局",
    "2026年9月18日",
    "回复 ｜ 举报",
    "2楼　路过的老张",
    "支持，我们村的管子确实老了",
    "3楼　燃气小李",
    "已经有人来查过了",
  ].join("\n");

  it("the poster's remark, the floors and their short replies are chat; the action row a widget", () => {
    const gone = removed(thread);
    for (const line of ["转一下县住建局对燃气安全提案的答复，大家看看", "2楼　路过的老张", "支持，我们村的管子确实老了", "已经有人来查过了"]) expect(gone).toContain(line);
    expect(gone).toContain("回复 ｜ 举报");
  });

  it("the letter's title is the title; the salutation is no author; the signature is the byline and stays", () => {
    const doc = structure(thread).documents[0];
    expect(doc.title).toBe("关于县政协十届三次会议第0088号提案的答复");
    expect(doc.byline).toBe("青禾县住房和城乡建设局");
    expect(removed(thread)).not.toContain("青禾县住房和城乡建设局");
    expect(shape(doc.children)).toBe("R R");
  });
});

describe("a news article's headline over its 副题 (round 10b)", () => {
  it("on a page of two articles, a headline over a 副题 and a reporter's byline opens the article", () => {
    const page = [
      "青禾报",
      "“燃气安全”如何“安”下去",
      "县政协专题调研农村燃气安全",
      "□ 通讯员 贺某 记者 庞某某",
      "　　近日，县政协组织委员对农村燃气安全进行专题调研。调研组建议：一是开展管线排查，由县住建局牵头；二是落实巡检责任，燃气企业每月巡检一次。",
      "",
      "冬季供暖准备就绪",
      "□ 记者 庞某某",
      "　　入冬以来，我县供暖企业完成管网检修，供暖工作准备就绪。",
    ].join("\n");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["“燃气安全”如何“安”下去", "冬季供暖准备就绪"]);
    expect(docs[0].intro).toContain("县政协专题调研农村燃气安全");
  });
});
