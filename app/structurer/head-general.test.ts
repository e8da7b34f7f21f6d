/**
 * The head's general rules of 2026-12-03 (head-names.ts, head-credits.ts, head-late.ts,
 * head-covering.ts): every input is made up for the test, in two styles per rule where the
 * rule has two; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { describedName, editionName } from "./head-names";
import { nonAuthorCredit } from "./head-credits";
import { directory, firstDocument, POCKET_PARK_BODY, removed, structure, shape } from "./rule-test-support";
import { structureText } from "./index";

const body = POCKET_PARK_BODY;
const doc = (head: string[]) => firstDocument(head, body);

describe("a masthead's name: an edition word or a descriptor beside it", () => {
  it("reads the name before an edition word, whatever the name ends with", () => {
    expect(editionName("今日某某 电子版")).toBe("今日某某");
    expect(editionName("某某晚报·数字版")).toBe("某某晚报");
    expect(editionName("口袋公园怎样用起来")).toBeNull();
  });

  it("reads the first cell when the others say what the publication is", () => {
    expect(describedName("某某新闻 中共某某县委机关报")).toBe("某某新闻");
    expect(describedName("某某网 某某融媒体中心主办")).toBe("某某网");
    expect(describedName("口袋公园 怎样用起来")).toBeNull();
  });

  it("gives the page's source and is never the headline", () => {
    const a = doc(["晨港视界 电子版", "2026年5月6日　第2版　议政", "口袋公园怎样“用起来”", "□ 区政协委员 某丙"]);
    expect([a.title, a.source, a.date]).toEqual(["口袋公园怎样“用起来”", "晨港视界", "2026-05-06"]);
    const b = doc(["溪口新闻　中共某某县委机关报", "2026年5月6日　星期三　第3版", "口袋公园怎样“用起来”"]);
    expect(b.source).toBe("溪口新闻");
  });
});

describe("head credits that name no author", () => {
  it("picture and editing credits, and a words credit naming a body, are no byline", () => {
    expect(nonAuthorCredit("图 | 某某发布", "图 | 某某发布")).toBe(true);
    expect(nonAuthorCredit("文字：某某区政协社会和法制委员会", "文字:某某区政协社会和法制委员会")).toBe(true);
    expect(nonAuthorCredit("文/区政协委员 某丙", "文/区政协委员 某丙")).toBe(false);
  });

  it("in a WeChat head, the body's credit is removed and the byline stays null", () => {
    const text = ["某某政协", "2026年5月6日 18:00", "文 | 某某区政协城建委员会", "图片 | 某某发布", "口袋公园怎样“用起来”？", ...body].join("\n");
    const d = firstDocument(text.split("\n"), []);
    expect(d.byline).toBeNull();
    expect(removed(text)).toEqual(expect.arrayContaining(["文 | 某某区政协城建委员会", "图片 | 某某发布"]));
  });

  it("a person's words credit stays the byline", () => {
    expect(doc(["某某政协", "2026年5月6日 18:00", "口袋公园怎样“用起来”？", "文/区政协委员 某丙"]).byline).toBe("区政协委员 某丙");
  });

  it("the publisher's name under the headline, over its info line, is the source and no byline", () => {
    const d = doc(["某某号 > 溪口政协", "口袋公园怎样“用起来”", "溪口政协", "2026-05-06 18:05 来源：某某号·政务"]);
    expect([d.byline, d.source]).toEqual([null, "溪口政协"]);
    // A marked byline with the same name stays a byline.
    expect(doc(["溪口政协", "溪口政协 2026年5月6日 18:00", "口袋公园怎样“用起来”", "□ 溪口政协"]).byline).toBe("溪口政协");
  });
});

describe("the info line: a short head line holding the full date and no sentence", () => {
  it("under a byline, it makes a `某某：…` line over them the headline, and gives the date", () => {
    const a = doc(["某某网 >> 某某频道", "区政协委员某丙：让口袋公园“用起来”", "某某网记者　某丁", "2026年05月06日08:12 | 来源：某某网－某某频道"]);
    expect([a.title, a.byline, a.date, a.source]).toEqual(["区政协委员某丙：让口袋公园“用起来”", "某某网记者　某丁", "2026-05-06", "某某网－某某频道"]);
    const b = doc(["民进某某区委：口袋公园要“建管并重”", "2026/5/6 · 阅读 320"]);
    expect([b.title, b.date]).toEqual(["民进某某区委：口袋公园要“建管并重”", "2026-05-06"]);
  });
});

describe("the end of a text: a publication stamp, an undated signature", () => {
  it("a platform's stamp or a report's issuing line after the text gives the date when the head has none", () => {
    const note = structure(["口袋公园怎样“用起来”", ...body, "#口袋公园 #议政", "编辑于 2026-05-06 某省", "♡ 12"].join("\n"));
    expect(note.documents[0].date).toBe("2026-05-06");
    const report = structure(["关于口袋公园养护的调研报告", ...body, "某某区政协办公室　2026年5月6曰印发"].join("\n"));
    expect(report.documents[0].date).toBe("2026-05-06");
  });

  it("a date inside the last paragraph is never the stamp", () => {
    expect(structure(["口袋公园怎样“用起来”", ...body, "　　该方案已于2026年5月6日印发。"].join("\n")).documents[0].date).toBeNull();
  });

  it("the issuing body alone on the last line is the byline; the adoption line under the title is metadata", () => {
    const text = ["关于口袋公园建设管理的建议案", "（2026年5月6日政协某某区第三届委员会常务委员会第九次会议通过）", "区人民政府：", ...body, "　　以上建议案，请区人民政府研究办理。", "政协某某区委员会"].join("\n");
    const d = structure(text).documents[0];
    expect([d.byline, d.date]).toEqual(["政协某某区委员会", "2026-05-06"]);
    expect(removed(text)).toContain("（2026年5月6日政协某某区第三届委员会常务委员会第九次会议通过）");
  });

  it("a text ending on its paragraph has no signature", () => {
    const d = structure(["口袋公园怎样“用起来”", ...body, "　　区政协将持续跟踪。"].join("\n")).documents[0];
    expect(d.byline).toBeNull();
  });
});

describe("an account card over the post names its publisher", () => {
  it("a name over a follow button, or over the account's counters, is the source", () => {
    expect(doc(["某某笔记", "溪口区政协委员小林", "关注", "口袋公园怎样“用起来”"]).source).toBe("溪口区政协委员小林");
    expect(doc(["某某号首页　新闻　更多", "溪口政协", "文章　58", "总阅读　3.4万", "口袋公园怎样“用起来”", "2026-05-06 16:40 发布于：某省"]).source).toBe("溪口政协");
  });

  it("a follow prompt with no name over it gives nothing", () => {
    expect(doc(["口袋公园怎样“用起来”", "关注"]).source).toBeNull();
  });
});

describe("a headline after a covering note", () => {
  it("an assistant's reply announcing the text: the chat above goes, the pasted document's heading is the title", () => {
    const text = ["写作助手", "帮我把这个建议改得正式一些，分两部分", "好的，以下是修改后的建议，供参考：", "---", "## 关于加强口袋公园养护的建议", "**建议人**：区政协委员　某丙", ...body].join("\n");
    // Read as a .txt file is read (plain text, Markdown marks and all).
    const result = structureText(text, { directory, format: "text" });
    const d = result.documents[0];
    expect([d.title, d.byline]).toEqual(["关于加强口袋公园养护的建议", "区政协委员　某丙"]);
    expect((result.removed ?? []).map((x) => x.text)).toEqual(expect.arrayContaining(["帮我把这个建议改得正式一些，分两部分", "好的，以下是修改后的建议，供参考："]));
  });

  it("a forwarding note with a greeting", () => {
    const d = structure(["各位同事好，转发如下：", "关于口袋公园养护的调研报告", "区政协城建委员会", ...body].join("\n")).documents[0];
    expect(d.title).toBe("关于口袋公园养护的调研报告");
  });

  it("a letter's own `现答复如下：` under its title is no covering note", () => {
    const text = ["某某区城市管理局", "关于区政协三届二次会议第12号提案的答复", "某某委员：", "您提出的《关于口袋公园养护的提案》收悉，经研究，现答复如下：", "一、工作开展情况", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于区政协三届二次会议第12号提案的答复");
    expect(removed(text)).not.toContain("某某委员：");
  });

  it("a page's own lead-in under its account header stays content", () => {
    const text = ["某某政协", "某某政协 2026年5月6日 20:15", "报告全文如下：", "关于口袋公园养护的调研报告", ...body].join("\n");
    expect(removed(text)).not.toContain("报告全文如下：");
    expect(structure(text).documents[0].title).toBe("关于口袋公园养护的调研报告");
  });
});

describe("a series over its episode", () => {
  it("the line over an episode-numbered headline names the series: the source", () => {
    expect(doc(["某某音频", "溪口议事厅", "第12期｜口袋公园怎样“用起来”", "2026-05-06 · 35分钟"]).source).toBe("溪口议事厅");
    expect(doc(["某某播客", "溪口政协·声", "EP7：口袋公园怎样“用起来”"]).source).toBe("溪口政协·声");
  });

  it("a headline without an episode number takes nothing from the line over it", () => {
    expect(doc(["溪口议事厅", "口袋公园怎样“用起来”"]).source).toBeNull();
  });
});

describe("page head (round 7b)", () => {
  it("a body's column named by a quoted activity (区人大“代表议事厅”) is a column label above the headline", () => {
    const text = [
      "某某报　数字版",
      "第4版 综合　2026年3月2日",
      "区人大“代表议事厅”",
      "老旧电梯更新改造还需打通几道关",
      "□ 记者 韩某某",
      "　　全区运行超过15年的电梯有300余部，更新改造资金筹措难。",
      "　　建议区住建局牵头，建立电梯更新改造资金池。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("老旧电梯更新改造还需打通几道关");
    expect(removed(text)).toContain("区人大“代表议事厅”");
  });

  it("a column label in square brackets (【委员风采】) is chrome, not the headline", () => {
    const text = [
      "某某区新闻网",
      "【委员风采】",
      "市政协委员陶某某：让社区养老服务更有温度",
      "2026-05-12　来源：某某区新闻网",
      "　　问：您怎么看社区养老？",
      "　　陶某某：首先，完善服务网点。由区民政局牵头，在每个街道建设综合养老服务中心。其次，培养护理人才。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("市政协委员陶某某：让社区养老服务更有温度");
    expect(removed(text)).toContain("【委员风采】");
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

describe("running headers and wrapped titles (round 10)", () => {
  it("a running header's first occurrence goes when a title wrapped over two lines follows it", () => {
    const text = [
      "青禾县政协专题材料",
      "青禾县农村燃气安全管理情况的",
      "调研报告",
      "　　县政协城建委于6月组织委员开展专题调研，现将有关情况报告如下。",
      "一、摸清管线底数。县住建局牵头，对全县农村燃气管线开展全面排查，建立隐患台账。",
      "- 1 -",
      "青禾县政协专题材料",
      "二、落实巡检责任。燃气企业每月巡检一次，乡镇做好日常监督。",
    ].join("\n");
    expect(structure(text).documents[0].title).toBe("青禾县农村燃气安全管理情况的调研报告");
    expect(removed(text).filter((l) => l === "青禾县政协专题材料")).toHaveLength(2);
  });
});
