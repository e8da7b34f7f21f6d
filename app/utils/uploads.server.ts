// Uploaded attachments (PDF and images), stored on disk under
// $XS_DATA_DIR/uploads. The type is read from the file's first bytes, never
// from its name or the browser's Content-Type; the stored name is the SHA-256
// of the content (so nothing a user types reaches a path), and every path is
// checked to stay inside the uploads folder.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { DomainError } from "./errors";

export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_MAX_LABEL = "10 MB";
export const UPLOAD_TYPE_MESSAGE = "只能上传 PDF 或图片（PNG、JPEG、GIF、WebP）文件";

export interface SniffedType {
  mime: "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp";
  ext: "pdf" | "png" | "jpg" | "gif" | "webp";
}

const startsWith = (bytes: Uint8Array, sig: number[], offset = 0) =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The file's real type from its magic bytes, or null when it is not an allowed kind. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return { mime: "application/pdf", ext: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { mime: "image/gif", ext: "gif" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mime: "image/webp", ext: "webp" };
  return null;
}

export function uploadsDir(): string {
  return path.resolve(process.env.XS_DATA_DIR ?? ".data", "uploads");
}

const STORED = /^[0-9a-f]{2}\/[0-9a-f]{64}\.(pdf|png|jpg|gif|webp)$/;

/** Absolute path of a stored file; anything that is not a name we made is refused. */
export function storedPath(storedName: string): string {
  if (!STORED.test(storedName)) throw new DomainError("附件路径无效", "invalid");
  const root = uploadsDir();
  const full = path.resolve(root, storedName);
  if (!full.startsWith(root + path.sep)) throw new DomainError("附件路径无效", "invalid");
  return full;
}

/**
 * A display name safe to show and to send in Content-Disposition: the last
 * path component only, no control characters or separators, at most 100
 * characters, with the extension of the sniffed type.
 */
export function safeFileName(name: string, type: SniffedType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 90) || "附件";
  return `${stem}.${type.ext}`;
}

export interface StoredFile {
  fileName: string;
  storedName: string;
  mimeType: SniffedType["mime"];
  size: number;
  sha256: string;
}

/** Check and store an upload. Throws DomainError (field `file`) when it is refused. */
export function storeUpload(bytes: Uint8Array, originalName: string): StoredFile {
  if (bytes.length === 0) throw new DomainError("请选择要上传的文件", "invalid", "file");
  if (bytes.length > UPLOAD_MAX_BYTES) throw new DomainError(`文件不能超过 ${UPLOAD_MAX_LABEL}`, "invalid", "file");
  const type = sniffType(bytes);
  if (!type) throw new DomainError(UPLOAD_TYPE_MESSAGE, "invalid", "file");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storedName = `${sha256.slice(0, 2)}/${sha256}.${type.ext}`;
  const full = storedPath(storedName);
  if (!existsSync(full)) {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, bytes, { flag: "w" });
  }
  return { fileName: safeFileName(originalName, type), storedName, mimeType: type.mime, size: bytes.length, sha256 };
}

export function readStored(storedName: string): Buffer {
  return readFileSync(storedPath(storedName));
}

/** RFC 6266 Content-Disposition with a UTF-8 file name (and an ASCII fallback). */
export function contentDisposition(fileName: string, disposition: "inline" | "attachment" = "inline"): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** For streaming readers (body-limits.server): refuse a file on its first bytes. */
export function attachmentCheck(head: Uint8Array): string | null {
  return sniffType(head) ? null : UPLOAD_TYPE_MESSAGE;
}

/** What an attachment upload may send: one file of UPLOAD_MAX_BYTES and a few fields. */
export const ATTACHMENT_UPLOAD = {
  maxFileBytes: UPLOAD_MAX_BYTES,
  maxBodyBytes: UPLOAD_MAX_BYTES + 256 * 1024,
  check: attachmentCheck,
  tooBigMessage: `文件不能超过 ${UPLOAD_MAX_LABEL}`,
};
