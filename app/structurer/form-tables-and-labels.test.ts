/**
 * Forms, tables and field lines (docs/structure-format.md, "Forms, tables and field labels (2026-12-05,
 * nineteenth wave)"): a task table's rows are never one wrapped paragraph, a notice addressed to the bodies
 * it sets to work lists its table's rows as tasks, a label spaced out to fill a form's cell is the same
 * label, a message board's section label over its text is chrome. Every input is made up for the test;
 * none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { textBlocks } from "./blocks";
import { labelVerdict } from "./chrome-labels";
import { spacedLabels } from "./line-shapes";
import { detect, structure } from "./rule-test-support";

const NOTICE_HEAD = ["关于分解落实市政协口袋公园协商意见的通知", "各区人民政府，市政府各部门："];
const COVER = "　　经研究，现将任务分工通知如下，请认真抓好落实。";
// Rows of one length: a margin read off them would glue them into one paragraph.
const ROWS = [
  "序号\t重点任务\t牵头单位\t配合单位",
  "1\t建设社区口袋公园二十处\t市住建局\t市自然资源和规划局",
  "2\t开放机关单位附属绿地\t市城管局\t市教育局、市水务局",
  "3\t完善公园适老化设施改造\t市民政局\t市财政局、市体育局",
  "4\t推行公园共建共管机制\t市林业局\t市文广旅局、市民政局",
];
const CLOSING = "　　各牵头单位要会同配合单位制定具体措施，按季度将落实情况报送市政府办公室。";

describe("a task table's rows", () => {
  it("stay lines of their own when the prose around them shows no margin", () => {
    const lines = ["序号 重点任务 牵头单位 配合单位", ...ROWS.slice(1).map((r) => r.replace(/\t/g, " ")), CLOSING.trim()];
    expect(textBlocks(lines).map((b) => b.text)).toHaveLength(6);
  });

  it("are the tasks of a notice addressed to the bodies it sets to work, each row's bodies lead and co", () => {
    const doc = structure([...NOTICE_HEAD, COVER, ...ROWS, CLOSING].join("\n")).documents[0];
    expect(doc.children.map((n) => n.title)).toEqual(["建设社区口袋公园二十处", "开放机关单位附属绿地", "完善公园适老化设施改造", "推行公园共建共管机制"]);
    const roles = doc.children.flatMap((n) => n.departments ?? []).map((d) => `${d.name}:${d.role}`);
    expect(roles).toContain("市住房和城乡建设局:lead");
    expect(roles).toContain("市自然资源和规划局:co");
  });

  it("stay the covering paragraph's record in a sheet addressed to no one", () => {
    const doc = structure(["口袋公园建设任务分工", COVER, ...ROWS, CLOSING].join("\n")).documents[0];
    expect(doc.children).toEqual([]);
  });

  it("read a table drawn with box bars as one drawn with tabs", () => {
    const barred = ROWS.map((r) => `│${r.replace(/\t/g, "│")}│`);
    const doc = structure([...NOTICE_HEAD, COVER, ...barred, CLOSING].join("\n")).documents[0];
    expect(doc.children.map((n) => n.title)).toEqual(["建设社区口袋公园二十处", "开放机关单位附属绿地", "完善公园适老化设施改造", "推行公园共建共管机制"]);
  });
});

describe("a form's spaced field label", () => {
  it("matches its label with spaces between the characters", () => {
    const re = new RegExp(`^(?:${spacedLabels("案由|提案人")})[:：]`);
    expect(re.test("案　　由：关于……")).toBe(true);
    expect(re.test("提 案 人：某某")).toBe(true);
    expect(re.test("案件由来：")).toBe(false);
  });

  it("gives the title and the byline of a proposal form", () => {
    const doc = structure(
      [
        "某市政协十届二次会议",
        "提　案",
        "案　　由：关于增设社区便民菜店的建议",
        "提 案 人：市政协委员　某某某",
        "　　一、合理布局菜店网点。市商务局牵头，会同市自然资源和规划局编制便民菜店布局规划。",
        "　　二、减免租金。市财政局对进驻公有物业的便民菜店减免一年租金。",
      ].join("\n"),
    ).documents[0];
    expect(doc.title).toBe("关于增设社区便民菜店的建议");
    expect(doc.byline).toBe("市政协委员　某某某");
  });
});

describe("a message board's section label", () => {
  it("is chrome alone on its line, never with words after it", () => {
    expect(labelVerdict("留言内容:")).toBe("metadata");
    expect(labelVerdict("答复内容:")).toBe("metadata");
    expect(labelVerdict("诉求内容:")).toBe("metadata");
    expect(labelVerdict("留言内容:楼道灯坏了")).toBeNull();
    expect(labelVerdict("主要问题:")).toBeNull();
  });
});

describe("a message board's or work order's title field", () => {
  it("gives the title after its kind word", () => {
    const doc = structure(["某市民意直通车", "留言标题：小区门口路灯长期不亮", "留言内容：", "　　建议：一是市城管局尽快维修路灯；二是市住建局督促物业定期巡查。"].join("\n")).documents[0];
    expect(doc.title).toBe("小区门口路灯长期不亮");
  });
});

describe("a body before 各部门", () => {
  it("names its units, not itself", () => {
    expect(detect("各区人民政府，市政府各部门、各直属机构：")).toEqual(["区人民政府:mentioned"]);
    expect(detect("经市政府同意，现通知如下。")).toEqual(["市人民政府:mentioned"]);
  });
});
