/**
 * Exports and OCR (2026-12-03, fifth wave): the furniture of note apps, knowledge bases, cloud
 * documents and minutes — paths, to-dos, callouts, property rows, meeting fields, a series'
 * letterhead, a thread's dated rows — and content lines of the same shapes that must stay.
 * Made-up inputs only (no corpus or batch text).
 */
import { describe, expect, it } from "vitest";
import { columnTail, fenceLine, pathLine, taskItem } from "./chrome-exports";
import { meetingField } from "./chrome-apparatus";
import { exportStamp } from "./head-dates";
import { fold } from "./fold";
import { structureText } from "./index";
import { directory, shape } from "./rule-test-support";

const run = (lines: string[]) => structureText(lines.join("\n"), { directory, format: "text" });
const removedOf = (lines: string[]) => new Map((run(lines).removed ?? []).map((r) => [r.text, r.reason]));

const PARA_A = "某镇现有村级图书室21个，但开放时间短、藏书更新慢，村民借阅量逐年下降。";
const PARA_B = "由镇文化站牵头，会同各村制定图书室错时开放办法，每周开放不少于20小时。";
const PARA_C = "县图书馆按季度为村级图书室轮换图书，县财政安排专项经费保障更新。";

describe("one line", () => {
  it("reads paths, to-dos and fences by their syntax", () => {
    expect(pathLine(fold("某区政协 / 履职知识库 / 2025年调研"))).toBe(true);
    expect(pathLine(fold("知识库 > 调研报告"))).toBe(true);
    expect(pathLine(fold("城乡建设 / 交通"))).toBe(false); // two segments between slashes: a heading may say that
    expect(pathLine(fold("建议由A / B两部门共同负责，按季度通报。"))).toBe(false);
    expect(taskItem("- [ ] 补充调研照片")).toBe(true);
    expect(taskItem("* [x] 核对数字")).toBe(true);
    expect(taskItem("☐ 联系镇文化站")).toBe(true);
    expect(taskItem("- 补充调研照片")).toBe(false);
    expect(fenceLine(":::tip")).toBe(true);
    expect(fenceLine(":::")).toBe(true);
    expect(fenceLine("```")).toBe(true);
    expect(fenceLine("：：：提示")).toBe(false);
  });

  it("reads a meeting's fields but not a host's turn", () => {
    expect(meetingField(fold("地　点：镇政府二楼会议室"))).toBe(true);
    expect(meetingField(fold("列席：镇文化站、镇财政所有关负责同志"))).toBe(true);
    expect(meetingField(fold("记录人：某某"))).toBe(true);
    expect(meetingField(fold("主持人：各位听众好，欢迎收听今天的节目。"))).toBe(false);
    expect(meetingField(fold("地点选在哪里：镇上"))).toBe(false);
  });

  it("reads an export's created and edited stamps, not a posting stamp", () => {
    expect(exportStamp(fold("Date created: 2025-11-02 08:15"))).toBe(true);
    expect(exportStamp(fold("创建于 2025年11月2日"))).toBe(true);
    expect(exportStamp(fold("作者：某某　　最后修改：2025-11-02 08:15"))).toBe(true);
    expect(exportStamp(fold("创建者：某委员会  最近编辑：11月2日 08:15"))).toBe(true);
    expect(exportStamp(fold("编辑于 2025-11-02 某省"))).toBe(false);
    expect(exportStamp(fold("发布时间：2025-11-02"))).toBe(false);
  });
});

