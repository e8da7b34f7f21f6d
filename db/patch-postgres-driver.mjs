// Run after `npm install` / `npm ci` (package.json "postinstall"): fixes a bug
// in postgres.js 3.4.9 that a database restart triggers (see
// docs/decisions/011-postgres-driver-patch.md). When a connection closes while
// a small write is waiting for setImmediate, teardown cancels the timer but
// keeps it (and the buffered bytes): the connection object, reused for the
// next connection, then never sends its startup message, and every query on
// it hangs; and a write on a connection that is already gone throws from a
// timer and crashes the process. Upstream: porsager/postgres issues 1154 and
// 1208. Idempotent; a changed driver is reported, not patched.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARK = "/* xieshang: reset write buffer on close */";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "node_modules", "postgres");
const files = ["src/connection.js", "cjs/src/connection.js", "cf/src/connection.js"].map((f) => path.join(root, f)).filter(existsSync);

const NEXT_WRITE = "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)";
const NEXT_WRITE_FIXED =
  "  function nextWrite(fn) {\n" +
  `    if (!socket) return (chunk = nextWriteTimer = null, error(Errors.connection('CONNECTION_CLOSED', options)), false) ${MARK}\n` +
  "    const x = socket.write(chunk, fn)";
const TEARDOWN = /^ {4}clearImmediate\(nextWriteTimer\)$/gm;

let patched = 0;
for (const file of files) {
  const source = readFileSync(file, "utf8");
  if (source.includes(MARK)) continue;
  const teardowns = source.match(TEARDOWN)?.length ?? 0;
  if (!source.includes(NEXT_WRITE) || teardowns !== 2) {
    console.warn(`postgres driver patch: ${path.relative(process.cwd(), file)} has changed; not patched (check whether the upstream fix is in)`);
    continue;
  }
  const fixed = source.replace(NEXT_WRITE, NEXT_WRITE_FIXED).replace(TEARDOWN, `    clearImmediate(nextWriteTimer), nextWriteTimer = chunk = null ${MARK}`);
  writeFileSync(file, fixed);
  patched++;
}
if (patched) console.log(`postgres driver patch: applied to ${patched} file(s)`);
