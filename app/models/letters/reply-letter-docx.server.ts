// The reply letter as a Word document (.docx): the same parts as the printed
// page (reply-letters.server.ts), laid out on A4 with the 公文 margins of
// GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 仿宋 body,
// 小标宋 title, the letterhead in red. Written as plain WordprocessingML and
// zipped with jszip: the parts Word needs and the title in the core properties.
import JSZip from "jszip";
import type { ReplyLetter } from "./reply-letters.server";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

interface Run {
  text: string;
  font?: string;
  size?: number; // half-points
  bold?: boolean;
  color?: string;
}

function run({ text, font = "仿宋", size = 32, bold, color }: Run) {
  const props = [
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/>`,
    bold ? "<w:b/>" : "",
    color ? `<w:color w:val="${color}"/>` : "",
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
  ].join("");
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(runs: Run | Run[], opts: { align?: "left" | "center" | "right" | "both"; indent?: boolean; after?: number; border?: boolean } = {}) {
  const props = [
    opts.border ? `<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="C00000"/></w:pBdr>` : "",
    `<w:spacing w:after="${opts.after ?? 0}" w:line="560" w:lineRule="exact"/>`,
    opts.indent ? `<w:ind w:firstLineChars="200" w:firstLine="640"/>` : "",
    `<w:jc w:val="${opts.align ?? "both"}"/>`,
  ].join("");
  return `<w:p><w:pPr>${props}</w:pPr>${(Array.isArray(runs) ? runs : [runs]).map(run).join("")}</w:p>`;
}

export function letterDocumentXml(letter: ReplyLetter): string {
  const body = [
    para({ text: letter.department, font: "方正小标宋简体", size: 72, color: "C00000" }, { align: "center", after: 240 }),
    para({ text: letter.number }, { align: "center", border: true, after: 480 }),
    letter.category ? para({ text: `${letter.category}类`, font: "黑体" }, { align: "left" }) : "",
    para({ text: letter.title, font: "方正小标宋简体", size: 44 }, { align: "center", after: 320 }),
    para({ text: letter.addressee }, { align: "left" }),
    ...letter.paragraphs.map((p) => para({ text: p }, { indent: true })),
    para({ text: "" }),
    para({ text: letter.department }, { align: "right" }),
    para({ text: letter.date }, { align: "right", after: 320 }),
    letter.contactName || letter.contactPhone
      ? para({ text: `（联系人：${letter.contactName ?? ""}${letter.contactPhone ? `；联系电话：${letter.contactPhone}` : ""}）` }, { indent: true })
      : "",
  ].join("");
  const section = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${section}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const core = (letter: ReplyLetter) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(letter.title)}</dc:title><dc:creator>${esc(letter.department)}</dc:creator><dc:identifier>${esc(letter.number)}</dc:identifier></cp:coreProperties>`;

/** The .docx bytes. Fixed timestamps: the same letter gives the same file. */
export async function replyLetterDocx(letter: ReplyLetter): Promise<ArrayBuffer> {
  const zip = new JSZip();
  const date = new Date("2026-01-01T00:00:00Z");
  zip.file("[Content_Types].xml", CONTENT_TYPES, { date });
  zip.file("_rels/.rels", RELS, { date });
  zip.file("docProps/core.xml", core(letter), { date });
  zip.file("word/document.xml", letterDocumentXml(letter), { date });
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}

/** The download's file name: 答复函-民政函〔2026〕3号.docx. */
export function letterFileName(letter: ReplyLetter) {
  return `答复函-${letter.number}.docx`;
}
