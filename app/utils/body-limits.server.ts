// How much of a request body the app will read, per kind of route, and the
// readers that enforce it while the bytes arrive — never after. (Security
// review, issue 14, item 4: a 50 MB field on anonymous POST /login was read
// whole and echoed twice; a 72 MB multipart body was read before anyone
// checked who sent it.) server.mjs refuses a declared Content-Length above
// the limit before reading anything; these readers stop a chunked or lying
// body at the limit. Upload routes check who is asking first, then stream
// the parts: the file type is sniffed from the first bytes, and the part
// count and every part's size are bounded.
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

const MiB = 1024 * 1024;

export const BODY_LIMITS = {
  /** Plain forms (the longest field is a 100,000-character body, about 300 KB of UTF-8). */
  form: 1 * MiB,
  /** JSON API bodies. */
  json: 1 * MiB,
  /** One attachment (10 MB) plus a few small fields. */
  upload: 10 * MiB + 256 * 1024,
  /** Staff document upload: a 10 MB file plus up to 500,000 characters of pasted text. */
  documentUpload: 12 * MiB,
} as const;

/**
 * The most a body to this route may declare (server.mjs answers 413 before
 * reading anything above it); the readers below enforce the same limits on
 * bodies sent without a length.
 */
export function bodyLimitFor(method: string, pathname: string): number {
  if (method === "GET" || method === "HEAD") return 0;
  if (/^\/member\/proposals\/[^/]+\/(attachments|import)\/?$/.test(pathname) || /^\/catalogues\/entries\/[^/]+\/edit\/?$/.test(pathname)) return BODY_LIMITS.upload;
  if (/^\/staff\/documents\/new\/?$/.test(pathname)) return BODY_LIMITS.documentUpload;
  if (isApiPath(pathname)) return BODY_LIMITS.json;
  return BODY_LIMITS.form;
}

/** Fields and files in one multipart body: the forms here have a handful. */
export const MAX_PARTS = 30;
/** Bytes of one text field in a multipart body (pasted source text is the longest). */
export const MAX_TEXT_PART = 2 * MiB;

const label = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

/** The 413 answer: JSON under /api, a short Chinese page elsewhere. Never echoes the body. */
export function tooLarge(request: Request, limit: number): Response {
  const message = `提交的内容过大（不能超过 ${label(limit)}）`;
  const headers = { "Cache-Control": "no-store", Connection: "close" };
  if (isApiPath(new URL(request.url).pathname)) {
    return new Response(JSON.stringify({ error: { code: "payload_too_large", message: `Request body over ${label(limit)}` } }), {
      status: 413,
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  return new Response(message, { status: 413, statusText: "Payload Too Large", headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** Refuse at once when the declared length is over the limit. */
export function checkDeclaredLength(request: Request, limit: number) {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(request, limit);
}

/**
 * The whole body, at most `limit` bytes. Reading stops (and the stream is
 * cancelled) as soon as the limit is passed; the caller gets a thrown 413.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  checkDeclaredLength(request, limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(request, limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Thrown by an upload handler to refuse a file while it streams (shown beside the field). */
export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface UploadOptions {
  /** Largest file, in bytes. */
  maxFileBytes: number;
  /** Largest whole body, in bytes. */
  maxBodyBytes: number;
  /** Look at the file's first bytes (at least 16, fewer only if the file is shorter) and name: null to accept, or the message. */
  check?: (head: Uint8Array, fileName: string) => string | null;
  /** The message when a file is over `maxFileBytes`. */
  tooBigMessage: string;
}

/** A body stream that fails once more than `limit` bytes have gone through. */
function limitedBody(request: Request, limit: number): Request {
  if (!request.body) return request;
  let total = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > limit) controller.error(new UploadRefused(`提交的内容过大（不能超过 ${label(limit)}）`, 413));
      else controller.enqueue(chunk);
    },
  });
  return new Request(request.url, { method: request.method, headers: request.headers, body: request.body.pipeThrough(counter), duplex: "half" } as RequestInit);
}

/**
 * A multipart form with files, read as it streams: at most MAX_PARTS parts,
 * text fields up to MAX_TEXT_PART, each file checked on its first bytes and
 * cut off at `maxFileBytes`, the whole body at `maxBodyBytes`. Throws
 * UploadRefused (with a Chinese message and a 400 or 413 status) or, for a
 * body that is not multipart at all, a TypeError.
 */
export async function readUploadForm(request: Request, options: UploadOptions): Promise<FormData> {
  checkDeclaredLength(request, options.maxBodyBytes);
  let parts = 0;
  const handler: UploadHandler = async ({ filename, contentType, data }) => {
    if (++parts > MAX_PARTS) throw new UploadRefused("表单字段过多", 413);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let checked = !filename || !options.check;
    const limit = filename ? options.maxFileBytes : MAX_TEXT_PART;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > limit) throw new UploadRefused(filename ? options.tooBigMessage : "提交的内容过大", 413);
      chunks.push(chunk);
      if (!checked && size >= 16) {
        const problem = options.check!(concat(chunks, size), filename ?? "");
        if (problem) throw new UploadRefused(problem);
        checked = true;
      }
    }
    const bytes = concat(chunks, size);
    if (!checked && size > 0) {
      const problem = options.check!(bytes, filename ?? "");
      if (problem) throw new UploadRefused(problem);
    }
    if (filename === undefined) return new TextDecoder().decode(bytes);
    return new File([bytes], filename, { type: contentType });
  };
  return unstable_parseMultipartFormData(limitedBody(request, options.maxBodyBytes), handler);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
