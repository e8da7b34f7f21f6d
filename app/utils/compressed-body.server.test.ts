import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { brotliDecompressSync } from "node:zlib";
import { brotliOf, chooseEncoding, gzipParts, gzipPieces, isCompressible } from "./compressed-body.server";
import { splitOnNonce } from "./response-cache.server";

describe("precompressed cached bodies", () => {
  const page = Buffer.from(
    `<!DOCTYPE html><html><body>${"<p>建议逐条交办，办理全程公开。</p>".repeat(400)}<script nonce="OLDNONCE">a()</script><script nonce="OLDNONCE">window.x = ${JSON.stringify({ data: "数据".repeat(300) })}</script></body></html>`,
  );

  it("splices a fresh nonce into a gzip stream made once", () => {
    const parts = splitOnNonce(page, "OLDNONCE");
    expect(parts).toHaveLength(3);
    const gz = gzipParts(parts);
    for (const nonce of ["n3wN0nce+/==", "another-nonce-value-xyz", ""]) {
      const sent = Buffer.concat(gzipPieces(gz, parts, nonce));
      expect(gunzipSync(sent).toString()).toBe(page.toString().replaceAll("OLDNONCE", nonce));
    }
    expect(gz.bytes).toBeLessThan(page.length / 5);
  });

  it("handles a body without a nonce and an empty body", () => {
    for (const body of [Buffer.from('{"ok":true}'), Buffer.alloc(0)]) {
      const parts = splitOnNonce(body, null);
      expect(gunzipSync(Buffer.concat(gzipPieces(gzipParts(parts), parts, "x"))).equals(body)).toBe(true);
      expect(brotliDecompressSync(brotliOf(body)).equals(body)).toBe(true);
    }
  });

  it("compresses text types only", () => {
    for (const t of ["text/html; charset=utf-8", "application/json", "application/atom+xml", "application/rss+xml", "text/csv", "application/xml", "text/javascript"]) expect(isCompressible(t)).toBe(true);
    for (const t of ["image/png", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", undefined]) expect(isCompressible(t)).toBe(false);
  });

  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br", true)).toBe("br");
    expect(chooseEncoding("gzip, deflate, br", false)).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", true)).toBe("gzip");
    expect(chooseEncoding("gzip;q=0", true)).toBe("identity");
    expect(chooseEncoding("*", true)).toBe("br");
    expect(chooseEncoding(undefined, true)).toBe("identity");
  });
});
