/**
 * Labels and rows that stand alone on a line and say nothing of the text (chrome-labels.ts), the
 * reprint ban that names who must authorise, and a related label carrying its one link inline
 * (chrome-related-data-tables.ts) — with lines of the same look that must stay. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fieldRowVerdict, labelVerdict } from "./chrome-labels";
import { lineVerdict } from "./chrome-rules";
import { fold } from "./fold";
import { removedReasons as removedOf } from "./rule-test-support";

const verdict = (line: string) => labelVerdict(fold(line).trim());

describe("an issuing line", () => {
  it("removes the printing office with the day it printed", () => {
    expect(verdict("某县政协办公室　　　2026年5月7日印发")).toBe("metadata");
    expect(verdict("某市人民政府督查室 2026-10-28 印发")).toBe("metadata");
  });
  it("keeps a sentence that reports a printing", () => {
    expect(verdict("市民政局近日印发了实施方案，2026年5月7日印发")).toBeNull();
    expect(verdict("2026年5月7日印发")).toBeNull();
  });
});

describe("a label alone over the body", () => {
  it("removes the words for the text itself, maybe after a kind word", () => {
    for (const line of ["简介：", "文字稿：", "提案内容：", "视频简介：", "正文：", "文字实录:"]) expect(verdict(line)).toBe("metadata");
  });
  it("keeps a label that speaks, a wrapper's lead-in and a label with its value", () => {
    for (const line of ["建议：", "办法：", "以下为原文：", "主要内容：", "简介：本期节目邀请委员谈夜市。"]) expect(verdict(line)).toBeNull();
  });
});

describe("a row of an approval flow", () => {
  it("removes who, the approval verb and the time, with or without the post", () => {
    expect(verdict("某某某　发起申请　07-15 16:22")).toBe("progress");
    expect(verdict("提案委员会　某某　已审批　2026-09-09 14:40")).toBe("progress");
  });
  it("keeps a row without a time or with a verb that is no approval", () => {
    expect(verdict("某某某　已同意")).toBeNull();
    expect(verdict("某某某　来到现场　07-15 16:22")).toBeNull();
  });
});

describe("a reprint ban naming who must authorise", () => {
  it("removes it as a legal notice", () => {
    expect(lineVerdict(fold("未经作者授权，禁止转载"))).toBe("legal");
    expect(lineVerdict(fold("本视频未经平台书面授权，严禁转载"))).toBe("legal");
  });
});

describe("a related label with its link inline", () => {
  const head = ["某区推进农家书屋提质", "2026-10-14 09:12　来源：某区融媒"];
  const body = [
    "　　今年以来，区政协委员围绕农家书屋开展调研，走访了16个村，发现图书陈旧、开放时间不固定。",
    "　　委员建议区文化和旅游局每年按村民需求补充图书，乡镇文化站节假日照常开放。",
  ];
  it("removes the label with a headline that asks, and keeps the sentence under it", () => {
    const link = "延伸阅读：农家书屋没人来，问题出在哪？";
    const after = "　　委员表示，将继续跟踪这一建议的落实情况。";
    const removed = removedOf([...head, ...body, link, after, "（责任编辑：某某）"].join("\n"));
    expect(removed.get(link)).toBe("related");
    expect(removed.has(after.trim())).toBe(false);
  });
  it("keeps a line that only opens with the label's words", () => {
    expect(lineVerdict(fold("相关阅读：委员们认为，问题出在管理上。"))).toBeNull();
  });
});

describe("an OA record's file-title field", () => {
  const letter = [
    "关于某区政协第0142号提案办理情况的复函",
    "某某某委员：",
    "　　您提出的《关于加强背街小巷环境整治的提案》收悉。经认真研究，现答复如下：",
    "　　今年以来，我局会同各街道对背街小巷开展集中整治，清理乱堆乱放点位一千二百余处。",
  ];
  it("removes the field whose value stands again as the letter's headline", () => {
    const field = "公文标题：关于某区政协第0142号提案办理情况的复函";
    expect(removedOf([field, "办理状态：已办结", ...letter].join("\n")).get(field)).toBe("metadata");
  });
  it("keeps it when nothing below repeats it", () => {
    const field = "文件标题：关于背街小巷整治的情况说明";
    expect(removedOf([field, ...letter].join("\n")).has(field)).toBe(false);
  });
});

describe("a bracketed row of labelled fields", () => {
  const row = (line: string) => fieldRowVerdict(fold(line).trim());
  it("removes two or more short fields held in brackets, whatever their labels", () => {
    for (const line of ["（办理结果：A类　公开属性：主动公开）", "（提案类别：社会事业　办理方式：会办）", "(稿件类别：来稿 审读等级：一般)", "（栏目：委员之声，期数：第3期，版面：第4版）"]) {
      expect(row(line)).toBe("metadata");
    }
  });
  it("keeps one field, a sentence in brackets, a numbered line and a row naming who handles the matter", () => {
    for (const line of ["（来源：某市政协）", "（注：数据来自统计公报。下同）", "（一）完善机制：建立联席会议制度", "（主办单位：市民政局　协办单位：市财政局）", "（牵头部门：市教育局　配合部门：市体育局）", "办理结果：A类　公开属性：主动公开"]) {
      expect(row(line)).toBeNull();
    }
  });
  it("removes the row under a reply's headline, where no older rule reads its labels", () => {
    const text = ["关于某市政协第0031号提案的答复", "（答复类别：B类　公开方式：依申请公开）", "某某委员：", "　　您提出的提案收悉，现答复如下。", "　　一、关于设施建设。我局已会同市自然资源和规划局编制专项规划，新建小区按标准配建。"].join("\n");
    expect(removedOf(text).get("（答复类别：B类　公开方式：依申请公开）")).toBe("metadata");
  });
});
