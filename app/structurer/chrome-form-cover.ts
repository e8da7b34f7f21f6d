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
import { TITLE_WORDS } from "./head-shapes";

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

/*
 * An app's card or a log template over the document it carries (2026-12-05, eighteenth wave).
 *
 * A service account's notice (`会议名称：…`, `会议时间：…`, `备注：…`, `详情`), an approval app's card
 * (`审批编号：…`, `审批状态：审批中`, `查看详情`) or a daily or weekly report's template (`今日完成工作：` with
 * its answer on the next line, `附件：…`) is pasted whole over the draft it brings: the card is the
 * app's message about the document, its fields another thing's (a meeting's name and hour, a day's
 * work, an approval's state), so its name must not be taken for the headline nor its dates for the
 * document's date. Read by shape, at the head only:
 * - up to six short lines above (the app's and the account's names, the card's kind, a date, one
 *   greeting sentence), none of them a line as long as the headline without a sentence in it, nor a
 *   record's or a form's name (`…纪要`, `…记录`, `…表`: those fields are the record's own, its date the text's);
 * - three or more fields, each `label：value` on one short line or a bare `label：` with its answer on
 *   the next one or two short lines;
 * - at most one short line under them (the card's button);
 * - then the document's headline (short, no colon, no sentence punctuation, no numbering) over
 *   prose, maybe with a byline line between. A field whose value holds the headline describes the
 *   document (a government page's index table, a form's `标题：` row): no card, other rules read it.
 */
const CARD_FIELD = /^([\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,7})\s*:\s*(.*)$/;
/**
 * The headline: six to forty characters without a colon, a comma or a sentence's stop (words in it: see
 * `over`) — a comma marks a hard-wrapped paragraph's first line or a card's disclaimer, not a headline.
 */
const CARD_HEADLINE = /^[^:,。;!?]{6,40}$/;
const SENTENCE = /[。!?]/;
/**
 * A record's or a form's name over the fields (`…协商纪要`, `…活动记录`, `…登记收集表`): the fields are that
 * record's own (its `时间：` dates the text under it) — no app's card.
 */
const RECORD_NAME = /(?:纪要|记录|表|单|笺|登记)$/;

/** Is line `i` a paragraph of prose: long, Han, with a sentence in it? */
const prose = (f: string) => f.length >= 30 && SENTENCE.test(f);

/** Mark a card or log template over a document's headline; returns its lines for the headline reader to skip. */
export function markFieldCard(infos: LineInfo[], kept: (i: number) => boolean): Set<number> {
  const card = new Set<number>();
  const lines: number[] = [];
  for (let i = 0; i < infos.length && lines.length < 24; i++) if (!isBlank(infos[i])) lines.push(i);
  const f = (n: number) => infos[lines[n]]?.folded ?? "";
  const start = lines.findIndex((_, n) => n <= 6 && CARD_FIELD.test(f(n)));
  if (start < 0 || lines.slice(0, start).some((_, n) => f(n).length > 30 || RECORD_NAME.test(f(n)))) return card;
  // The headline: short, no colon or sentence, unnumbered, over prose (maybe with a byline line between;
  // a label there, `内容：`, makes the line over it a form's field value, not a headline).
  const over = (h: number) => CARD_HEADLINE.test(f(h)) && /[\u4e00-\u9fff]{4}/.test(f(h)) && !infos[lines[h]].marker && (prose(f(h + 1)) || (f(h + 1).length <= 30 && !/[。!?:]/.test(f(h + 1)) && prose(f(h + 2))));
  let n = start;
  let fields = 0;
  const values: string[] = [];
  while (n < lines.length) {
    const m = CARD_FIELD.exec(f(n));
    if (!m) break;
    fields++;
    n++;
    if (m[2]) {
      if (m[2].length > 40 || /[。!?]$/.test(m[2])) return card;
      values.push(m[2]);
      continue;
    }
    // A bare label: its answer stands on the next one or two short lines.
    let answers = 0;
    while (answers < 2 && n < lines.length && !CARD_FIELD.test(f(n)) && f(n).length <= 40 && !over(n)) {
      values.push(f(n));
      answers++;
      n++;
    }
    if (!answers) return card;
  }
  if (fields < 3) return card;
  // The headline: the next line or the one after a short button.
  const h = over(n) ? n : f(n).length <= 8 && !SENTENCE.test(f(n)) && over(n + 1) ? n + 1 : -1;
  if (h < 0) return card;
  const headline = f(h);
  if (values.some((v) => v.includes(headline) || (v.length >= 6 && headline.includes(v)))) return card;
  // A headline-shaped line above as long as the headline would be the document's own title, the fields its own.
  if (lines.slice(0, start).some((_, k) => !SENTENCE.test(f(k)) && f(k).length >= headline.length)) return card;
  for (let k = 0; k < h; k++) {
    const i = lines[k];
    if (kept(i)) continue;
    card.add(i);
    infos[i].reason = "form"; // staff see the whole card struck out as one thing, whatever an earlier rule called a line
  }
  return card;
}

