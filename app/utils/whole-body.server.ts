// A rendered page is complete before it is sent (entry.server.tsx renders to a
// string), so server.mjs can send its bytes in one write and compress them in
// one call, instead of piping them through the Response's web stream and the
// compression middleware's zlib stream (a Transform, work handed to libuv's
// pool and back, an encoder sized for an unknown length). Decision 014, tenth
// follow-up: the bytes sent are the same page, compressed by the same
// algorithms (brotli, gzip level 6). Brotli runs at quality 3 here, not the
// middleware's 4 (decision 014, eleventh follow-up): on a 33 KB page quality 4
// took 0.61 ms of the main thread and quality 3 0.32 ms, for 2.6 % more bytes —
// 10 % of a workbench request's CPU for about half a kilobyte on the wire.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chooseEncoding } from "./compressed-body.server";

const wholeBodies = new WeakMap<Response, Buffer>();

/** The document response for these bytes, remembered so that server.mjs can send them without reading its stream. */
export function wholeBodyResponse(body: Buffer, init: ResponseInit): Response {
  const response = new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), init);
  wholeBodies.set(response, body);
  return response;
}

/** The bytes of a response made by wholeBodyResponse (null for any other response). */
export function wholeBodyOf(response: Response): Buffer | null {
  return wholeBodies.get(response) ?? null;
}

/** Brotli's quality for a rendered page sent whole (the header comment says why not 4). */
export const WHOLE_BODY_BROTLI_QUALITY = 3;

/** As the compression middleware in server.mjs: nothing smaller than this is compressed. */
export const COMPRESS_FROM = 1024;

/**
 * The body as it should go out for this Accept-Encoding: brotli (quality 3, see
 * above) or gzip (level 6, its default), as
 * chooseEncoding picks for cache hits; null leaves the body to the middleware
 * (too small, `no-transform`, or an encoding only it offers, such as deflate).
 */
export function encodeWholeBody(body: Buffer, acceptEncoding: string | undefined, cacheControl: string | undefined): { encoding: "br" | "gzip"; bytes: Buffer } | null {
  if (body.length < COMPRESS_FROM || /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(cacheControl ?? "")) return null;
  const encoding = chooseEncoding(acceptEncoding, true);
  if (encoding === "br") {
    return { encoding, bytes: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: WHOLE_BODY_BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) };
  }
  if (encoding === "gzip") return { encoding, bytes: gzipSync(body) };
  return null;
}