describe("an Obsidian-style note pasted as text", () => {
  const lines = [
    "某某协作 / 委员工作台 / 2025年提案",
    "# 关于延长村级图书室开放时间的建议",
    "Date created: 2025-11-02 08:15",
    "Status: 修改中",
    "Tags: 文化, 乡村",
    "> [!note] 据镇文化站座谈记录整理，定稿后提交。",
    "## 现状",
    PARA_A,
    "## 建议",
    "### 1. 错时开放",
    PARA_B,
    "### 2. 定期轮换图书",
    PARA_C,
    "- [ ] 补一张借阅统计表",
  ];
  it("removes the path, properties, callout and to-do; keeps the title without its marks", () => {
    const removed = removedOf(lines);
    expect(removed.get("某某协作 / 委员工作台 / 2025年提案")).toBe("navigation");
    expect(removed.get("Date created: 2025-11-02 08:15")).toBe("metadata");
    expect(removed.get("Status: 修改中")).toBe("metadata");
    expect(removed.get("Tags: 文化, 乡村")).toBe("metadata");
    expect(removed.get("> [!note] 据镇文化站座谈记录整理，定稿后提交。")).toBe("footnote");
    expect(removed.get("- [ ] 补一张借阅统计表")).toBe("revision");
    const d = run(lines).documents[0];
    expect(d.title).toBe("关于延长村级图书室开放时间的建议");
    expect(d.date).toBeNull(); // the file's creation, not a publication
    expect(d.children.at(-1)?.children.map((c) => c.title)).toEqual(["错时开放", "定期轮换图书"]);
  });

  it("keeps a checklist and a callout inside the text", () => {
    const inside = ["# 关于延长村级图书室开放时间的建议", "## 现状", PARA_A, "> 💡 村民最希望晚上和周末开放。", "- [x] 已走访5个村", PARA_B, "## 建议", PARA_C];
    const removed = removedOf(inside);
    expect(removed.has("> 💡 村民最希望晚上和周末开放。")).toBe(false);
    expect(removed.has("- [x] 已走访5个村")).toBe(false);
  });
});

describe("a minutes export", () => {
  const lines = [
    "某镇议事协商会议纪要",
    "第3期",
    "某镇党政办　　2025年10月20日",
    "关于村级图书室开放时间的议事协商纪要",
    "时　间：2025年10月16日上午",
    "地　点：镇政府二楼会议室",
    "主持人：镇人大主席　某某",
    PARA_A,
    "会议议定：",
    "一、错时开放。" + PARA_B,
    "二、轮换图书。" + PARA_C,
    "列席：县图书馆、镇财政所有关负责同志",
  ];
  it("removes the letterhead over its issue number and the meeting's fields", () => {
    const removed = removedOf(lines);
    expect(removed.get("某镇议事协商会议纪要")).toBe("masthead");
    expect(removed.get("地　点：镇政府二楼会议室")).toBe("metadata");
    expect(removed.get("列席：县图书馆、镇财政所有关负责同志")).toBe("metadata");
    expect(run(lines).documents[0].title).toBe("关于村级图书室开放时间的议事协商纪要");
  });
  it("a letterhead with no headline of its own under it stays the title", () => {
    const d = run(["某镇议事协商会议纪要", "第3期", "某镇党政办　　2025年10月20日", PARA_A, "一、错时开放。" + PARA_B]).documents[0];
    expect(d.title).toBe("某镇议事协商会议纪要");
  });
});

describe("a cloud document's comment thread", () => {
  it("removes name-and-time rows and their messages after the text, not an account's dated line above it", () => {
    const lines = ["关于延长村级图书室开放时间的建议", PARA_A, PARA_B, PARA_C, "评论（2）", "某甲　11月3日 10:02", "第二条的数字再核一下。", "某乙　11月3日 10:40", "好的，已改为每周20小时。"];
    const removed = removedOf(lines);
    expect(removed.get("好的，已改为每周20小时。")).toBe("chat");
    expect(shape(run(lines).documents[0].children)).not.toContain("H(");
    const account = removedOf(["某镇发布　2025年11月3日 08:30", "关于延长村级图书室开放时间的建议", PARA_A, PARA_B]);
    expect(account.has(PARA_A)).toBe(false);
  });
});

