import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { COMPRESS_FROM, encodeWholeBody, wholeBodyOf, wholeBodyResponse } from "./whole-body.server";

const page = Buffer.from("<!DOCTYPE html><html><body>" + "<p>协商 · 承办工作台</p>".repeat(200) + "</body></html>");

describe("whole bodies", () => {
  it("remembers the bytes of a rendered page, and the response still reads as them", async () => {
    const response = wholeBodyResponse(page, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });
    expect(wholeBodyOf(response)).toBe(page);
    expect(Buffer.from(await response.arrayBuffer()).equals(page)).toBe(true);
    expect(wholeBodyOf(new Response("x"))).toBeNull();
  });

  it("compresses in one call as the client accepts: brotli first, then gzip", () => {
    const br = encodeWholeBody(page, "gzip, deflate, br", "private, no-store");
    expect(br?.encoding).toBe("br");
    expect(brotliDecompressSync(br!.bytes).equals(page)).toBe(true);
    const gzip = encodeWholeBody(page, "gzip", undefined);
    expect(gzip?.encoding).toBe("gzip");
    expect(gunzipSync(gzip!.bytes).equals(page)).toBe(true);
    expect(encodeWholeBody(page, "br;q=0, gzip", undefined)?.encoding).toBe("gzip");
  });

  it("leaves to the compression middleware what it does not compress itself", () => {
    expect(encodeWholeBody(page, undefined, undefined)).toBeNull();
    expect(encodeWholeBody(page, "identity", undefined)).toBeNull();
    expect(encodeWholeBody(page, "deflate", undefined)).toBeNull();
    expect(encodeWholeBody(page.subarray(0, COMPRESS_FROM - 1), "br", undefined)).toBeNull();
    expect(encodeWholeBody(page, "br", "public, no-transform")).toBeNull();
  });
});
