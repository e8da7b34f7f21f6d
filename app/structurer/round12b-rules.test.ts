/**
 * Rules added when the tenth held-out folder (content/corpus-holdout-10) was opened and
 * tuned to (issue 12, round 12b). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { detect, removed, shape, structure, verdict } from "./rule-test-support";

/** The chrome verdict of one line as the stage sees it (folded). */
const body = [
  "近年来，我县农村客运班线覆盖面不断扩大，但部分线路客流少、运营难，群众出行仍不方便。",
  "一、优化线路布局。县交通运输局牵头，推行“公交+”预约响应模式，提高车辆利用率。",
  "二、加强运营保障。对偏远线路给予运营补贴，保障班线长期稳定运行。",
];

describe("page lists, 公文 mastheads and speech labels (round 12b)", () => {
  it("a page's or topic's list of its own articles is a related-list header", () => {
    expect(verdict("本期文章（5篇）")).toBe("related");
    expect(verdict("【栏目导航】")).toBe("related");
    expect(verdict("本期文章共5篇，均围绕乡村振兴展开。")).toBeNull();
  });

  it("the bulleted headlines under such a header are not the title", () => {
    const text = ["本版新闻（2篇）", "· 农村客运如何开得进留得住", "· 县里新开两条公交线路", "农村客运如何开得进留得住", ...body].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("农村客运如何开得进留得住");
    expect(removed(text)).toContain("· 县里新开两条公交线路");
  });

  it("a 公文's masthead (a body's name then 文件) is masthead, not the title", () => {
    expect(verdict("政协某某县委员会文件")).toBe("masthead");
    const text = ["中共某某县委办公室文件", "某办〔2026〕3号", "关于改进农村客运服务的意见", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于改进农村客运服务的意见");
  });

  it("a speech's occasion label and a secretariat's print note are not the text", () => {
    expect(verdict("在县政协九届二次会议上的大会发言")).toBe("column");
    expect(verdict("在全市城乡融合发展座谈会上的讲话")).toBe("column");
    expect(verdict("（会务组印　2026年3月2日）")).toBe("metadata");
    const text = ["在县政协九届二次会议上的大会发言", "（2026年2月3日）", "让农村客运开得进留得住", ...body].join("\n");
    const result = structure(text);
    expect(result.documents[0].title).toBe("让农村客运开得进留得住");
    expect(removed(text)).toEqual(expect.arrayContaining(["在县政协九届二次会议上的大会发言", "（2026年2月3日）"]));
  });

  it("the offices named above a document number are its issuing offices", () => {
    const text = ["某某县人民政府办公室", "某某县政协办公室", "某政办〔2026〕11号", "关于联合开展农村客运调研的通知", ...body].join("\n");
    const out = removed(text);
    expect(out).toEqual(expect.arrayContaining(["某某县人民政府办公室", "某某县政协办公室"]));
    expect(structure(text).documents[0].title).toBe("关于联合开展农村客运调研的通知");
  });
});

describe("live streams, live blogs, chats and mini programs (round 12b)", () => {
  it("a live stream's info fields and scrolling comments", () => {
    expect(verdict("直播时间：2026年5月6日 20:00　观看人数：1.1万")).toBe("metadata");
    expect(verdict("弹幕｜青青草：主持人好")).toBe("chat");
  });

  it("a live blog's close, its production credit and comment button", () => {
    expect(verdict("以上为本场直播全部内容，感谢收看")).toBe("widget");
    expect(verdict("某某网融媒体中心出品　记者：某某")).toBe("credit");
    expect(verdict("网友评论（12）　我要评论")).toBe("widget");
  });

  it("a work chat's export header, dated divider, receipts, file cards and DING notices", () => {
    expect(verdict("企业微信群聊记录导出")).toBe("chat");
    expect(verdict("群名称：县政协农业组（8人）")).toBe("chat");
    expect(verdict("—— 2026年4月7日 星期二 ——")).toBe("chat");
    expect(verdict("已读 5　未读 2")).toBe("chat");
    expect(verdict("[文件] 农村客运调研提纲.docx　36KB")).toBe("chat");
    expect(verdict("DING　某某 发起了DING：请明天上午反馈")).toBe("chat");
  });

  it("a mini program's bars, form fields, attachments and progress flow", () => {
    expect(verdict("<　社情民意详情　　··· ◎")).toBe("navigation");
    expect(verdict("类型：社会事业　　状态：已办结")).toBe("metadata");
    expect(verdict("附件（2）")).toBe("metadata");
    expect(verdict("提交 → 受理 → 办结")).toBe("widget");
    // A `>` chain is a breadcrumb, left to the navigation rules (found by the import-preview test).
    expect(verdict("首页 > 新闻中心 > 政协动态")).toBe("navigation");
    expect(verdict("状态：已办结")).toBeNull();
  });
});

describe("slides, apps, bilingual pages and OCR (round 12b)", () => {
  it("slide numbers and a closing slide; an OCR page number", () => {
    expect(verdict("幻灯片 12")).toBe("page-number");
    expect(verdict("Slide 3")).toBe("page-number");
    expect(verdict("—— 感谢聆听 ——")).toBe("ornament");
    expect(verdict("一 12 一")).toBe("page-number");
    expect(verdict("谢谢大家！")).toBeNull();
  });

  it("an outline slide whose items come back as headings", () => {
    const text = ["汇报提纲", "现状　问题　建议", "一、现状", body[0], "二、问题", "部分线路客流少。", "三、建议", body[1]].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["汇报提纲", "现状　问题　建议"]));
  });

  it("an app's name and channel; a bilingual masthead, share bar and English summary", () => {
    expect(verdict("某某新闻客户端")).toBe("masthead");
    expect(verdict("某省频道")).toBe("column");
    expect(verdict("某某在线 Moumou Online")).toBe("masthead");
    expect(verdict("分享 Share：微信 WeChat　微博 Weibo　Facebook")).not.toBeNull();
    const summary = "[English Summary] Members proposed demand-responsive buses, subsidies for remote routes and better village stops for rural residents.";
    expect(removed([...body, summary].join("\n"))).toContain(summary);
  });

  it("a date with a time of day is metadata wherever it stands; a date between headline and text too", () => {
    const text = ["某某发布", "农村客运如何开得进留得住", "直播中　|　刷新", "2026-05-06", ...body, "2026年05月06日 08:05"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["2026-05-06", "2026年05月06日 08:05"]));
  });

  it("the reprinting account's name above a reprint card is masthead", () => {
    const text = ["青禾发布", "以下文章来源于青禾政协，作者青禾政协", "青禾政协．", "汇聚委员智慧，服务全县发展", "2026年05月06日 08:05", "民生议事厅｜农村客运“最后一公里”如何打通？", body[0], "调研组认为，全县客运站点已基本覆盖建制村，但部分线路空驶率高、补贴不足。为此，调研组提出以下建议：", `◆${body[1].slice(2)}`, `◆${body[2].slice(2)}`].join("\n");
    expect(removed(text)).toContain("青禾发布");
  });
});

