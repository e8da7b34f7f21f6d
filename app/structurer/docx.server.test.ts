/**
 * .docx reading: a small Word document is built in memory (a stored, uncompressed zip
 * with the three parts Word needs) and read back through mammoth.
 */
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { docxToText, htmlToStructuredText } from "./docx.server";
import { structureText } from "./index";
import { DIRECTORY } from "./test-support";

/** Minimal zip writer (method 0, no compression): enough for mammoth's reader. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, "utf8");
    const fileName = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    locals.push(local, fileName, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(body: string): Buffer {
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

describe("docxToText", () => {
  it("reads paragraphs and headings of a Word file", async () => {
    const buffer = docx(
      [
        para("关于加强社区养老服务的建议", "Heading1"),
        para("民盟某市委员会"),
        para("近年来，我市养老服务发展较快。为此建议："),
        para("一、完善设施。一是由市民政局牵头建设站点。二是市财政局配合保障经费。"),
        para("二、壮大队伍。建议市人社局落实培训补贴。"),
      ].join(""),
    );
    const text = await docxToText(buffer);
    expect(text).toContain("# 关于加强社区养老服务的建议");
    const result = structureText(text, { directory: DIRECTORY, format: "markdown" });
    const [doc] = result.documents;
    expect(doc.title).toBe("关于加强社区养老服务的建议");
    expect(doc.byline).toBe("民盟某市委员会");
    expect(doc.children.map((n) => n.marker)).toEqual(["一、", "二、"]);
    expect(doc.children.map((n) => n.children.length)).toEqual([2, 0]);
    expect(doc.children[0].children[0].departments.map((d) => `${d.name}:${d.role}`)).toEqual(["市民政局:lead"]);
  });

  it("rejects a buffer that is not a .docx", async () => {
    await expect(docxToText(Buffer.from("not a zip file"))).rejects.toBeDefined();
  });
});

describe("htmlToStructuredText", () => {
  it("writes headings, nested lists, tables and entities as Markdown-ish text", () => {
    const html =
      "<h2>一、加强领导</h2><p>正文&amp;说明</p><ol><li>建立机制<ol><li>子项一</li><li>子项二</li></ol></li><li>明确责任</li></ol>" +
      "<ul><li><p>要点</p></li></ul><table><tr><td><p>甲</p></td><td><p>乙</p></td></tr></table><p>第一行<br />第二行</p>";
    expect(htmlToStructuredText(html).split("\n\n")).toEqual([
      "## 一、加强领导",
      "正文&说明",
      "1. 建立机制",
      "  1. 子项一",
      "  2. 子项二",
      "2. 明确责任",
      "- 要点",
      "甲 乙",
      "第一行",
      "第二行\n",
    ]);
  });

  it("returns an empty string for an empty document", () => {
    expect(htmlToStructuredText("")).toBe("");
  });
});