/*
 * A form's or an invitation's block over a document's own name (2026-12-05, twentieth wave).
 *
 * Staff paste what came with the document: a meeting invitation from a calendar (its subject, `时间：`,
 * `地点：`, `组织者：`, the join link, the meeting number, the reply buttons, the office's two-line note)
 * or the sign-in sheet printed over a council's minutes (the sheet's name, `议题：`, `时间：… 地点：…` (two fields on a line),
 * a table of names, posts, phone numbers and signatures). The block is paperwork about the meeting,
 * not the document: its subject would be taken for the headline, its day for the document's date and
 * its rows for the intro. Neither the handling form's rule line nor the card's short lines (above) are
 * there: what closes the block is a blank line and the document's own name under it.
 *
 * Read by shape, at the head only:
 * - the document's name: a line alone after a blank, worded as a document (`关于……的建议`, `……的纪要`,
 *   TITLE_WORDS or a record's kind), unnumbered, no sentence, over prose (a name line or an addressee
 *   may stand between);
 * - above it at least four lines, three of them a form's lines — field rows (`label：value`, a short
 *   label) or table rows (three cells or more, set apart by tabs or wide spaces);
 * - none of them worded as a document (a 公文's own `关于……的通知` over its addressee keeps its
 *   head), none a byline field (`提案人：` names the document's author: a proposal form's head is
 *   the document's own), none a paragraph of prose (at most two short sentences: the office's note).
 */
const DOCUMENT_NAME = /^(?:关于[^:。;!?]{4,60}|[^:。;!?]{4,40}(?:建议|提案|报告|意见|方案|纪要|记录))$/;
const BLOCK_FIELD = /^[^\s:]{1,10}\s*:\s*\S/;
/** A table's row as pasted (the cells' tabs arrive as spaces): three short cells or more, no sentence. */
const tableRow = (f: string) => !SENTENCE.test(f) && f.split(/\s+/).length >= 3 && f.split(/\s+/).every((c) => c.length <= 20);

/** Mark a form's or an invitation's block over the document's own name; returns its lines for the headline reader to skip. */
export function markBlockOverDocumentName(infos: LineInfo[], kept: (i: number) => boolean, isAuthorField: (folded: string) => boolean): Set<number> {
  const block = new Set<number>();
  const lines: number[] = [];
  for (let i = 0; i < infos.length && lines.length < 40; i++) if (!isBlank(infos[i])) lines.push(i);
  const f = (n: number) => infos[lines[n]]?.folded.trim() ?? "";
  const d = lines.findIndex((i, n) => n >= 4 && isBlank(infos[i - 1]) && !infos[i].marker && DOCUMENT_NAME.test(f(n)) && overProse(n));
  if (d < 0) return block;
  const above = lines.slice(0, d).filter((i) => !infos[i].reason);
  const formLines = lines.slice(0, d).filter((i) => BLOCK_FIELD.test(infos[i].folded.trim()) || tableRow(infos[i].folded.trim())).length;
  const sentences = above.filter((i) => /[。!?]$/.test(infos[i].folded.trim())).length;
  if (formLines < 3 || sentences > 2) return block;
  for (const i of above) {
    const g = infos[i].folded.trim();
    if (TITLE_WORDS.test(g) || /(?:纪要|记录)$/.test(g) || isAuthorField(g) || (g.length >= 40 && SENTENCE.test(g) && !BLOCK_FIELD.test(g))) return block;
  }
  for (const i of lines.slice(0, d)) {
    if (kept(i)) continue;
    block.add(i);
    infos[i].reason = "form"; // struck out as one thing, whatever an earlier rule called a line
  }
  return block;

  /** Prose under the name: the next line, or the one after a short name line or addressee. */
  function overProse(n: number): boolean {
    return prose(f(n + 1)) || (f(n + 1).length <= 30 && !SENTENCE.test(f(n + 1)) && prose(f(n + 2)));
  }
}

/*
 * A labelled box of field rows before the story (2026-12-05, twentieth wave).
 *
 * A member's profile on a paper's page, an account's post or a portal sets a side box beside the
 * story — `【履职档案】`, `〔委员名片〕`, `【人物档案】` over `姓名：…`, `界别：…`, `职务：…`, `提交提案：8件` —
 * and the clipboard puts it between the headline (or byline) and the first paragraph. The box is a card
 * about the person, not the story: its rows would be read as the text's first lines, its employer as a
 * department. Read by shape: a bracketed label alone on its line (two to eight characters), three or
 * more `label：value` rows under it (the value short, no sentence), then a paragraph of prose; no prose
 * above the label (a box inside the story — a plan's `【责任分工】` over `牵头单位：…` — is the text's).
 */
const BOX_LABEL = /^[【〔［[〖]\s*[\u4e00-\u9fff]{2,8}\s*[】〕］\]〗]$/;

/** Mark a labelled box of field rows standing before the first paragraph of prose. */
export function markFieldBox(infos: LineInfo[], kept: (i: number) => boolean): void {
  const lines: number[] = [];
  for (let i = 0; i < infos.length; i++) if (!isBlank(infos[i])) lines.push(i);
  const f = (n: number) => infos[lines[n]]?.folded ?? "";
  for (let n = 0; n < lines.length; n++) {
    if (prose(f(n))) return;
    if (!BOX_LABEL.test(f(n))) continue;
    let k = n + 1;
    for (let m = CARD_FIELD.exec(f(k)); m && m[2] && m[2].length <= 30 && !SENTENCE.test(m[2]); m = CARD_FIELD.exec(f(k))) k++;
    if (k - n - 1 < 3 || !prose(f(k))) continue;
    for (let j = n; j < k; j++) {
      const i = lines[j];
      if (kept(i)) continue;
      infos[i].reason = "form"; // the box goes as one thing, whatever an earlier rule called its label
    }
    return;
  }
}
