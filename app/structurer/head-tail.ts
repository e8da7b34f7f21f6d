/**
 * What the end of a text says about its head (issue #12 item 2; 2026-12-03).
 *
 * - **the tail's publication stamp**: a note or a report that printed no date over its text
 *   prints it after it — a platform's stamp (`编辑于 2026-03-12 某省`, `发布于 2026-03-12`,
 *   `发表于…`, a short video's `2026-03-12 · 某地`) or a report's issuing line (`某某办公室 2026年8月5日印发`). When the head gave no
 *   date, the stamp's date is the date. The stamp is read among the lines the chrome stage
 *   removed after the text, so a date inside a paragraph is never taken. A scanned page's
 *   OCR reads 日 as 曰 (`8月5曰印发`): the date pattern stops at the day's number anyway.
 * - **an undated signature**: a 公文 (建议案, 报告) may end with the issuing body alone, its
 *   date given under the title (`（2026年9月18日…会议通过）`). The last line of the input,
 *   a body's bare name (no label, no sentence), right after a paragraph that ends a sentence,
 *   is the signature — the byline — as the body over a closing date is. The same name standing
 *   over a roster annex (`附：参加调研人员名单` and its `组 长：…` rows, annex.ts) is the signature too.
 *
 * Neither reads a text's middle: both look at the last lines only.
 */
import { rosterAnnexLabel } from "./annex";
import { parseByline } from "./authors";
import { exportStamp, transportDate } from "./head-dates";
import { isoDate } from "./head-shapes";

interface Line {
  text: string;
  folded: string;
  reason: string | null;
}

/** A publication stamp: `编辑于 DATE`, `发布于 DATE`, or an issuing line `… DATE印发`. */
// A short video's or a note's `date · place` line (`2026-08-14 · 某地`) is such a stamp too.
const STAMP = /(?:编辑|发布|发表|更新)于\s*\d{4}|\d{1,2}\s*[日曰]\s*(?:印发|发布|印)\s*$|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}\s*)?[·•]\s*\S/;

/** The date of the tail's publication stamp among the removed lines after the text, or null. */
export function tailStampDate(infos: readonly Line[]): string | null {
  for (let i = infos.length - 1, seen = 0; i >= 0 && seen < 24; i--) {
    const x = infos[i];
    if (!x.text) continue;
    seen++;
    // The text itself: stop at its last paragraph. 2026-12-03 (third wave): a comment section under a
    // note may keep short lines the chrome stage did not take (`某某：想学！`); they end no paragraph.
    if (!x.reason && (x.folded.length > 60 || /[。;]$/.test(x.folded.trim()) || seen > 12)) break;
    if (!x.reason) continue;
    // Fifth wave: a note's `最后编辑于 DATE` stamps the file's last edit, not a publishing (head-dates.ts).
    if (x.folded.length <= 40 && STAMP.test(x.folded) && !exportStamp(x.folded) && !transportDate([x], 0)) {
      const date = isoDate(x.folded);
      if (date) return date;
    }
  }
  return null;
}

/** The input's last line when it is an issuing body's bare name under a closing sentence, else -1. */
export function undatedSignature(infos: readonly Line[]): number {
  const live = (i: number) => !!infos[i].text && !infos[i].reason;
  // A roster annex under the signature (`附：参加调研人员名单` / `组 长：…`, annex.ts): the text ends above its label.
  const roster = rosterAnnexLabel(infos);
  let last = roster > 0 ? roster - 1 : infos.length - 1;
  while (last >= 0 && !infos[last].text) last--;
  if (last < 1 || !live(last)) return -1;
  const f = infos[last].folded.trim();
  if (f.length > 24 || !/^[\p{Script=Han}]+$/u.test(f)) return -1;
  const found = parseByline(infos[last].text, infos[last].folded);
  if (!found || found.organisation !== found.byline) return -1;
  let above = last - 1;
  while (above >= 0 && !live(above)) above--;
  return above >= 0 && /[。！!]$/.test(infos[above].folded.trim()) ? last : -1;
}
