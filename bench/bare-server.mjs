// The baseline: a bare node:http server that answers each benchmarked URL
// with the exact bytes and content type the app sent for it. The app's
// throughput divided by this one's, measured in the same run, is the figure
// the budget is about. Usage: node bench/bare-server.mjs SNAPSHOTS.json PORT
import { readFileSync } from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
const pages = new Map(
  Object.entries(JSON.parse(readFileSync(file, "utf8"))).map(([url, s]) => [url, { type: s.contentType, body: Buffer.from(s.body, "base64") }]),
);
http
  .createServer((req, res) => {
    const page = pages.get(req.url);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": page.type, "Content-Length": page.body.length });
    res.end(page.body);
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
