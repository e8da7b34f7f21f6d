/**
 * Test and corpus support (never imported by the app): write a PDF with a real CJK
 * font through pdfkit, from a page description, so that tests and the corpus script can
 * make the PDFs they read. The font is WenQuanYi Micro Hei from Debian's
 * fonts-wqy-microhei (installed by .ci/run); XS_CJK_FONT overrides the path.
 *
 * Source syntax (`pdfFromSource`): one PDF line per source line; `^text` is a running
 * header at the top of the page, `_text` a footer at the bottom, a line `<<<page>>>`
 * starts a new page, a line starting with two ideographic spaces is a paragraph's
 * indented first line, `=text` is centred (a title).
 */
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";

export const CJK_FONT = process.env.XS_CJK_FONT ?? "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const FONT_FAMILY = "WenQuanYiMicroHei";

export interface FixtureLine {
  text: string;
  kind?: "header" | "footer" | "body" | "title";
  indent?: boolean;
}

export function parsePdfSource(source: string): FixtureLine[][] {
  const pages: FixtureLine[][] = [[]];
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.trim() === "<<<page>>>") {
      pages.push([]);
      continue;
    }
    if (!raw.trim()) continue;
    const page = pages[pages.length - 1];
    if (raw.startsWith("^")) page.push({ text: raw.slice(1).trim(), kind: "header" });
    else if (raw.startsWith("_")) page.push({ text: raw.slice(1).trim(), kind: "footer" });
    else if (raw.startsWith("=")) page.push({ text: raw.slice(1).trim(), kind: "title" });
    else if (raw.startsWith("\u3000\u3000")) page.push({ text: raw.trim(), kind: "body", indent: true });
    else page.push({ text: raw.trim(), kind: "body" });
  }
  return pages.filter((p) => p.length > 0);
}

/** Build a PDF: A4, 12 pt text, 20 pt line pitch, header at the top, footer centred at the bottom. */
export async function buildPdf(pages: FixtureLine[][], options: { fontPath?: string } = {}): Promise<Buffer> {
  const fontPath = options.fontPath ?? CJK_FONT;
  if (!existsSync(fontPath)) {
    throw new Error(`CJK font not found at ${fontPath}: apt-get install fonts-wqy-microhei (or set XS_CJK_FONT)`);
  }
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: "xieshang fixture" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.registerFont("cjk", fontPath, FONT_FAMILY);
  const left = 72;
  const width = 451;
  for (const lines of pages) {
    doc.addPage({ size: "A4", margin: 0 });
    doc.font("cjk").fontSize(12);
    let y = 90;
    for (const line of lines) {
      if (line.kind === "header") {
        doc.fontSize(9).text(line.text, left, 40, { width, align: "center", lineBreak: false }).fontSize(12);
      } else if (line.kind === "footer") {
        doc.fontSize(9).text(line.text, left, 800, { width, align: "center", lineBreak: false }).fontSize(12);
      } else if (line.kind === "title") {
        doc.fontSize(16).text(line.text, left, y, { width, align: "center", lineBreak: false }).fontSize(12);
        y += 28;
      } else {
        doc.text(line.text, line.indent ? left + 24 : left, y, { lineBreak: false });
        y += 20;
      }
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function pdfFromSource(source: string, options?: { fontPath?: string }): Promise<Buffer> {
  return buildPdf(parsePdfSource(source), options);
}
