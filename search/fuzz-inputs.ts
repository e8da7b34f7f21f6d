// Random and hostile query strings for the fuzz tests (deterministic: seeded).

/** Small seeded PRNG (mulberry32), so a failure can be replayed. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HOSTILE: string[] = [
  "'; DROP TABLE search_documents; --",
  "' OR 1=1 --",
  '" OR ""="',
  "1; select pg_sleep(10)",
  "$$; select 1; $$",
  "\\x00\\' \\\\ \\",
  "!", "&", "|", "<->", "<1>", "<-1>", "!!!", "&&&", "||", "():*", "a:*", "'a':*", "a & b", "a | !b", "!(a & b)", "a <-> b",
  "'", "''", "'''", "\"", "\"\"", "\"\"\"", "\"unterminated", "“一窗受理", "「」", "『』", "“”", "\"   \"", "\"!!!\"",
  "%", "%%", "_", "\\", "\\\\", "%_%", "LIKE '%'", "*", "?", "[", "]", "{", "}", "(", ")",
  "\u0000", "\u0000加装电梯", "加装\u0000电梯", "\u0001\u0002\u0003", "\u007f\u0080\u009f", "\u200b\u200c\u200d", "\u202e加装电梯", "\ufeff",
  "\ud800", "\udc00", "加装\ud83d", "\udfff电梯", "😀", "😀😀😀 加装电梯 🚀", "👨‍👩‍👧‍👦", "🇨🇳",
  "ｓｅｌｅｃｔ　＊　ｆｒｏｍ", "ＤＲＯＰ", "e\u0301", "ﬁ", "Å", "İstanbul", "ß", "ǅ",
  "<script>alert(1)</script>", "<mark>x</mark>", "&lt;mark&gt;", "javascript:alert(1)", "<img src=x onerror=alert(1)>",
  " ", "\t\n\r", "   加装电梯   ", "的", "的的的的", "和 与 及", "the and of",
  "a".repeat(10_000), "加".repeat(10_000), "加装电梯 ".repeat(2_000), "\"".repeat(10_000), "'".repeat(5_000), "😀".repeat(5_000),
  "<->".repeat(3_000), "!&|".repeat(3_000), "\u0000".repeat(10_000), "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
  Array.from({ length: 300 }, (_, i) => `词${i}`).join(" "), Array.from({ length: 50 }, (_, i) => `"短语${i}"`).join(" "),
  "NaN", "undefined", "null", "[object Object]", "__proto__", "constructor", "0", "-1", "1e309", "9".repeat(400),
];

const POOLS = [
  "加装电梯养老护理课后服务长期保险网约车公交专用道食品安全心理健康的和与",
  "加裝電梯養老護理課後服務長期保險網約車公交專用道食品安全心理健康",
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  "&|!<->():*'\"\\",
  "，。、；：？！“”‘’（）【】《》「」『』…—",
  "\u0000\u0001\u0008\u000b\u000c\u000e\u001f\u007f\u0085\u00a0\u2028\u2029\u200b\ufeff",
  " \t\n\r\u3000",
];
const EMOJI = ["😀", "🚀", "👍🏽", "🇨🇳", "👨‍👩‍👧", "\ud800", "\udc00", "𠀀", "𪚥"];
const WORDS = ["select", "drop", "union", "or", "and", "not", "null", "--", "/*", "*/", ";", "pg_sleep", "加装电梯", "養老", "\"课后服务\"", "<->", ":*"];

/** A random query: mixes of the pools, emoji, SQL words, and sometimes a very long run. */
export function randomQuery(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const roll = next();
  if (roll < 0.02) return pick(POOLS).repeat(Math.ceil(10_000 / 20)).slice(0, 10_000);
  const length = roll < 0.1 ? Math.floor(next() * 2000) : Math.floor(next() * 40);
  let out = "";
  while (out.length < length) {
    const r = next();
    if (r < 0.1) out += pick(EMOJI);
    else if (r < 0.2) out += ` ${pick(WORDS)} `;
    else {
      const pool = pick(POOLS);
      out += pool[Math.floor(next() * pool.length)];
    }
  }
  return out;
}
