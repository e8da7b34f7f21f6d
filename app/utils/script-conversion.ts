/**
 * 简/繁: which Traditional, how text is converted, and how the script a text is
 * written in is told (decision 016, docs/decisions/016-script-conversion.md).
 *
 * - Simplified → Traditional: Taiwan-standard characters (OpenCC `s2tw`). OpenCC's
 *   phrase tables pick the character where one Simplified character stands for several
 *   (头发 → 頭髮 but 发展 → 發展; 以后 → 以後 but 皇后 stays; 干部 → 幹部, 干净 → 乾淨,
 *   干涉 stays; 面条 → 麵條 but 面积 stays). Words are never replaced: `s2twp` would turn
 *   社区 into 社群, 数据 into 資料, 信息 into 資訊 and 联系 into 聯絡, which changes what
 *   a proposal or a department's reply says.
 * - Traditional → Simplified: Hong Kong and Taiwan variant forms are first taken to
 *   OpenCC's standard (衞/衛, 着/著, 裏/裡, 綫/線 …), then OpenCC's phrase tables decide
 *   (乾隆 stays, 乾淨 → 干净). Again no word replacement (`tw2sp` would turn 軟體 into 软件).
 *
 * Both converters keep the number of characters (the dictionaries map character for
 * character), which the script detection below relies on.
 *
 * Not `.server.ts`: the structurer's folding (app/structurer/fold.ts) uses it too. It
 * loads OpenCC's dictionaries (~1 MB), so only server code imports it.
 */
import { ConverterFactory, Locale } from "opencc-js";

export type Script = "hans" | "hant";
export const SCRIPTS: readonly Script[] = ["hans", "hant"];

type Convert = (text: string) => string;

let simplifiedToTraditional: Convert | null = null;
let traditionalToSimplified: Convert | null = null;

function s2tw(): Convert {
  simplifiedToTraditional ??= ConverterFactory(Locale.from.cn, Locale.to.tw);
  return simplifiedToTraditional;
}

// Hong Kong variants, then Taiwan variants, then OpenCC standard → Simplified.
const T2S_DICTIONARIES = [Locale.from.hk, Locale.from.tw, Locale.to.cn];

function t2s(): Convert {
  traditionalToSimplified ??= ConverterFactory(...T2S_DICTIONARIES);
  return traditionalToSimplified;
}

/**
 * The characters a Traditional → Simplified dictionary entry can change: where an
 * entry's key and replacement differ (every character of an entry whose length
 * changes). A text with none of them comes out of each dictionary pass as it went
 * in — any entry that matches it maps it to itself — so converting it is skipped
 * (issue 16: most text is Simplified, and the import converted all of it). Null
 * when an entry spans a line break, which would rule out converting line by line.
 */
let t2sChangeable: { bmp: Uint8Array; astral: Set<number> } | null | undefined;

function changeableInT2s() {
  if (t2sChangeable !== undefined) return t2sChangeable;
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  let spansLines = false;
  const mark = (c: string) => {
    const code = c.codePointAt(0)!;
    if (code > 0xffff) astral.add(code);
    else bmp[code] = 1;
  };
  const entry = (key: string, value: string) => {
    if (key.includes("\n")) spansLines = true;
    const k = [...key];
    const v = [...value];
    k.forEach((c, i) => (k.length !== v.length || c !== v[i]) && mark(c));
  };
  // Dictionaries as opencc-js ships them: "key value|key value" strings or [key, value] pairs, in nested groups.
  const visit = (d: unknown): void => {
    if (typeof d === "string") for (const pair of d.split("|")) entry(...(pair.split(" ") as [string, string]));
    else if (Array.isArray(d) && d.length === 2 && typeof d[0] === "string" && typeof d[1] === "string" && !d[0].includes("|")) entry(d[0], d[1]);
    else if (Array.isArray(d)) d.forEach(visit);
  };
  visit(T2S_DICTIONARIES);
  t2sChangeable = spansLines ? null : { bmp, astral };
  return t2sChangeable;
}

function mayChangeInT2s(text: string, table: { bmp: Uint8Array; astral: Set<number> }): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      if (table.astral.has(text.codePointAt(i)!)) return true;
      i++;
    } else if (table.bmp[code]) return true;
  }
  return false;
}

