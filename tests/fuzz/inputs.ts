// Random and hostile values for the route fuzzer: strings that have broken
// web apps before (SQL, tsquery syntax, NUL, lone surrogates, RTL marks, path
// traversal, markup, 10,000 characters), wrong types, and plausible values
// (real ids, dates, user names) so the fuzzer also gets past validation and
// into the domain code. Everything is drawn from one seeded generator.
import { HOSTILE, randomQuery } from "../../search/fuzz-inputs";

export type Next = () => number;

export const pick = <T>(next: Next, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
export const chance = (next: Next, p: number) => next() < p;

export const HOSTILE_STRINGS: string[] = [
  ...HOSTILE,
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/etc/passwd\u0000.png",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "file:///etc/passwd",
  "http://169.254.169.254/latest/meta-data/",
  "\u200f\u202b阿拉伯\u202c",
  "\u2066\u2067\u2068\u2069",
  "{{7*7}}",
  "${7*7}",
  "<svg/onload=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "%00",
  "%",
  "%zz",
  "true",
  "false",
  "on",
  "[]",
  "{}",
  "-0",
  "0x10",
  "1.5",
  "-2147483649",
  "2147483648",
  "9007199254740993",
  "Infinity",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31T25:61:61",
  "2026-05-01T09:00",
];

/** Route parameter values that are not valid: out of range, wrong type, unicode, traversal. */
export const HOSTILE_PARAMS = [
  "0",
  "-1",
  "1.5",
  "1e3",
  "abc",
  "2147483648",
  "999999999",
  "99999999999999999999999",
  "加装电梯",
  "😀",
  "\ud800",
  "\u202e12",
  " 1",
  "1 ",
  "../../etc/passwd",
  "..",
  "%00",
  "\u0000",
  "NaN",
  "'; drop table users; --",
  "9".repeat(10_000),
  "<script>",
];

const ORDINARY = ["关于加强社区养老服务的提案", "建议由市民政局牵头", "测试", "member", "member2", "staff", "citizen", "dept-mz", "西湖区", "13800000000", "a@example.com"];

/** A plausible value for a field, guessed from its name. */
export function plausible(next: Next, name: string, ids: number[]): string {
  const n = name.toLowerCase();
  // Numbers past the int4 range reach PostgreSQL as an error unless something checks them.
  if (chance(next, 0.08)) return pick(next, ["2147483648", "13800000000", "-2147483649", "1e10", "99999999999999999999"]);
  if (/ids?$|^remove$|^into|^target/.test(n)) return String(ids.length && chance(next, 0.8) ? pick(next, ids) : Math.floor(next() * 20));
  if (/date|on$|day|deadline|from|until|^to$/.test(n)) return pick(next, ["2026-05-01", "2026-02-14", "2027-10-01", "2020-01-01", ""]);
  if (/at$|time|starts|ends/.test(n)) return pick(next, ["2026-06-01T09:00", "2026-06-01T18:00", "2025-01-01T00:00", "09:00"]);
  if (/capacity|limit|year|version|count|number|size|order|position|rank|minutes|hours/.test(n)) return String(pick(next, [0, 1, 2, 2026, 30, 100, -5]));
  if (/user(name)?$|login|cosigner|invite/.test(n)) return pick(next, ["member", "member2", "staff", "citizen", "dept-mz", "admin", "nobody"]);
  if (/password/.test(n)) return pick(next, ["Xieshang2026", "short", "a-long-enough-password-2026"]);
  if (/email|mail/.test(n)) return pick(next, ["a@example.com", "not-an-email", ""]);
  if (/phone|mobile/.test(n)) return pick(next, ["13800000000", "12", "电话"]);
  if (/slug/.test(n)) return pick(next, ["fuzz-slug", "A B", "../x", "xihu"]);
  return pick(next, ORDINARY);
}

/** A hostile string: from the list, a random mix of pools, or a long run. */
export function hostile(next: Next): string {
  const r = next();
  if (r < 0.6) return pick(next, HOSTILE_STRINGS);
  if (r < 0.95) return randomQuery(next);
  return pick(next, ["x", "加", "😀", "\u0000", "'"]).repeat(10_000);
}

/**
 * A value for a form field: one of the module's own string literals (often a
 * valid enum or intent), a plausible value, a hostile one, or empty.
 */
export function fieldValue(next: Next, name: string, literals: string[], ids: number[]): string {
  // Redirect targets and long texts get the inputs that once broke them (issue 14).
  if (/redirect|^back$|^next$|returnTo/i.test(name) && chance(next, 0.5)) return pick(next, HOSTILE_REDIRECTS);
  if (/body|text|content|source|description|note|reason|comment|answer|question/i.test(name) && chance(next, 0.04)) return deepText(next);
  const r = next();
  if (r < 0.25 && literals.length) return pick(next, literals);
  if (r < 0.55) return plausible(next, name, ids);
  if (r < 0.93) return hostile(next);
  return "";
}

/** A value of any JSON type for an API body. */
export function jsonValue(next: Next, name: string, literals: string[], ids: number[], depth = 0): unknown {
  const r = next();
  if (r < 0.3) return fieldValue(next, name, literals, ids);
  if (r < 0.45) return pick(next, ids.length ? [...ids, 0, -1, 1.5] : [0, -1, 1.5]);
  if (r < 0.55) return pick(next, [true, false, null, 0, -0, 1e308, -1e308, 2 ** 53 + 1, 2147483648, Number.MIN_VALUE]);
  if (r < 0.65) return depth < 2 ? [jsonValue(next, name, literals, ids, depth + 1), jsonValue(next, name, literals, ids, depth + 1)] : [];
  if (r < 0.72) return depth < 2 ? { [pick(next, ["__proto__", "constructor", name, "x"])]: jsonValue(next, name, literals, ids, depth + 1) } : {};
  if (r < 0.8) return String(plausible(next, name, ids));
  return hostile(next);
}

/** Bodies that are not JSON, or JSON of the wrong shape. */
export const MALFORMED_JSON = ["", "{", "{\"a\":", "[1,2", "nul", "\u0000", "{'a':1}", "{\"a\":1}}", "\"string\"", "42", "null", "[]", "true", "{\"__proto__\":{\"admin\":true}}", "{\"a\":\"\\ud800\"}", "\ufeff{}", "[".repeat(5_000)];

/** Upload file names that try to escape the uploads folder or break headers. */
export const FILE_NAMES = ["../../etc/passwd", "..\\..\\boot.ini", "/abs/path.pdf", "a\u0000.pdf", "报告.pdf", "x".repeat(500) + ".png", "\r\nX-Evil: 1.pdf", ".htaccess", "con.pdf", "😀.jpg", "", "a\"b.pdf", "%2e%2e%2fa.pdf", "\u202egnp.exe"];

/** Real magic bytes under lying names, and random bytes under lying content types. */
export function fileBytes(next: Next, big: boolean): { bytes: Uint8Array<ArrayBuffer>; type: string } {
  const type = pick(next, ["application/pdf", "image/png", "text/plain", "application/x-msdownload", "application/octet-stream", "image/svg+xml", "", "text/html; charset=utf-8", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
  if (big) return { bytes: new Uint8Array(10 * 1024 * 1024 + 1 + Math.floor(next() * 1000)).fill(0x25), type };
  const heads = [[], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], [0x50, 0x4b, 0x03, 0x04], [0x3c, 0x73, 0x76, 0x67]];
  const head = pick(next, heads);
  const length = chance(next, 0.1) ? 0 : Math.floor(next() * 4096);
  const bytes = new Uint8Array(head.length + length);
  bytes.set(head);
  for (let i = head.length; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  return { bytes, type };
}

/** Redirect targets that have sent people to other sites or broken the Location header (issue 14, items 2 and 6). */
export const HOSTILE_REDIRECTS = [
  "/\t/evil.example/phish",
  "/\n/evil.example",
  "/\r\nSet-Cookie: x=1",
  "/\\evil.example",
  "//evil.example",
  "///evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/%2F%2Fevil.example",
  "/documents/。",
  "/\u0085/evil",
  "/\u0000/x",
  "\u3000/evil",
  "/" + "a".repeat(5000),
];

/** Markdown and JSON that nest far deeper than any real text (issue 14, items 3 and 6). */
export function deepText(next: Next): string {
  return pick(next, [">".repeat(20_000), "1. ".repeat(8_000), "- ".repeat(8_000), "> - 1. ".repeat(3_000), "_a".repeat(4_000), "[".repeat(20_000)]);
}
export function deepJson(next: Next): string {
  const n = pick(next, [100, 5_000, 50_000]);
  return pick(next, ["[".repeat(n) + "]".repeat(n), '{"a":'.repeat(n) + "1" + "}".repeat(n), `{"action":"edit","body":${"[".repeat(n)}${"]".repeat(n)}}`]);
}

/** Header values that have caused trouble: junk credentials, forwarded headers, odd types (issue 14, items 1, 6 and 14). */
export function hostileHeaders(next: Next, headers: Headers) {
  if (chance(next, 0.3)) headers.set("Authorization", pick(next, ["Bearer junk", "Bearer ", "Bearer xs_" + "A".repeat(43), "Basic eDp5", "Bearer " + "x".repeat(5000)]));
  if (chance(next, 0.3)) headers.set("X-Forwarded-Host", pick(next, ["x:6666", "a:-1", "a:99999999999", "[::1", "a@evil.example", ""]));
  if (chance(next, 0.2)) headers.set("X-Forwarded-Proto", pick(next, ["javascript", "https", "ftp"]));
  if (chance(next, 0.2)) headers.append("Cookie", pick(next, ["tracking=1", "xs_script=hant", "xs_size=large", "xs_script=%00", "a=" + "b".repeat(4000)]));
  if (chance(next, 0.1)) headers.set("Accept", pick(next, ["*/*", "application/json", "text/html;q=0", "\u00ff"]));
}