describe("pages of speeches and inline lists (round 12b)", () => {
  it("a byline marked ◎ above each speaker's headline opens that speaker's document and is never a caption", () => {
    const text = [
      "某某日报",
      "城乡客运协商会发言摘登",
      "4月2日，县政协召开协商会，围绕农村客运协商议政。现将部分发言摘登如下。",
      "◎ 县政协委员、县运输公司经理　某某某",
      "让客车开进每一个建制村",
      "目前全县仍有部分建制村未通客车。建议：一是新开预约班线；二是改造农村招呼站。",
      "◎ 农工党某某县委会",
      "给偏远线路算好补贴账",
      "偏远线路空驶率高，企业亏损严重。建议一是县交通运输局牵头核定线路成本；二是县财政局按里程给予补贴。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["让客车开进每一个建制村", "给偏远线路算好补贴账"]);
    expect(removed(text)).not.toContain("◎ 县政协委员、县运输公司经理　某某某");
  });

  it("a proposing verb may run into the first inline marker (`建议一是……；二是……`)", () => {
    const text = ["关于完善农村客运补贴的建议", "偏远线路空驶率高，企业亏损严重。建议一是核定线路运营成本；二是按里程给予运营补贴；三是建立补贴考核机制。"].join("\n");
    expect(shape(structure(text).documents[0].children)).toBe("R R R");
  });
});

describe("magazine interviews (round 12b)", () => {
  const interview = [
    "《某某论坛》杂志　2025年第3期",
    "委员访谈",
    "农村客运：开得进，更要留得住",
    "——访县政协委员、县运输公司经理某某某",
    "文｜本刊记者　某某",
    "去年以来，我县新开通农村客运线路12条，但部分线路开通不久就因客流少而停运。围绕农村客运可持续运营，县政协委员某某某提交了提案。",
    "◆ 难点在哪里",
    "Q：线路停运的主要原因是什么呢？",
    "A：首先，在客流方面还存在季节性波动，农忙时几乎没有乘客。其次，票价收入难以覆盖燃油和人工成本。",
    "◆ 出路在哪里",
    "Q：对于线路运营难题有何良策呢？",
    "A：我提出三点建议。一是推行预约响应班线，按需发车；二是县财政局给予里程补贴；三是推动客运与邮政快递合作，增加收入来源。",
    "Q：县里目前有多少条客运线路呢？",
    "A：目前共有客运线路46条。",
    "Q：还有什么想对乘客们说的话呢？",
    "A：希望大家多坐农村客车，让线路开得下去。",
  ].join("\n");

  it("questions of one length that end their sentence are no right margin: the head is not joined into one line", () => {
    const doc = structure(interview).documents[0];
    expect(doc.title).toBe("农村客运：开得进，更要留得住");
  });

  it("a periodical's issue line is edition furniture", () => {
    expect(verdict("《某某论坛》杂志　2025年第3期")).toBe("edition");
    expect(verdict("2025年第3期")).toBe("edition");
  });

  it("an answer that announces its count of proposals (`A：我提出三点建议。一是……`) gives the section its items", () => {
    expect(shape(structure(interview).documents[0].children)).toBe("B H(R R R)");
  });
});

describe("member corridors, speeches and departments (round 12b)", () => {
  it("a short headline over a member's byline with a post opens that member's article, not a caption", () => {
    const text = [
      "某省政协报",
      "委员通道上的民生话题",
      "本报讯　3月5日，省政协会议首场“委员通道”开启，两位委员回答了记者提问。",
      "让农村客车开得更远",
      "省政协委员、某县运输公司经理　某某某",
      "记者：农村客运难在哪里？",
      "某某某：难在成本。我建议，一是推行预约班线；二是给予里程补贴。",
      "给乡村医生更多保障",
      "省政协委员、某县人民医院院长　某某",
      "记者：乡村医生流失怎么办？",
      "某某：我建议，一是提高乡村医生补助；二是落实养老保险。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs.map((d) => d.title)).toEqual(["让农村客车开得更远", "给乡村医生更多保障"]);
  });

  it("a speech's salutation (`尊敬的主席、各位委员：`) is no author line", () => {
    const text = [
      "让农村客车开得更远",
      "某某某代表民盟省委会：",
      "尊敬的主席、各位副主席、秘书长，各位委员：",
      "近年来，我省农村客运网络不断完善，但部分线路运营困难。为此，建议如下：",
      "第一，推行预约班线。省交通运输厅牵头，推行预约响应模式。",
      "第二，给予里程补贴。各级财政要按里程给予补贴。",
    ].join("\n");
    const docs = structure(text).documents;
    expect(docs).toHaveLength(1);
    expect(shape(docs[0].children)).toBe("R R");
  });

  it("a venue and an assembly's term are no new bodies; 药品监管部门 is the market regulator", () => {
    expect(detect("会议在市会展中心举行，省会议中心同时设分会场。")).toEqual([]);
    expect(detect("政协某某市第九届委员会第三次会议开幕。")).toEqual([]);
    expect(detect("药品监管部门加强抽检。")).toEqual(["市市场监督管理局:lead"]);
  });
});

describe("wrapped titles and departments (round 12b)", () => {
  it("a title wrapped before `的调研报告` takes its tail", () => {
    const text = ["关于加强农村客运站点建设", "的调研报告", "县政协经济委员会", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于加强农村客运站点建设的调研报告");
  });

  it("a level's people's government written in full (`县人民政府统筹`) is that level's government", () => {
    expect(detect("县人民政府统筹客运站点建设，县交通运输局配合。")).toContain("区人民政府:lead");
    expect(detect("县人民医院开设夜间门诊。")).toEqual([]);
  });

  it("`与X联合` makes X a partner (co); a qualifier (`边防`) keeps a list going; 海事部门 is a vertical body", () => {
    expect(detect("县交通运输局牵头，对站点开展排查，与气象部门联合发布出行提示。")).toContain("市气象局:co");
    expect(detect("市交通运输局联合海事部门、边防派出所开展水上客运整治。")).toEqual(["市交通运输局:lead", "海事部门:co:new", "市公安局:co"]);
  });
});

describe("kickers (round 12b)", () => {
  const page = (kicker: string) =>
    ["某某晚报", "版面概览", "2026-05-06", "第A03版　城市·民生", "◀上一版　　下一版▶", "本版新闻（2篇）", "· 农村客车开进了深山村", "· 县里新开两条公交线路", kicker, "农村客车开进了深山村", "记者　某某", ...body].join("\n");

  it("a short plain line over the headline the page's list names is a kicker, not the title", () => {
    const text = page("政协委员建言农村出行服务");
    expect(structure(text).documents[0].title).toBe("农村客车开进了深山村");
    expect(removed(text)).toContain("政协委员建言农村出行服务");
  });

  it("a line that quotes or asks stays the headline over its 副题", () => {
    expect(structure(page("“村村通”如何通到底")).documents[0].title).toBe("“村村通”如何通到底");
  });
});
