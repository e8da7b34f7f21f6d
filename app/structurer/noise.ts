/**
 * The first version's noise API, kept for its callers and tests: one-line classification
 * (`classifyLine`) and line cleaning (`removeNoise`). Both now run the chrome stage's
 * rules (chrome-rules.ts, chrome.ts), which also say *why* a line goes and keep it for the
 * import preview.
 */
import { TRAILING_CREDIT, lineVerdict } from "./chrome-rules";
import { removeChrome } from "./chrome";
import { fold } from "./fold";

export { stripPinyinResidue } from "./pinyin";

export type LineKind = "text" | "noise" | "date";

/**
 * Classify one trimmed line on its own. `date` lines (a date alone) are metadata when they
 * sit at the top or bottom of the text; the caller decides by position.
 */
export function classifyLine(line: string): LineKind {
  const trimmed = line.trim();
  if (!trimmed) return "text";
  const v = lineVerdict(fold(trimmed));
  if (v === "date") return "date";
  return v === null || v === "person" ? "text" : "noise";
}

/** A trailing editor credit glued to the last paragraph: `……完善制度。（责任编辑：某某）`. */
export function stripTrailingCredit(line: string): string {
  if (line.length < 6) return line;
  const f = fold(line);
  const m = TRAILING_CREDIT.exec(f);
  if (!m || m.index === 0) return line;
  return line.slice(0, m.index).trimEnd();
}

/**
 * Remove chrome from a list of lines (`view` maps a line to the text a reader sees): chrome
 * lines become empty lines (so Markdown paragraph boundaries survive), pinyin residue is
 * stripped everywhere, a date alone is dropped before the first or after the last line of
 * text. See chrome.ts for the whole stage.
 */
export function removeNoise(lines: string[], view: (line: string) => string = (l) => l): string[] {
  return removeChrome(lines, { view }).lines;
}
