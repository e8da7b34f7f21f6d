/**
 * Furniture of letters, mail, 公文 and forms: forwarded mail, drafts, fields, notices, contents and back matter.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { pdfPagesToText } from "./inputs/pdf-text";
import { BIKE_PARKING_REPORT, CANTEEN_REPORT, ELDER_MEALS_REPORT, ELEVATOR_REPORT, removed, shape, structure, verdict } from "./rule-test-support";

describe("forwarded e-mail", () => {
  it("mail headers, the forward separator, a covering note and the auto footer are metadata", () => {
    expect(lineVerdict("发件人：某某办公室 <office@example.org>")).toBe("metadata");
    expect(lineVerdict("收件人：办理组")).toBe("metadata");
    expect(lineVerdict("主题：转发：关于规范共享单车停放的建议")).toBe("metadata");
    expect(lineVerdict("主题：共享单车停放")).toBeNull();
    expect(lineVerdict("---------- 原始邮件 ----------")).toBe("metadata");
    expect(lineVerdict("材料见下文，请查收。")).toBe("metadata");
    expect(lineVerdict("本邮件为系统发送，请勿直接回复。")).toBe("metadata");
  });

  it("a bracketed distribution list (（报送：…）) is metadata", () => {
    expect(lineVerdict("（报送：区委、区政府领导；区政协办公室）")).toBe("metadata");
    expect(lineVerdict("（报送材料时请注明联系人。）")).toBeNull();
  });

  it("a forwarded proposal gets its own title, not a header line", () => {
    const text = ["发件人：某某 <a@example.org>", "收件人：办理组", "主题：转发：共享单车", "-------- 转发的邮件 --------", "关于规范共享单车停放的建议", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于规范共享单车停放的建议");
  });
});

describe("letters, drafts and tracked changes", () => {
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
    const text = ["（征求意见稿）", "关于老旧小区加装电梯的建议", "批注 [吕1]: 标题再斟酌", ...ELEVATOR_REPORT].join("\n");
    expect(removed(text)).toEqual(["（征求意见稿）", "批注 [吕1]: 标题再斟酌"]);
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
  });
});

describe("公文 fields, copy notes, footnotes", () => {
  it("a 签发人 field is metadata; a proposal's 主办/会办 assignment stays", () => {
    expect(verdict("签发人：周某某")).toBe("metadata");
    expect(verdict("核稿：李某")).toBe("metadata");
    expect(verdict("办理单位：主办　市教育局")).toBeNull();
    expect(verdict("办理单位：会办　市财政局　市人社局")).toBeNull();
    expect(verdict("办理单位：市教育局")).toBe("metadata");
    // The role in brackets after the names, as a key-proposal page prints it.
    expect(verdict("办理单位：市文广旅局（主办），市委宣传部、市教育局（会办）")).toBeNull();
    expect(verdict("办理单位：区住建局（主办）")).toBeNull();
    expect(verdict("办理单位：市教育局（已办结）")).toBe("metadata");
  });

  it("a copy or export note between dashes is metadata", () => {
    expect(verdict("——以上内容导出自在线文档“台账”，共2页——")).toBe("metadata");
    expect(verdict("--以上数据摘自某某统计年鉴--")).toBe("metadata");
  });

  it("footnotes at the end whose marks the body carries are removed; the marks stay", () => {
    const text = ["关于规范社区食堂的建议", "　　全市现有社区食堂210家[1]，其中三成亏损运营[2]。", ...CANTEEN_REPORT.slice(1), "", "[1] 据市民政局2025年统计。", "[2] 参见《某某调查报告》。"].join("\n");
    expect(removed(text)).toEqual(["[1] 据市民政局2025年统计。", "[2] 参见《某某调查报告》。"]);
    const circled = ["关于规范社区食堂的建议", "　　据统计，全市现有社区食堂210家①，其中三成亏损运营。", ...CANTEEN_REPORT.slice(1), "① 数据来源：某区统计局。"].join("\n");
    expect(removed(circled)).toEqual(["① 数据来源：某区统计局。"]);
    // A mark no sentence carries: a circled line of the text's own, kept. A circled source note
    // (数据来源：, 参见) goes even so — pasting often loses the superscript mark in the body
    // (chrome-buttons-comment-rows.ts, fourth wave).
    const unmarked = ["关于规范社区食堂的建议", ...CANTEEN_REPORT, "① 建议区民政局牵头制定社区食堂服务标准。"].join("\n");
    expect(removed(unmarked)).toEqual([]);
    const sourceOnly = ["关于规范社区食堂的建议", ...CANTEEN_REPORT, "① 数据来源：某区统计局。"].join("\n");
    expect(removed(sourceOnly)).toEqual(["① 数据来源：某区统计局。"]);
  });
});

describe("forwarded mail, author cards, account names", () => {
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
      ...CANTEEN_REPORT,
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
    const text = ["主题：社区食堂建设", "关于改进社区食堂服务的建议", ...CANTEEN_REPORT].join("\n");
    expect(removed(text)).not.toContain("关于改进社区食堂服务的建议");
  });

  it("an author's bio between the name and the follow button is a credit", () => {
    const text = ["社区食堂怎样办得更长久？", "某某某", "区政协委员，长期关注养老", "关注她", ...CANTEEN_REPORT].join("\n");
    expect(removed(text)).toContain("区政协委员，长期关注养老");
  });

  it("an account's name over an info line that names it again is the publisher", () => {
    const text = ["社区食堂怎样办得更长久", "某某县新闻中心", "2026-03-02 08:15 · 原创 · 某某县新闻中心官方账号", ...CANTEEN_REPORT].join("\n");
    expect(removed(text)).toContain("某某县新闻中心");
  });
});

describe("record fields of forms, apps and boards", () => {
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
    const text = ["议案编号：第0045号", "办理状态：已答复", "类别：社会事业", "关于扩大社区助餐服务的建议", ...ELDER_MEALS_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于扩大社区助餐服务的建议");
    expect(removed(text)).toEqual(expect.arrayContaining(["办理状态：已答复", "类别：社会事业"]));
  });
});

describe("notices: copyright, call-us close, editor's note", () => {
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

describe("contents and back matter", () => {
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
    const text = ["目次", "社区助餐的几点建议……区民政局 3", "说明：按收稿先后排列。", "社区助餐的几点建议", ...ELDER_MEALS_REPORT, "附录二：抽样情况", "表1 受访老人年龄分布：60-69岁 41%；70岁以上 59%", "表2 就餐频次：每日 33%；每周 48%"].join("\n");
    const r = removed(text);
    expect(r).toContain("说明：按收稿先后排列。");
    expect(r).toContain("附录二：抽样情况");
    expect(r).toContain("表2 就餐频次：每日 33%；每周 48%");
  });
});

describe("parallel versions, tables, quoted mail, evaluation blocks, record labels", () => {
  it("lines of Latin words alone in a Chinese text are a parallel version", () => {
    const text = ["社区助餐服务扩面", "Mehelle ashxanisi kengeytildi", ELDER_MEALS_REPORT[0], "Rayon bu yil yene ashxana achidu.", ELDER_MEALS_REPORT[1], ELDER_MEALS_REPORT[2], "区民政局表示，将加快推进助餐点建设。"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["Mehelle ashxanisi kengeytildi", "Rayon bu yil yene ashxana achidu."]));
  });

  it("a bar-separated table with numbered rows stays content", () => {
    const rows = ["序号 | 任务 | 牵头单位 | 时限", "1 | 新增助餐点 | 区民政局 | 6月", "2 | 食材抽检 | 区市场监管局 | 长期"];
    const text = ["社区助餐任务清单", ELDER_MEALS_REPORT[0], ...rows, ELDER_MEALS_REPORT[1]].join("\n");
    expect(removed(text)).not.toContain(rows[2]);
  });

  it("in a forwarded e-mail the quoted draft is the document", () => {
    const text = ["发件人：某某办公室", "各位好，", "转来修改稿，请审阅。", "On Mon, 2 Jun 2025, 某某 wrote:", "> 请看最新一稿。", "> 关于扩大社区助餐服务的建议", ...ELDER_MEALS_REPORT.map((l) => `> ${l}`), ">> 上次的意见已吸收。"].join("\n");
    const doc = structure(text).documents[0];
    expect(doc.title).toBe("关于扩大社区助餐服务的建议");
    expect(shape(doc.children)).toBe("R R");
    expect(removed(text).some((l) => l.includes("上次的意见已吸收"))).toBe(true);
  });

  it("an evaluation heading over checkboxes at the end and a record's label over its event go", () => {
    const text = ["某某区政府新闻办图文实录", "社区助餐服务新闻通气会", ...ELDER_MEALS_REPORT, "四、办理评价", "□满意　□基本满意　□不满意"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["四、办理评价", "某某区政府新闻办图文实录"]));
    expect(structure(text).documents[0].title).toBe("社区助餐服务新闻通气会");
  });
});

describe("a feedback form's answer block", () => {
  it("a checkbox row behind its field's label, bracket boxes included, is a widget", () => {
    expect(verdict("办理态度：☑满意　□基本满意　□不满意")).toBe("widget");
    expect(verdict("委员评价：[√]满意　[ ]基本满意　[ ]不满意")).toBe("widget");
    expect(verdict("评价等次：（√）好　（ ）较好　（ ）一般")).toBe("widget");
    expect(verdict("办理态度：满意")).not.toBe("widget");
  });

  it("the fields filled in under the boxes go with them; a field above them stays", () => {
    const form = [...ELDER_MEALS_REPORT, "办理结果：□满意　☑基本满意　□不满意", "其他意见：希望扩大助餐点覆盖面。", "填表日期：2026年3月2日"];
    expect(removed(form.join("\n"))).toEqual(expect.arrayContaining(["其他意见：希望扩大助餐点覆盖面。"]));
    // A sentence after the boxes is no answer field: the block is not the form's end, nothing goes.
    const more = [...form.slice(0, -1), "下一步，区民政局将继续推进助餐点建设。"];
    expect(removed(more.join("\n"))).not.toContain("其他意见：希望扩大助餐点覆盖面。");
  });
});

describe("a form's field label", () => {
  it("a label naming the field below is a column label, not a heading", () => {
    expect(verdict("留言正文")).toBe("column");
    expect(verdict("建议详情")).toBe("column");
    expect(verdict("留言正文如下：")).toBeNull();
  });
});
