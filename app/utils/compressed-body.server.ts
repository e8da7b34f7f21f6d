// Compressed copies of a cached response, made once when it is stored, so a
// cache hit costs no compression. A page carries its CSP nonce, which changes
// on every response; gzip is still precomputable: each stretch between nonces
// is deflated on its own (no back-references across stretches, byte-aligned
// by a sync flush), and on each hit the request's nonce goes in between as a
// stored (uncompressed) deflate block, followed by the final block and the
// trailer (CRC-32 and length of the body actually sent). Brotli streams cannot
// be spliced like that, so only bodies without a nonce (JSON, feeds, sitemaps)
// get a brotli copy; pages with a nonce are sent gzipped to brotli clients.
import { brotliCompressSync, constants, crc32, deflateRawSync } from "node:zlib";

export type Encoding = "br" | "gzip";

export interface GzipParts {
  /** Deflated stretches between nonces; each ends at a byte boundary, none final. */
  segments: Buffer[];
  /** CRC-32 of the body's stretches, in order, to continue from (only the first is precomputed). */
  firstCrc: number;
  bytes: number;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** An empty final block with fixed Huffman codes: BFINAL=1, BTYPE=01, end-of-block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export function gzipParts(parts: Buffer[], level = 6): GzipParts {
  const segments = parts.map((p) => deflateRawSync(p, { level, finishFlush: constants.Z_SYNC_FLUSH }));
  return { segments, firstCrc: crc32(parts[0] ?? Buffer.alloc(0)), bytes: segments.reduce((n, s) => n + s.length, 0) };
}

/** A stored deflate block holding `data` (at most 65,535 bytes). */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0x00;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/**
 * The gzip member for the body `parts` with `fillers[i]` between parts i and
 * i + 1 (a nonce, a reader's name), as pieces to write.
 */
export function gzipPieces(gz: GzipParts, parts: Buffer[], fillers: Buffer[] | string): Buffer[] {
  const fill = typeof fillers === "string" ? parts.slice(1).map(() => Buffer.from(fillers)) : fillers;
  const pieces: Buffer[] = [GZIP_HEADER, gz.segments[0]];
  let crc = gz.firstCrc;
  let length = parts[0]?.length ?? 0;
  for (let i = 1; i < parts.length; i++) {
    const glue = fill[i - 1];
    // A stored block holds at most 65,535 bytes: more is never a nonce or a name.
    for (let at = 0; at < glue.length; at += 65_535) pieces.push(storedBlock(glue.subarray(at, at + 65_535)));
    pieces.push(gz.segments[i]);
    crc = crc32(parts[i], crc32(glue, crc));
    length += glue.length + parts[i].length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  pieces.push(FINAL_BLOCK, trailer);
  return pieces;
}

/** Brotli for a body without a nonce; quality 5 keeps a store (after each change) in the low milliseconds. */
export function brotliOf(body: Buffer, quality = 5): Buffer {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** Content types worth compressing (text, JSON, JS, XML feeds and sitemaps, CSV). */
export function isCompressible(contentType: string | undefined): boolean {
  return !!contentType && /^(?:text\/|application\/(?:json|javascript|xml|atom\+xml|rss\+xml|ld\+json|[\w.+-]*\+json|[\w.+-]*\+xml)|image\/svg\+xml)/i.test(contentType);
}

/**
 * The encoding to send: brotli when available and accepted (it is smaller),
 * else gzip when accepted, else none. `Accept-Encoding` q-values of 0 refuse;
 * `*` accepts both.
 */
export function chooseEncoding(acceptEncoding: string | undefined, brAvailable: boolean): Encoding | "identity" {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (brAvailable && ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}
