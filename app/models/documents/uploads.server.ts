/**
 * Reading a file staff upload on the "录入新文档" page: .txt, .md, .docx, a saved web
 * page (.html) or a PDF, checked by content as well as by name, through the structurer's
 * input readers (app/structurer/inputs). Returns the text to structure or a Chinese
 * message for the form.
 */
import { DocxRefused } from "~/structurer/docx.server";
import { InputError, inputKind, readInput } from "~/structurer/inputs/index.server";
import { BODY_LIMITS } from "~/utils/body-limits.server";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * For the streaming reader (body-limits.server, issue 14 item 4): the kind is
 * checked on the file's first bytes, so a mislabelled file stops at once.
 */
export const DOCUMENT_UPLOAD = {
  maxFileBytes: MAX_UPLOAD_BYTES,
  maxBodyBytes: BODY_LIMITS.documentUpload,
  tooBigMessage: "文件不能超过 10 MB",
  check: (head: Uint8Array, name: string) => {
    if (!name) return null;
    const kind = inputKind(name);
    if (!kind) return "只支持 .txt、.md、.docx、.html 或 .pdf 文件";
    if (kind === "docx" && !(head[0] === 0x50 && head[1] === 0x4b)) return "该文件不是有效的 Word (.docx) 文档";
    if (kind === "pdf" && new TextDecoder().decode(head.subarray(0, 1024)).indexOf("%PDF-") < 0) return "这不是 PDF 文件（缺少 %PDF- 文件头）";
    if ((kind === "text" || kind === "markdown") && head.includes(0)) return "文件不是文本文件";
    return null;
  },
};

export type UploadFormat = "text" | "markdown" | "docx" | "html" | "pdf";

export async function readUploadedDocument(file: File): Promise<{ text: string; format: UploadFormat } | string> {
  const kind = inputKind(file.name);
  if (!kind) return "只支持 .txt、.md、.docx、.html 或 .pdf 文件";
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A .docx is a zip archive: it must start with "PK".
  if (kind === "docx" && (bytes[0] !== 0x50 || bytes[1] !== 0x4b)) return "该文件不是有效的 Word (.docx) 文档";
  try {
    const input = await readInput(file.name, bytes, { maxBytes: MAX_UPLOAD_BYTES, maxPages: 200, timeBudgetMs: 15_000 });
    if ((kind === "text" || kind === "markdown") && input.text.includes("\u0000")) return "文件不是文本文件";
    return { text: input.text, format: kind };
  } catch (error) {
    // A .docx that inflates past its budget (a zip bomb) says so; other unreadable ones are "not valid".
    if (error instanceof DocxRefused) return error.message;
    if (error instanceof InputError) return kind === "docx" ? "该文件不是有效的 Word (.docx) 文档" : error.messageZh;
    return "文件无法读取";
  }
}

/**
 * A member's draft from a file (issue 15): Word (.docx) or plain text (.txt) only,
 * with the same size, type and zip-inflation limits as the staff upload.
 */
export const DRAFT_UPLOAD = {
  ...DOCUMENT_UPLOAD,
  maxBodyBytes: BODY_LIMITS.upload,
  check: (head: Uint8Array, name: string) => {
    if (name && !/\.(docx|txt)$/i.test(name)) return "只支持 Word (.docx) 或纯文本 (.txt) 文件";
    return DOCUMENT_UPLOAD.check(head, name);
  },
};