describe("OCR of a photographed newspaper column", () => {
  it("reads a neighbouring column's tail by its first clause, not a lede", () => {
    expect(columnTail(fold("馆，周末照常开放。"))).toBe(true);
    expect(columnTail(fold("，详见第3版。"))).toBe(true);
    expect(columnTail(fold("目前，试点已经启动。"))).toBe(false);
  });
  it("keeps the text's own sentence wrapped before its stop or its enumeration comma (twenty-first wave)", () => {
    // A PDF's or a typed report's hard wrap: the line above runs on without a stop, so the line under it ends that sentence.
    const pdf = ["关于延长村级图书室开放时间的调研报告", "县政协文化文史委员会", "    今年5月，县政协文化文史委员会组织部分委员，先后走访6个乡镇", "、21个村级图书室。现将有关情况报告如下。", "    一、基本情况", PARA_A, PARA_B];
    expect(removedOf(pdf).has("、21个村级图书室。现将有关情况报告如下。")).toBe(false);
    const typed = ["某镇政协工作组", "关于延长村级图书室开放时间的协商意见", "　　5月8日，镇政协工作组召开专题协商会，围绕村级图书室开放问题协商议政", "，镇文化站负责同志到会听取意见。", PARA_A, PARA_B];
    expect(removedOf(typed).has("，镇文化站负责同志到会听取意见。")).toBe(false);
    // Under a masthead or a headline (no running text left open) the tail is still the neighbouring column's.
    expect(removedOf(["某某日报", "馆，周末照常开放。", "村级图书室要“开得了门”", PARA_A, PARA_B]).get("馆，周末照常开放。")).toBe("edition");
  });
  it("rejoins a column wrapped at 10–11 characters, keeps the glyph byline apart and drops the bracketed credit", () => {
    const column = [
      "馆，周末照常开放。",
      "村级图书室要“开得了门”",
      "□ 县政协文化文史委员会",
      "某镇现有村级图书室21",
      "个，但开放时间短、藏书",
      "更新慢，借阅量逐年下降",
      "。为此建议：",
      "一、错时开放。由镇文化",
      "站牵头，每周开放不少于",
      "20小时。",
      "二、轮换图书。县图书馆",
      "按季度为村级图书室轮换",
      "图书，县财政安排经费。",
      "（责任编辑　某某）",
    ];
    const result = run(column);
    const removed = new Map((result.removed ?? []).map((r) => [r.text, r.reason]));
    expect(removed.get("馆，周末照常开放。")).toBe("edition");
    expect(removed.get("（责任编辑　某某）")).toBe("credit");
    const d = result.documents[0];
    expect(d.byline).toBe("县政协文化文史委员会");
    expect(shape(d.children)).toBe("R R");
  });
});

describe("a document's toolbar", () => {
  it("reads word cells ending in a menu of dots, not a writer's ellipsis", async () => {
    const { toolbarRow } = await import("./chrome-exports");
    expect(toolbarRow("协作  分享  ···")).toBe(true);
    expect(toolbarRow("编辑 | 评论 | ⋯")).toBe(true);
    expect(toolbarRow("我们  认为  ……")).toBe(false);
    expect(toolbarRow("一、基本情况")).toBe(false);
  });
});

describe("an app's window title naming its file on the first line (twentieth wave)", () => {
  const body = ["关于加强村级图书室管理的建议", "某镇政协工作组", PARA_A, `一、错时开放。${PARA_B}`, `二、轮换图书。${PARA_C}`];

  it("removes a file app's bar over a different headline, which stays the title", () => {
    for (const bar of ["在线文档 | 图书室调研材料（第二稿）", "云笔记｜工作小结（待审）", "共享表格 — 图书室台账"]) {
      const r = run([bar, ...body]);
      expect(r.documents[0].title).toBe("关于加强村级图书室管理的建议");
      expect(removedOf([bar, ...body]).get(bar)).toBe("widget");
    }
  });

  it("keeps a headline's same-line column kicker, and a file app's bar that is not the first line", () => {
    const kicker = "委员建言｜把村级图书室办到村民心坎上";
    expect(removedOf([kicker, "某镇政协工作组", PARA_A, PARA_B]).has(kicker)).toBe(false);
    const later = "在线文档 | 图书室调研材料";
    expect(removedOf(["关于加强村级图书室管理的建议", PARA_A, later, PARA_B]).has(later)).toBe(false);
  });
});
