// Build assets (public/build: content-hashed JavaScript and CSS) compressed
// once, at the highest brotli and gzip levels, next to each file (`x.js.br`,
// `x.js.gz`), and served from there to clients that accept them: no
// compression work per request, and smaller files than on-the-fly compression
// would afford. `npm run build` writes them; server.mjs fills in any missing.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".json": "application/json" };

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (path.extname(name) in TYPES) yield full;
  }
}

/** Write missing `.br` and `.gz` copies of the assets under `dir`; returns how many files were compressed. */
export function precompressDirectory(dir) {
  let done = 0;
  for (const file of files(dir)) {
    const br = `${file}.br`;
    const gz = `${file}.gz`;
    if (existsSync(br) && existsSync(gz)) continue;
    const body = readFileSync(file);
    writeFileSync(br, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileSync(gz, gzipSync(body, { level: 9 }));
    done++;
  }
  return done;
}

/**
 * Express middleware in front of express.static(dir): points the request at
 * the precompressed copy the client accepts, with the original's type.
 */
export function precompressedAssets(dir) {
  const available = new Map(); // url path -> [has br, has gz]
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const type = TYPES[path.extname(req.path)];
    if (!type) return next();
    let has = available.get(req.path);
    if (!has) {
      const file = path.join(dir, path.normalize(decodeURIComponent(req.path)).replace(/^(\.\.[/\\])+/, ""));
      has = [existsSync(`${file}.br`), existsSync(`${file}.gz`)];
      if (existsSync(file)) available.set(req.path, has);
    }
    res.vary("Accept-Encoding");
    // Brotli first when the client takes both (negotiation alone would follow the client's order).
    const accepts = (name) => req.acceptsEncodings([name, "identity"]) === name;
    const encoding = has[0] && accepts("br") ? "br" : has[1] && accepts("gzip") ? "gzip" : "identity";
    if (encoding === "br" || encoding === "gzip") {
      const query = req.url.indexOf("?");
      req.url = `${query < 0 ? req.url : req.url.slice(0, query)}.${encoding === "br" ? "br" : "gz"}`;
      res.setHeader("Content-Encoding", encoding);
      res.setHeader("Content-Type", type);
    }
    next();
  };
}

// `node server/precompressed.mjs DIR` (npm run build).
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const dir = process.argv[2] ?? "public/build";
  console.log(`precompressed ${precompressDirectory(dir)} asset(s) in ${dir}`);
}
