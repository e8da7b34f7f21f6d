/**
 * The byline's surface (issue #12, item 2: byline in the metadata). Whatever stage found
 * the byline (a marked line under the headline, a speaker's unmarked line, a site's info
 * line, a 公文's signature), its value is given back the same way:
 *
 * - **as typed**: line tidying made every run of spaces one ASCII space, but a print byline
 *   sets its parts apart with ideographic spaces (`本报记者 某某 通讯员 某某` typed
 *   with U+3000 between the parts, or two of them); the value is found again on its own input line, any run of
 *   spaces standing for any run of ASCII or ideographic spaces, and cut from there;
 * - **without decoration**: pictographs and symbols before the names (`◎`, `□`, `📝`, `✍️`)
 *   and then one credit label with its separator (`文/`, `文｜`, `作者：`, `撰文 |`) are no
 *   part of the byline — they say "this is a byline", as a headline's emoji says nothing.
 *
 * - **the proposer only**: a proposal form's `提案人：某某（联名：甲、乙）` names its co-signers in
 *   brackets after the proposer; they are co-signers, not authors (content/corpus/README.md).
 *   The bracket is not dropped: it opens the document's intro, so the co-signers stay on the page.
 *
 * Only the surface changes: a value no input line holds stays as it was.
 */

/** Leading symbols: pictographs (with selectors, joiners, skin tones), other symbols, bullets. */
const DECORATION = /^(?:\p{Extended_Pictographic}|\p{So}|\p{Sm}|\p{Emoji_Modifier}|\uFE0F|\u200D|[·•※*#>\-—–\s])+/u;
/** A credit label and its separator: `文/`, `文｜`, `作者：`, `撰文 |`, `执笔:`. */
const LABEL = /^(?:文|作者|撰文|撰稿人?|执笔人?|供稿|来稿|记者文)\s*[/／|｜:：]\s*/;

/**
 * Co-signers in brackets after the proposer: `（联名：…）`, `(附议人: …)`; 2026-12-05, or as a field of their own
 * set off by a space on the proposer's line (`提案人：某某  联名：甲、乙`, a note app's or a form's row).
 */
const COSIGNERS = /(?:\s*[（(]\s*(?:联名|附议)人?\s*[:：][^）)]*[）)]|\s+(?:联名|附议)人?\s*[:：].*?)\s*$/;

/** The byline without leading decoration, credit label and co-signers (kept when nothing would be left). */
export function withoutBylineDecoration(byline: string): string {
  let s = byline.trim();
  const c = COSIGNERS.exec(s);
  if (c && c.index >= 2) s = s.slice(0, c.index);
  const d = DECORATION.exec(s);
  if (d && d[0].trim() && s.length - d[0].length >= 2) s = s.slice(d[0].length);
  const l = LABEL.exec(s);
  if (l && s.length - l[0].length >= 2) s = s.slice(l[0].length);
  return s.trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The value with the spacing of the first input line that holds it (any run of spaces matching any run). */
export function asTyped(value: string, lines: readonly string[]): string {
  if (!value.includes(" ")) return value;
  const parts = value.split(/ +/);
  const pattern = new RegExp(parts.map(escape).join("[ \\u3000]+"));
  const first = parts[0];
  for (const line of lines) {
    if (!line.includes(first)) continue;
    const m = pattern.exec(line);
    if (m) return m[0];
  }
  return value;
}

/** The co-signers' bracket after a proposer's name (`（联名：甲、乙）`), or null. */
export function cosignersOf(byline: string): string | null {
  const c = COSIGNERS.exec(byline.trim());
  return c && c.index >= 2 ? c[0].trim() : null;
}

/** Every document's byline: decoration off, spacing as typed; co-signers cut from it open the intro. */
export function bylinesAsTyped<T extends { byline: string | null; intro: string }>(documents: T[], text: string): T[] {
  let lines: string[] | null = null;
  for (const d of documents) {
    if (!d.byline) continue;
    const co = cosignersOf(d.byline);
    if (co && !d.intro.includes(co)) d.intro = d.intro ? `${co}\n${d.intro}` : co;
    const bare = withoutBylineDecoration(d.byline);
    if (!bare.includes(" ")) {
      d.byline = bare;
      continue;
    }
    lines ??= text.split("\n");
    d.byline = asTyped(bare, lines);
  }
  return documents;
}