// Ideographic description characters make opencc step over the characters they describe
// (possibly past a line break), so text with them is converted whole.
const IDS = /[\u2ff0-\u2fff]/;

/**
 * Traditional → Simplified as the dictionaries convert the whole text, for less: lines
 * with no character any entry changes are kept as they are (no entry spans a line
 * break, so the lines convert independently). script-conversion.test.ts checks it
 * against converting whole texts.
 */
function t2sSkipping(text: string): string {
  const table = changeableInT2s();
  if (!table || IDS.test(text)) return t2s()(text);
  if (!mayChangeInT2s(text, table)) return text;
  return text
    .split("\n")
    .map((line) => (mayChangeInT2s(line, table) ? t2s()(line) : line))
    .join("\n");
}

// A quick test: most strings in a page have no CJK at all (markup, numbers, Latin).
const CJK = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Simplified → Taiwan-standard Traditional, characters only (see above). */
export function toTraditional(text: string): string {
  return CJK.test(text) ? s2tw()(text) : text;
}

/** Traditional (Taiwan or Hong Kong forms) → Simplified, characters only. */
export function toSimplified(text: string): string {
  return CJK.test(text) ? t2sSkipping(text) : text;
}

/** `text` as it is shown to a reader of `script`, when it was written in `written`. */
export function convertScript(text: string, written: Script, shown: Script): string {
  if (written === shown) return text;
  return shown === "hans" ? toSimplified(text) : toTraditional(text);
}

export interface ScriptEvidence {
  /** Characters that change when the text is simplified: Traditional forms. */
  traditional: number;
  /** Characters that change when the text is made Traditional: Simplified forms. */
  simplified: number;
}

function differences(a: string[], b: string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * How many characters of `text` are written in each script. Characters the two
 * scripts share (人, 中, 的, 年) and everything that is not Han (digits, Latin,
 * punctuation, quotation marks of either style) count for neither. The text is
 * converted whole, so the phrase tables judge each character in its word: 皇后, 乾隆,
 * 著作 and 干涉 are written the same in both scripts and count for neither.
 */
export function scriptEvidence(text: string): ScriptEvidence {
  if (!CJK.test(text)) return { traditional: 0, simplified: 0 };
  const chars = [...text];
  const hans = [...toSimplified(text)];
  const hant = [...toTraditional(text)];
  if (hans.length === chars.length && hant.length === chars.length) {
    return { traditional: differences(chars, hans), simplified: differences(chars, hant) };
  }
  // A dictionary entry changed the length (rare characters outside the BMP): judge
  // character by character instead.
  let traditional = 0;
  let simplified = 0;
  for (const c of chars) {
    if (!CJK.test(c)) continue;
    if (toSimplified(c) !== c) traditional++;
    if (toTraditional(c) !== c) simplified++;
  }
  return { traditional, simplified };
}

/**
 * The script a text is written in: Traditional when more of its characters are
 * Traditional forms than Simplified ones, otherwise Simplified (the site's script).
 * A Simplified text quoting a Traditional name, or a Traditional one quoting a
 * Simplified slogan, goes by its majority; a text with no telling character (no Han
 * at all, or only shared ones) is Simplified, which is also what leaves it unconverted
 * in 简 mode.
 */
export function detectScript(text: string): Script {
  if (!CJK.test(text)) return "hans";
  const chars = [...text];
  const hans = [...toSimplified(text)];
  if (hans.length !== chars.length) return byMajority(scriptEvidence(text));
  const traditional = differences(chars, hans);
  // The same answer as byMajority(scriptEvidence(text)), for less: most texts are
  // Simplified, with few or no Traditional forms, so their Simplified forms are counted
  // only until they are as many (none at all when there is no Traditional form). That
  // count goes line by line: no dictionary entry spans a line break, so the lines' counts
  // add up to the whole text's (script-conversion.test.ts checks it on the corpus).
  let simplified = 0;
  for (const line of text.split("\n")) {
    if (simplified >= traditional) return "hans";
    const lineChars = [...line];
    const hant = [...toTraditional(line)];
    if (hant.length !== lineChars.length) return byMajority(scriptEvidence(text));
    simplified += differences(lineChars, hant);
  }
  return byMajority({ traditional, simplified });
}

function byMajority({ traditional, simplified }: ScriptEvidence): Script {
  return traditional > simplified ? "hant" : "hans";
}
