// Pages rendered for one reader (a workbench) are compressed as they are sent, through the
// real production server: brotli when the client takes it, else gzip, else nothing — the
// same page each way.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../db/client";
import { signIn, startServer, type RunningServer } from "./server";

const engine = process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite";
const PORT = 3188;
const B = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-compression-"));
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The raw bytes and headers (fetch would decompress by itself). */
function raw(p: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${B}${p}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

// Each response has its own CSP nonce; the rest of the page is the same.
const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe.skipIf(engine !== "pglite")("compression of pages rendered per reader", () => {
  it("sends a member's workbench brotli- or gzip-compressed, as the client accepts, decoding to the same page", async () => {
    const seeded = openDatabase({ dataDir: path.join(dataDir, "pglite"), loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
    await seeded.pglite!.waitReady;
    await seeded.close();
    server = await startServer(PORT, { XS_DATA_DIR: dataDir, SEED_DEMO: "false" });
    const cookie = await signIn(B, "member");

    const plain = await raw("/member", { Cookie: cookie, "Accept-Encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const page = withoutNonce(plain.body.toString("utf8"));
    expect(page).toContain("委员工作台");

    const br = await raw("/member", { Cookie: cookie, "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(withoutNonce(brotliDecompressSync(br.body).toString("utf8"))).toBe(page);

    const gzip = await raw("/member", { Cookie: cookie, "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(withoutNonce(gunzipSync(gzip.body).toString("utf8"))).toBe(page);
  }, 240_000);
});
