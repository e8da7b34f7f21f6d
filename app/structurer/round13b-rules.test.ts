/**
 * Rules added when the twelfth held-out folder (content/corpus-holdout-12) was opened and
 * tuned to (issue 12, round 13b). Each input here is made up for the test; none is taken
 * from the corpus.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { pdfPagesToText } from "./inputs/pdf-text";
import { hasLeadPhrase, isBareHeading, isHeadingLike, isSectionHeading } from "./paragraphs";
import { removed, shape, structure, verdict } from "./rule-test-support";

const body = [
  "近年来，我区社区养老服务设施不断完善，但部分老旧小区助餐点覆盖不足，老人就餐仍不方便。",
  "一、扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂，年内实现街道全覆盖。",
  "二、加强食品安全监管。区市场监管局要定期抽检助餐点食材，检测结果向老人公开。",
];

describe("record fields of forms, apps and boards (round 13b)", () => {
  it("a row of record fields is metadata; a form's task, unit and deadline are not", () => {
    expect(verdict("来信人：白鹭湾居民　　来信时间：2025-06-02 08:14")).toBe("metadata");
    expect(verdict("审批状态：已通过")).toBe("metadata");
    expect(verdict("会议地点：区行政中心三楼会议室")).toBe("metadata");
    expect(verdict("地点：区行政中心")).toBeNull();
    expect(verdict("所属党派：民建")).toBe("metadata");
    expect(verdict("承办单位：区民政局")).not.toBe("metadata");
    expect(verdict("办结时限：2025年底前")).toBeNull();
    expect(verdict("会议认为：要加快推进养老服务设施建设。")).toBeNull();
  });

  it("the byline's own field stays for the head, and the headline under the fields is the title", () => {
    expect(verdict("作者：区政协委员 甘某某")).not.toBe("metadata");
    const text = ["议案编号：第0045号", "办理状态：已答复", "类别：社会事业", "关于扩大社区助餐服务的建议", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("关于扩大社区助餐服务的建议");
    expect(removed(text)).toEqual(expect.arrayContaining(["办理状态：已答复", "类别：社会事业"]));
  });
});

describe("widgets: checkboxes, polls, media, reading statistics, button rows (round 13b)", () => {
  it("checkbox rows and poll options with their share are widgets", () => {
    expect(verdict("☑同意　□不同意　□弃权")).toBe("widget");
    expect(verdict("◎ 每周一次（58%）")).toBe("widget");
    expect(verdict("● 支持 62.5%")).toBe("widget");
    expect(verdict("问卷已截止，共342人参与")).toBe("widget");
  });

  it("an emoji-led player or poll and reading statistics are widgets", () => {
    expect(verdict("🎧 点击播放本期音频")).toBe("widget");
    expect(verdict("🗳️ 投票｜你支持延长开放吗？")).toBe("widget");
    expect(verdict("全文字数：约2400字")).toBe("widget");
    expect(verdict("阅读时长：5分钟")).toBe("widget");
  });

  it("a row of buttons or tabs, or of edition navigation only, is chrome", () => {
    expect(verdict("我要评价　　关注本帖　　转发")).toBe("widget");
    expect(verdict("图文直播　　视频回放　　精彩图集")).toBe("widget");
    expect(verdict("◀上一页 下一页▶ 标题导航")).toBe("navigation");
    expect(verdict("关注民生　改善服务　提升质量")).toBeNull();
  });
});

describe("notices: copyright, call-us close, editor's note (round 13b)", () => {
  it("a copyright line barring reuse is legal", () => {
    expect(verdict("所含图文及视频资料版权均属某某传媒集团所有，禁止擅自转载使用。")).toBe("legal");
    expect(verdict("本台节目版权属于某某广播电视台，严禁擅自复制使用。")).toBe("legal");
  });

  it("a close inviting a call with a number is contact", () => {
    expect(verdict("办理中如有疑问，请拨打服务电话0571-88223344。感谢您对我们工作的支持！")).toBe("contact");
    expect(verdict("有任何问题请拨打服务电话 020-66778899，感谢支持！")).toBe("contact");
  });

  it("a whole-line bracketed editor's note is metadata, a bracketed sentence of the text is not", () => {
    expect(verdict("（节选，标题为编者所加）")).toBe("metadata");
    expect(verdict("（本建议已转交区民政局办理）")).toBe("metadata");
    expect(verdict("（区民政局将于下月公布助餐点名单）")).toBeNull();
  });
});

describe("microblogs, transcripts and language switches (round 13b)", () => {
  it("a verified account, a teaser pointing at the image and an OCR note are chrome", () => {
    expect(verdict("某某区融媒V")).toBe("masthead");
    expect(verdict("#我为家乡献一策# 社区食堂怎么办好？看委员怎么说↓（长图）")).toBe("widget");
    expect(verdict("◎网页链接")).toBe("widget");
    expect(verdict("—— 以下是图片文字 ——")).toBe("metadata");
    expect(verdict("以下为视频文字实录")).toBe("metadata");
  });

  it("a masthead ending in a language switch is masthead", () => {
    expect(verdict("某某州政府网　Uyghurche / 汉文")).toBe("masthead");
    expect(verdict("某某新闻 藏文|中文")).toBe("masthead");
  });
});

describe("contents and back matter (round 13b)", () => {
  it("contents entries with dotted leaders and a spaced 目 录 are related; a reference entry is metadata", () => {
    expect(verdict("关于推进社区助餐的建议..........区政协社会委 5")).toBe("related");
    expect(verdict("目　录")).toBe("related");
    expect(verdict("[3] 某某.社区养老服务研究[J].社会保障研究,2024(2):11-18.")).toBe("metadata");
    expect(verdict("参考文献")).toBe("metadata");
  });

  it("a contents entry in a PDF ends its line", () => {
    const line = (text: string, y: number) => ({ text, x0: 50, x1: 500, y, size: 12 });
    const pages = [{ width: 595, height: 842, lines: [line("第一篇发言题目··········某某委员会 1", 700), line("第二篇发言题目··········某某委员 2", 680), line("近年来，我省助餐服务不断扩面，但覆盖仍不均衡，老人就餐", 660), line("仍不方便。", 640)] }];
    const text = pdfPagesToText(pages as never).text.split("\n");
    expect(text[0]).toBe("第一篇发言题目··········某某委员会 1");
    expect(text[1]).toBe("第二篇发言题目··········某某委员 2");
  });

  it("a note under contents, and an appendix of tables at the end, go with them", () => {
    const text = ["目次", "社区助餐的几点建议……区民政局 3", "说明：按收稿先后排列。", "社区助餐的几点建议", ...body, "附录二：抽样情况", "表1 受访老人年龄分布：60-69岁 41%；70岁以上 59%", "表2 就餐频次：每日 33%；每周 48%"].join("\n");
    const r = removed(text);
    expect(r).toContain("说明：按收稿先后排列。");
    expect(r).toContain("附录二：抽样情况");
    expect(r).toContain("表2 就餐频次：每日 33%；每周 48%");
  });
});

describe("parallel versions, tables, quoted mail, evaluation blocks, record labels (round 13b)", () => {
  it("lines of Latin words alone in a Chinese text are a parallel version", () => {
    const text = ["社区助餐服务扩面", "Mehelle ashxanisi kengeytildi", body[0], "Rayon bu yil yene ashxana achidu.", body[1], body[2], "区民政局表示，将加快推进助餐点建设。"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["Mehelle ashxanisi kengeytildi", "Rayon bu yil yene ashxana achidu."]));
  });

  it("a bar-separated table with numbered rows stays content", () => {
    const rows = ["序号 | 任务 | 牵头单位 | 时限", "1 | 新增助餐点 | 区民政局 | 6月", "2 | 食材抽检 | 区市场监管局 | 长期"];
    const text = ["社区助餐任务清单", body[0], ...rows, body[1]].join("\n");
    expect(removed(text)).not.toContain(rows[2]);
  });

  it("in a forwarded e-mail the quoted draft is the document", () => {
    const text = ["发件人：某某办公室", "各位好，", "转来修改稿，请审阅。", "On Mon, 2 Jun 2025, 某某 wrote:", "> 请看最新一稿。", "> 关于扩大社区助餐服务的建议", ...body.map((l) => `> ${l}`), ">> 上次的意见已吸收。"].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.title).toBe("关于扩大社区助餐服务的建议");
    expect(shape(doc.children)).toBe("R R");
    expect(removed(text).some((l) => l.includes("上次的意见已吸收"))).toBe(true);
  });

  it("an evaluation heading over checkboxes at the end and a record's label over its event go", () => {
    const text = ["某某区政府新闻办图文实录", "社区助餐服务新闻通气会", ...body, "四、办理评价", "□满意　□基本满意　□不满意"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["四、办理评价", "某某区政府新闻办图文实录"]));
    expect(structure(text).documents[0].title).toBe("社区助餐服务新闻通气会");
  });
});

describe("trees: table rows and rationale or progress sections (round 13b)", () => {
  it("short bar-separated table rows are text, never headings", () => {
    const text = ["社区助餐任务分解表", "责任单位：区民政局", "序号｜办理事项｜牵头单位｜完成时限｜完成情况", "1｜新增社区助餐点｜区民政局｜2025年6月｜已新增12个", "2｜抽检食材｜区市场监管局｜长期｜持续开展", "一、总体进度", "截至目前，我局已召开专题会议2次，新增助餐点12个。", "二、下一步工作", "（一）扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂。", "（二）加强食品安全监管。区市场监管局要定期抽检助餐点食材。"].join("\n");
    const doc = structure(text).documents[0];
    const titles = (nodes: typeof doc.children): string[] => nodes.flatMap((n) => [n.title, ...titles(n.children)]);
    expect(titles(doc.children).filter((t) => t.includes("｜"))).toEqual([]);
    expect(shape(doc.children)).toMatch(/^. H\(R R\)$/);
    expect(isSectionHeading(fold("3｜路灯排查｜区城管局｜长期｜持续开展"))).toBe(false);
    expect(isHeadingLike(fold("B-2 | 校车线路 | 县教育局 | 9月"))).toBe(false);
    expect(isBareHeading(fold("4｜食材抽检｜区市场监管局｜每月"))).toBe(false);
  });

  it("a proposal's reasons and a task's progress are background", () => {
    const reasons = ["关于扩大社区助餐服务的提案", "案由", body[0], "办法", body[1], body[2]].join("\n");
    expect(shape(structure(reasons).documents[0].children)).toMatch(/^B /);
    const progress = ["社区助餐提案办理情况报告", "一、办理情况", "收到提案后，我局召开专题会议2次，走访提案人1次，新增助餐点12个。", "二、下一步打算", body[1], body[2]].join("\n");
    expect(shape(structure(progress).documents[0].children)).toMatch(/^B /);
  });
});

describe("lead phrases: an address to the audience, an actor's clause (round 13b)", () => {
  it("a paragraph addressing the audience closes the text; it is no measure", () => {
    expect(hasLeadPhrase(fold("各位委员，春风浩荡正当时。让我们携手并进，共同谱写新篇章！"))).toBe(false);
    expect(hasLeadPhrase(fold("同志们、朋友们，使命在肩。我们要以更大的决心推进各项工作。"))).toBe(false);
    expect(hasLeadPhrase(fold("扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂。"))).toBe(true);
  });

  it("a first clause closed by ； that opens with a body is no lead phrase", () => {
    expect(hasLeadPhrase(fold("县财政局安排专项资金给予补助；县交通运输局负责线路调整，确保按期开通。"))).toBe(false);
    expect(hasLeadPhrase(fold("区教育局对课后服务给予经费保障；区人社局配合落实教师补贴。"))).toBe(false);
    expect(hasLeadPhrase(fold("优化线路布局；县交通运输局负责线路调整，确保按期开通。"))).toBe(true);
  });
});

describe("framed column labels (round 13b)", () => {
  it("a label framed by one ornament on both sides is a column label, not a byline", () => {
    expect(verdict("❖ 委员来信 ❖")).toBe("column");
    expect(verdict("◆读者来信◆")).toBe("column");
    expect(verdict("◆读者来信")).toBeNull();
    const text = ["◇委员来信◇", "社区食堂要办好", "区政协委员　甘某某", body[0], body[1]].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂要办好");
  });
});

describe("speakers' bylines naming an office (round 13b)", () => {
  it("a headline over an office-holder's byline starts a speech on a page of speeches", () => {
    const page = [
      "某市政协报",
      "“一老一小”协商会发言摘编",
      "扩大社区助餐服务",
      "市科协副主席 甘某某",
      "近年来，我市社区助餐服务不断扩面，但覆盖仍不均衡。",
      "（一）增设助餐点。市民政局牵头，利用社区用房增设长者食堂。",
      "（二）加强食材抽检。市市场监管局要定期抽检助餐点食材。",
      "办好家门口的托育",
      "市残联理事长　龙某某",
      "我市托育机构普遍规模小、收费高，双职工家庭需求难以满足。",
      "第一，发展普惠托育。市卫生健康委员会牵头，支持用人单位办托。",
      "第二，加强人员培训。市人社局配合开展托育从业人员培训。",
    ].join("\n");
    expect(structure(page).documents.map((d) => d.title)).toEqual(["扩大社区助餐服务", "办好家门口的托育"]);
  });
});

describe("a form's field label (round 13b)", () => {
  it("a label naming the field below is a column label, not a heading", () => {
    expect(verdict("留言正文")).toBe("column");
    expect(verdict("建议详情")).toBe("column");
    expect(verdict("留言正文如下：")).toBeNull();
  });
});
