/**
 * A handling form stapled over the text it forwards (2026-12-04, thirteenth wave).
 *
 * An office that passes a letter or a member's clue on prints a form on top of it — a 信访局's
 * `来信转办单`, a 政协's `提案线索转办单`, a hotline's `市民热线工单` — and staff paste the scan or the
 * PDF copy whole: the form's name, its field rows (`转办编号：…`, `转送单位：县水利局`, `拟办意见：请按
 * 程序办理……`), a rule drawn across the page, then the letter under its own headline. The form is
 * the office's paperwork about the text, not the text: its name would be taken for the headline and
 * its fields for the intro.
 *
 * Read by shape, at the head only:
 * - the form's name: a short line without sentence punctuation whose last word names a kind of
 *   paper (单, 表, 笺, 卡, 纸 — what a form calls itself: an OA system's `发文稿纸` too), maybe with a
 *   bracketed note (`（打印件）`);
 * - then three or more field rows (`label：value`, the label two to six Han characters, which a
 *   printed form spaces out to one width with ideographic or plain spaces: `拟 稿 人：`); a value may be a sentence (an
 *   instruction to the office that receives the form, the signer's `同意。`);
 * - then a rule (a line of dashes, equals signs or stars, no letters) closing the form;
 * - then, under the rule, a headline: a short line without sentence punctuation and no field.
 * Lines an earlier rule removed (an OCR banner over the form) may stand among them. The rule line
 * itself carries no text (the block reader skips it) and is left as it is.
 */
import { isBlank, type LineInfo } from "./chrome-lines";

/** The form's name: ends in the word for a sheet or a form, maybe with a bracketed note. */
const FORM_NAME = /^[^\s:。,;!?]{2,28}(?:单|表|笺|卡|纸)(?:\s*[(（][^()（）]{1,8}[)）])?$/;
/** A field row: a label of two to six Han characters (maybe spaced out), a colon, a value. */
const FIELD_ROW = /^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,5}\s*:\s*\S/;
/** A rule across the page: three or more dashes, equals signs, stars or box lines, nothing else. */
const RULE = /^[-—–=＝*＊_─━~·\s]{3,}$/;
/** The headline under the rule: short, no sentence punctuation, no field. */
const HEADLINE = /^[^:。;!?]{4,40}$/;

/**
 * Mark the form over the text as chrome; returns its lines (the rule included), which the headline
 * reader must not read: the form's dates and issuer are the office's, not the text's.
 */
export function markFormCover(infos: LineInfo[], kept: (i: number) => boolean): Set<number> {
  const cover = new Set<number>();
  const lines: number[] = [];
  for (let i = 0; i < infos.length && lines.length < 16; i++) if (!isBlank(infos[i])) lines.push(i);
  // The form's name, among the first lines: above it only a scanner's or an app's short banner.
  const nameAt = lines.findIndex((i, n) => n < 3 && FORM_NAME.test(infos[i].folded));
  if (nameAt < 0 || lines.slice(0, nameAt).some((i) => infos[i].folded.length > 40 || /[。!?]$/.test(infos[i].folded))) return cover;
  let k = nameAt + 1;
  while (k < lines.length && FIELD_ROW.test(infos[lines[k]].folded)) k++;
  const fields = k - nameAt - 1;
  if (fields < 3 || k + 1 >= lines.length || !RULE.test(infos[lines[k]].folded)) return cover;
  if (!HEADLINE.test(infos[lines[k + 1]].folded)) return cover;
  for (let n = nameAt; n <= k; n++) {
    const i = lines[n];
    cover.add(i);
    // Whatever an earlier rule called a field (a footer's `承办单位`, a date line), it is the form's: staff
    // see it removed as part of the handling form (reason `form`), not as a page's publishing details.
    if (n < k && !kept(i)) infos[i].reason = "form";
  }
  return cover;
}
