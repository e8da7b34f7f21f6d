/**
 * Tables (docs/structure-format.md, "Tables (2026-12-04, seventh wave)"): a table copied one
 * cell a line is read as rows, a table that is the document's body lists its recommendations,
 * a header row is never a headline, a row's date cell is content. Every input is made up for
 * the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { joinCellTables } from "./table-cells";
import { tableLines } from "./table-rows";
import { shape, structure } from "./rule-test-support";

const doc = (lines: string[]) => structure(lines.join("\n")).documents[0];
const roles = (d: ReturnType<typeof doc>) => {
  const out = new Map<string, string>();
  const rank = { lead: 3, co: 2, mentioned: 1 } as const;
  const walk = (ns: typeof d.children) =>
    ns.forEach((n) => {
      n.departments.forEach((m) => (!out.has(m.name) || rank[m.role] > rank[out.get(m.name) as keyof typeof rank]) && out.set(m.name, m.role));
      walk(n.children);
    });
  d.departments?.forEach((m) => out.set(m.name, m.role));
  walk(d.children);
  return Object.fromEntries(out);
};

describe("a table pasted one cell a line", () => {
  const cells = ["某表", "序号", "重点工作", "责任单位", "协办单位", "1", "建设社区食堂", "区民政局", "区卫生健康局", "2", "开展助餐补贴", "区财政局", "区民政局", "说明：略"];

  it("joins the header's cells and each row's cells into tab-separated lines, keeping the line count", () => {
    const out = joinCellTables(cells);
    expect(out).toHaveLength(cells.length);
    expect(out[1]).toBe("序号\t重点工作\t责任单位\t协办单位");
    expect(out[5]).toBe("1\t建设社区食堂\t区民政局\t区卫生健康局");
    expect(out[9]).toBe("2\t开展助餐补贴\t区财政局\t区民政局");
    expect(out.slice(2, 5)).toEqual(["", "", ""]);
    expect(out[13]).toBe("说明：略");
  });

  it("leaves lines alone when the count breaks or there is no number column", () => {
    expect(joinCellTables(["序号", "工作", "责任单位", "1", "建设食堂", "3", "区民政局"])).toEqual(["序号", "工作", "责任单位", "1", "建设食堂", "3", "区民政局"]);
    const noNumber = ["工作任务", "牵头单位", "配合单位", "建设食堂", "区民政局", "区财政局"];
    expect(joinCellTables(noNumber)).toBe(noNumber);
  });

  it("lists a WPS 分工表 standing alone as recommendations, 责任 lead and 协办 co", () => {
    const d = doc(["苇塘区社区助餐重点工作分工表", ...cells.slice(1, 13)]);
    expect(d.title).toBe("苇塘区社区助餐重点工作分工表");
    expect(shape(d.children)).toBe("R R");
    expect(d.children.map((c) => c.title)).toEqual(["建设社区食堂", "开展助餐补贴"]);
    expect(roles(d)).toMatchObject({ 区民政局: "lead", 区卫生健康局: "co" });
  });
});

describe("a table that is the document's body", () => {
  it("reads a spreadsheet's register of proposals: one recommendation per proposal, titled by its name", () => {
    const d = doc([
      "附表1",
      "某市政协重点提案督办一览表",
      "序号 提案编号 提案名称 主办单位 协办单位",
      "1 2026-031 关于规范校外培训收费的提案 市教育局 市市场监管局",
      "2 2026-077 关于加强河道垃圾清理的提案 市水务局 市城管局、市农业农村局",
    ]);
    expect(d.title).toBe("某市政协重点提案督办一览表");
    expect(shape(d.children)).toBe("R R");
    expect(d.children.map((c) => c.title)).toEqual(["关于规范校外培训收费的提案", "关于加强河道垃圾清理的提案"]);
    expect(roles(d)).toMatchObject({ 市教育局: "lead", 市市场监督管理局: "co", 市水务局: "lead", 市城市管理局: "co" });
  });

  it("reads a Markdown table whose column names suggestions as recommendations, under a covering paragraph", () => {
    const d = doc([
      "# 走访建议汇总",
      "",
      "走访中群众提出了以下意见。",
      "",
      "| 序号 | 意见建议 | 责任单位 |",
      "| --- | --- | --- |",
      "| 1 | 在菜市场增设公厕 | 市城管局 |",
      "| 2 | 延长社区图书室开放时间 | 市文化广电旅游局 |",
    ]);
    expect(shape(d.children)).toBe("R R");
    expect(d.children[1].title).toBe("延长社区图书室开放时间");
  });

  it("keeps a task table under a covering paragraph as that paragraph's record (no column of suggestions)", () => {
    const d = doc([
      "关于落实某建议案的任务分工",
      "现将任务分工如下。各单位要按时报送进展。",
      "序号 重点任务 牵头单位 配合单位",
      "1 建设公共充电桩 市住建局 市供电公司",
      "2 开展消防安全检查 市消防救援支队 市应急管理局",
    ]);
    expect(d.children).toEqual([]);
  });

  it("titles a space-separated row by its proposal's name and dates the table by its maker row", () => {
    const d = doc([
      "关于报送重点提案办理情况的报告",
      "现将办理情况报告如下。",
      "序号    提案名称    主办单位    办理情况",
      "1    关于增设社区老年食堂的提案    区民政局    已办结",
      "2    关于治理河道黑臭水体的提案    区城管局    推进中",
      "制表：某办公室　　2026年6月2日",
    ]);
    expect(d.children.map((c) => c.title)).toEqual(["关于增设社区老年食堂的提案", "关于治理河道黑臭水体的提案"]);
    expect(d.date).toBe("2026-06-02");
  });

  it("keeps a row whose last cell is a date as content: no info line", () => {
    const lines = ["序号 提案名称 承办单位 办理时限", "1 关于增设公交站台的提案 市交通运输局 2026年8月31日", "说明"];
    expect(tableLines(lines)).toEqual([0, 1]);
  });
});
