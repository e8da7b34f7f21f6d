// What a phone downloads (issue 16, goals 3 and 4): each public page's HTML
// and the JavaScript it loads (module scripts and modulepreload links), as
// sent to a browser that accepts brotli and gzip, read off the wire (fetch
// would decompress).
import http from "node:http";

export interface PageWeight {
  name: string;
  url: string;
  html: { identity: number; gzip: number; br: number; sentAs: string };
  scripts: number;
  jsIdentity: number;
  jsCompressed: number;
  jsEncodings: string[];
}

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; encoding: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      // A fresh connection each time: a kept-alive socket the server has just closed fails with EPIPE.
      .get(url, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers["content-encoding"] ?? "identity"), bytes: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

export async function pageWeight(base: string, name: string, url: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const identity = await rawGet(base + url, { ...headers, "accept-encoding": "identity" });
  const gzip = await rawGet(base + url, { ...headers, "accept-encoding": "gzip" });
  const br = await rawGet(base + url, { ...headers, "accept-encoding": "gzip, deflate, br" });
  const html = identity.bytes.toString("utf8");
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) srcs.add(m[1]);
  // The entry script imports are listed in the inline module script too.
  for (const m of html.matchAll(/import(?:\s+\*\s+as\s+\w+\s+from)?\s*"(\/build\/[^"]+\.js)"/g)) srcs.add(m[1]);
  let jsIdentity = 0;
  let jsCompressed = 0;
  const encodings = new Set<string>();
  for (const src of srcs) {
    const plain = await rawGet(base + src, { "accept-encoding": "identity" });
    const packed = await rawGet(base + src, { "accept-encoding": "gzip, deflate, br" });
    jsIdentity += plain.bytes.length;
    jsCompressed += packed.bytes.length;
    encodings.add(packed.encoding);
  }
  return {
    name,
    url,
    html: { identity: identity.bytes.length, gzip: gzip.bytes.length, br: br.bytes.length, sentAs: br.encoding },
    scripts: srcs.size,
    jsIdentity,
    jsCompressed,
    jsEncodings: [...encodings],
  };
}
