/**
 * .pdf → plain text for the structurer: the text layer through pdfjs-dist (legacy build,
 * which runs in Node without a browser), lines rebuilt from the positioned text items,
 * then running headers, footers and page numbers removed and lines rejoined by
 * pdf-text.ts. The text then goes through the same stages as pasted text.
 *
 * Hostile files: the size is checked before parsing, the `%PDF-` signature must be
 * there, at most `maxPages` pages are read, and reading stops when the time budget runs
 * out (checked between pages; the loading task is destroyed). Encrypted PDFs and PDFs
 * without a text layer (scans) are refused with a message saying so.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { capText, checkSize, InputError, withLimits, type InputLimits } from "./limits";
import { pdfPagesToText, type PdfLine, type PdfPage, type RemovedLine } from "./pdf-text";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs").catch((error: unknown) => {
    pdfjsPromise = null;
    throw error;
  });
  return pdfjsPromise;
}

/** pdfjs needs its CMaps for CJK fonts that use predefined encodings (UniGB-UCS2-H …). */
function pdfjsDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("pdfjs-dist/package.json"));
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Group a page's text items into lines, top to bottom, left to right. */
export function itemsToLines(items: TextItemLike[]): PdfLine[] {
  const parts = items
    .filter((it) => typeof it.str === "string" && it.str.length > 0)
    .map((it) => {
      const size = Math.abs(it.height) || Math.hypot(it.transform[2], it.transform[3]) || 10;
      return { text: it.str, x0: it.transform[4], x1: it.transform[4] + it.width, y: it.transform[5], size };
    })
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: PdfLine[] = [];
  for (const part of parts) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - part.y) <= Math.max(line.size, part.size) * 0.5) {
      // Same baseline: a gap wider than a third of the font size is a space (Latin text).
      const gap = part.x0 - line.x1;
      line.text += gap > part.size * 0.3 && !/\s$/.test(line.text) ? ` ${part.text}` : part.text;
      line.x1 = Math.max(line.x1, part.x1);
      line.size = Math.max(line.size, part.size);
    } else {
      lines.push({ ...part });
    }
  }
  return lines.filter((l) => l.text.trim() !== "");
}

function deadlineError(): InputError {
  return new InputError("timeout", "reading the PDF took too long", "读取 PDF 超时，文件可能过大或已损坏");
}

/** Read the positioned lines of every page (at most `maxPages`). */
export async function readPdfPages(buffer: Uint8Array, options?: Partial<InputLimits>): Promise<PdfPage[]> {
  const limits = withLimits(options);
  checkSize(buffer.byteLength, limits);
  const head = Buffer.from(buffer.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) {
    throw new InputError("not-pdf", "not a PDF file (no %PDF- signature)", "这不是 PDF 文件（缺少 %PDF- 文件头）");
  }
  const pdfjs = await loadPdfJs();
  const dataDir = pdfjsDataDir();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the array it is given: pass a copy.
    data: new Uint8Array(buffer),
    cMapUrl: `${dataDir}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dataDir}/standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const deadline = Date.now() + limits.timeBudgetMs;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlineError()), limits.timeBudgetMs);
  });
  try {
    const doc = await Promise.race([task.promise, timeout]).catch((error: unknown) => {
      if (error instanceof InputError) throw error;
      const name = (error as { name?: string })?.name;
      if (name === "PasswordException") {
        throw new InputError("pdf-encrypted", "the PDF is password-protected", "PDF 已加密，请先去除密码再上传");
      }
      throw new InputError("pdf-unreadable", `not a readable PDF: ${(error as Error)?.message ?? error}`, "PDF 文件已损坏或无法读取");
    });
    if (doc.numPages > limits.maxPages) {
      throw new InputError(
        "too-many-pages",
        `the PDF has ${doc.numPages} pages (at most ${limits.maxPages})`,
        `PDF 共 ${doc.numPages} 页，超过 ${limits.maxPages} 页的上限`,
      );
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw deadlineError();
      const page = await Promise.race([doc.getPage(n), timeout]);
      const content = await Promise.race([page.getTextContent(), timeout]);
      const [x0, y0, x1, y1] = page.view;
      pages.push({ width: x1 - x0, height: y1 - y0, lines: itemsToLines(content.items as TextItemLike[]) });
      page.cleanup();
    }
    return pages;
  } finally {
    clearTimeout(timer);
    void task.destroy();
  }
}

/** The raw lines of each page, headers and page numbers included (for tests and previews). */
export async function readPdfLines(buffer: Uint8Array, options?: Partial<InputLimits>): Promise<string[][]> {
  const pages = await readPdfPages(buffer, options);
  return pages.map((p) => p.lines.map((l) => l.text.trim()));
}

export interface PdfInput {
  text: string;
  removed: RemovedLine[];
  pages: number;
}

/** Read a PDF's text: headers, footers and page numbers removed, lines rejoined. */
export async function pdfToText(buffer: Uint8Array, options?: Partial<InputLimits>): Promise<PdfInput> {
  const limits = withLimits(options);
  const pages = await readPdfPages(buffer, limits);
  const { text, removed } = pdfPagesToText(pages);
  if (!text.trim()) {
    throw new InputError(
      "pdf-no-text",
      "the PDF has no text layer (a scan?); run OCR first",
      "PDF 中没有可提取的文字（可能是扫描件），请先做文字识别（OCR）",
    );
  }
  return { text: capText(text, limits), removed, pages: pages.length };
}
