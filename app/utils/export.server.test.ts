// The shared export module: RFC 4180 quoting, the BOM, formula neutralising,
// Beijing dates, and an XLSX a spreadsheet program can open.
import { unzipSync, strFromU8 } from "fflate";
import { parseCsv } from "../../tests/csv";
import { describe, expect, it } from "vitest";
import { beijingStamp, cellValue, csvField, exportResponse, neutralise, sheetName, toCsv, toXlsx, type Column } from "./export.server";

interface Row {
  name: string;
  note: string | null;
  n: number;
  at: Date | null;
}
const columns: Column<Row>[] = [
  { header: "序号", value: (_r, i) => i + 1 },
  { header: "名称", value: (r) => r.name },
  { header: "说明", value: (r) => r.note },
  { header: "数量", value: (r) => r.n },
  { header: "时间（北京时间）", value: (r) => r.at },
  { header: "日期", value: (r) => r.at, format: "date" },
];
const rows: Row[] = [
  { name: "市民政局", note: '含"引号",逗号', n: -3, at: new Date("2026-03-01T16:30:00Z") },
  { name: "=HYPERLINK(\"http://x\")", note: "第一行\r\n第二行", n: 0, at: null },
  { name: "+1", note: "-2", n: 1.5, at: new Date("2026-12-31T23:59:00Z") },
  { name: "@SUM(A1)", note: "\tTAB", n: 2, at: null },
];


describe("CSV", () => {
  const csv = toCsv(columns, rows);

  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith("\uFEFF序号,名称,说明,数量,时间（北京时间）,日期\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("quotes fields with quotes, commas and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csv).toContain('市民政局,"含""引号"",逗号",-3,');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("plain", true)).toBe('"plain"');
    expect(csvField(null)).toBe("");
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed[2][2]).toBe("第一行\r\n第二行");
    expect(parsed.every((r) => r.length === columns.length)).toBe(true);
  });

  it("neutralises cells a spreadsheet would read as a formula, but not numbers", () => {
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[2][1]).toBe("'=HYPERLINK(\"http://x\")");
    expect(parsed[3][1]).toBe("'+1");
    expect(parsed[3][2]).toBe("'-2");
    expect(parsed[4][1]).toBe("'@SUM(A1)");
    expect(parsed[4][2]).toBe("'\tTAB");
    expect(parsed[1][3]).toBe("-3");
    expect(neutralise("正常文字")).toBe("正常文字");
    expect(cellValue(-3)).toBe(-3);
    expect(cellValue(true)).toBe("是");
    expect(cellValue(Number.NaN)).toBeNull();
  });

  it("writes dates in Asia/Shanghai, whatever the server's zone", () => {
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[1][4]).toBe("2026-03-02 00:30");
    expect(parsed[1][5]).toBe("2026-03-02");
    expect(parsed[3][4]).toBe("2027-01-01 07:59");
    expect(parsed[2][4]).toBe("");
    expect(beijingStamp(new Date("2026-06-30T16:00:00Z"), "date")).toBe("2026-07-01");
  });
});

describe("XLSX", () => {
  it("is a workbook whose sheet holds the same cells, formulas neutralised", async () => {
    const buffer = await toXlsx(columns, rows, "报告/提案:2026");
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    const workbook = strFromU8(files["xl/workbook.xml"]);
    expect(workbook).toContain('name="报告 提案 2026"');
    const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const text = strings + sheet;
    for (const s of ["序号", "时间（北京时间）", "市民政局", "2026-03-02 00:30", "'=HYPERLINK", "'@SUM(A1)"]) expect(text).toContain(s);
    // No cell is written as a formula.
    expect(sheet).not.toContain("<f>");
    // Five rows: the header and four records.
    expect(sheet.match(/<row /g)).toHaveLength(5);
  });

  it("accepts only names Excel allows for sheets", () => {
    expect(sheetName("a".repeat(40))).toHaveLength(31);
    expect(sheetName("[x]*?")).toBe("x");
    expect(sheetName("///")).toBe("Sheet1");
  });
});

describe("the download response", () => {
  it("names the file in UTF-8 and says when a list was cut", async () => {
    const res = await exportResponse({ format: "csv", fileName: "报告与提案", columns, rows: rows.slice(0, 2), total: 3 });
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("报告与提案.csv")}`);
    expect(res.headers.get("X-Export-Truncated")).toBe("2/3");
    const xlsx = await exportResponse({ format: "xlsx", fileName: "报告与提案", columns, rows });
    expect(xlsx.headers.get("X-Export-Truncated")).toBeNull();
    const named = await exportResponse({ format: "csv", fileName: "报告与提案", asciiName: "documents", columns, rows });
    expect(named.headers.get("Content-Disposition")).toBe(`attachment; filename="xieshang-documents.csv"; filename*=UTF-8''${encodeURIComponent("报告与提案.csv")}`);
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
