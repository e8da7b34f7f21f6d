/**
 * One entry point for every input format the structurer reads: plain text, Markdown,
 * Word, a saved web page and a PDF. Each returns plain text (and the format to
 * structure it as) that then goes through the same stages; PDF running headers and page
 * numbers come back as `removed` so that nothing is lost silently.
 */
import { DocxRefused, NotADocx, docxToText } from "../docx.server";
import { htmlToText } from "./html.server";
import { inputKind, type InputKind } from "./kinds";
import { InputError, checkSize, withLimits, type InputLimits } from "./limits";
import { pdfToText } from "./pdf.server";
import type { RemovedLine } from "./pdf-text";

export { InputError } from "./limits";
export { INPUT_EXTENSIONS, inputKind, type InputKind } from "./kinds";

export interface ReadInput {
  kind: InputKind;
  text: string;
  /** How to structure `text`. */
  format: "text" | "markdown";
  /** Lines an input reader dropped before the structurer (PDF headers, page numbers). */
  removed: RemovedLine[];
}

/**
 * Text files from Chinese Windows machines are often GB18030 rather than UTF-8; a UTF-16
 * file announces itself with a byte-order mark. Strict UTF-8 first, then the fallbacks.
 */
export function decodeText(buffer: Uint8Array): string {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder("utf-16le").decode(buffer);
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder("utf-16be").decode(buffer);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    try {
      return new TextDecoder("gb18030").decode(buffer);
    } catch {
      return new TextDecoder("utf-8").decode(buffer);
    }
  }
}

/** Read a file's bytes as the structurer's input, by its name's extension. */
export async function readInput(fileName: string, buffer: Uint8Array, options?: Partial<InputLimits>): Promise<ReadInput> {
  const kind = inputKind(fileName);
  const limits = withLimits(options);
  if (!kind) {
    throw new InputError(
      "unsupported",
      "unsupported file type (expected .txt, .md, .docx, .html or .pdf)",
      "不支持的文件类型（可上传 .txt、.md、.docx、.html、.pdf）",
    );
  }
  checkSize(buffer.byteLength, limits);
  switch (kind) {
    case "pdf": {
      const { text, removed } = await pdfToText(buffer, limits);
      return { kind, text, format: "text", removed };
    }
    case "html":
      return { kind, text: htmlToText(buffer, limits).text, format: "text", removed: [] };
    case "docx":
      try {
        return { kind, text: await docxToText(Buffer.from(buffer)), format: "markdown", removed: [] };
      } catch (error) {
        // Over the inflated-size budget (a zip bomb, zip-limits.server.ts): its own message.
        if (error instanceof NotADocx) throw new InputError("unsupported", "not a readable .docx file: not a zip archive", error.message);
        if (error instanceof DocxRefused) throw error;
        throw new InputError("unsupported", `not a readable .docx file: ${(error as Error).message}`, "Word 文件已损坏或无法读取");
      }
    default:
      return { kind, text: decodeText(buffer), format: kind === "markdown" ? "markdown" : "text", removed: [] };
  }
}
