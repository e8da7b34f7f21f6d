/**
 * Chrome rules that need a line's neighbours — a parallel Latin version, a contents note, an
 * appendix, a barred table, a quoted e-mail, an evaluation block, a record label (first
 * written for holdout-12).
 * - A parallel version in Latin script: in a Chinese text, lines of Latin words only
 *   (a transliteration or translation printed after the headline and each paragraph) are
 *   not the text. Only when most lines are Chinese and two such lines or more stand in it.
 * - A table of contents: the note under its entries (`注：…排列…`) goes with them.
 * - A report's appendix at its end: `附录：…` and the table lines under it (`表1 …`).
 * - A table set with bars (`序号｜办理任务｜责任单位｜…` then numbered rows) is content, not
 *   a navigation bar: rows of one width, four cells or more, numbered.
 * - A quoted e-mail: when the text quotes a draft with `> ` (after a `…写道：` line), the
 *   reply above it, the headers, the quote's own covering note and deeper quotes (`>>`) are
 *   not the text; the first quoted line that is a headline starts the draft.
 * - A form's evaluation block at its end: a heading (`三、提案人意见`) over nothing but
 *   checkbox rows goes with them.
 * - A record's label over the event it records (`某某新闻发布会实录` / the event's name).
 */
import { labelledByline } from "./authors";
import { endsSentence } from "./line-shapes";
import { lineVerdict } from "./chrome-rules";
import { parseLineMarker } from "./markers";
import { isCheckboxRow, isRecordRow } from "./chrome-record-button-rows";
import { nextLiveLine, type LineInfo } from "./chrome-lines";

/**
 * A line in Latin script only: three words or more, with figures among them (a translation keeps the
 * text's dates and counts, `On July 15, …`), no Han and no other symbol.
 */
function latinOnly(folded: string): boolean {
  const f = folded.trim();
  if (!/^[A-Za-z]/.test(f) || !/^[A-Za-z\d'’\s,.;:!?()%-]+$/.test(f)) return false;
  const tokens = f.split(/[\s,.;:!?()]+/).filter((t) => /[A-Za-z\d]/.test(t));
  if (!tokens.every((t) => /^-*[A-Za-z][A-Za-z'’-]*$/.test(t) || /^\d[\d%-]*$/.test(t))) return false;
  return tokens.filter((t) => /[A-Za-z]/.test(t)).length >= 3;
}
const HAN = /[\u4e00-\u9fff]/;
const CONTENTS_NOTE = /^(?:注|说明)\s*:/;
const APPENDIX_HEAD = /^附\s*录[一二三四五六七八九十\d]?\s*(?::|$)/;
const TABLE_LINE = /^(?:附)?(?:表|图)\s*\d{1,2}(?:[-.]\d{1,2})?\s+\S/;
const BAR = /[|｜]/g;
const WROTE = /写道\s*:$|wrote\s*:$/i;
const EVALUATION_HEAD = /^(?:[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[、.])?\s*[\u4e00-\u9fff]{0,6}(?:意见|评价|反馈|测评)$/;
/** A form field the answerer fills in: a short label, its value on the same line. */
const ANSWER_FIELD = /^[\u4e00-\u9fff]{2,8}\s*:\s*\S.{0,79}$/;
const RECORD_LABEL = /^[\u4e00-\u9fff\d]{4,24}(?:文字实录|图文实录|实录)$/;

const live = (x: LineInfo) => x.text !== "" && !x.reason;

/** Returns the lines of a quoted draft whose quote mark (`> `) the caller takes off. */
export function markRound13b(infos: LineInfo[], kept: (i: number) => boolean, raw: readonly string[]): number[] {
  const free = (i: number) => live(infos[i]) && !kept(i);
  const texts = infos.filter((x) => x.text !== "");
  // A parallel version in Latin script. A translation printed paragraph by paragraph (twentieth wave: a
  // county's bilingual press release) makes nearly half the lines Latin, so the Chinese lines need only
  // be at least as many as the Latin ones and half of all.
  const latin = infos.map((x, i) => (free(i) && latinOnly(x.folded) ? i : -1)).filter((i) => i >= 0);
  const han = texts.filter((x) => HAN.test(x.folded)).length;
  if (latin.length >= 2 && han >= latin.length && han >= texts.length * 0.5) latin.forEach((i) => (infos[i].reason = "metadata"));

  infos.forEach((info, i) => {
    // A single short field (`状态：已办结`) next to other record lines.
    // (An author's field, `反映人：某某`, is the byline line: authors.ts, labelledByline.)
    if (free(i) && isRecordRow(info.folded, false) && !labelledByline(info.folded) && [prevText(infos, i), nextText(infos, i)].some((k) => k >= 0 && infos[k].reason === "metadata")) info.reason = "metadata";
    // The note under a table of contents.
    if (free(i) && CONTENTS_NOTE.test(info.folded) && info.folded.length <= 60) {
      const p = prevText(infos, i);
      if (p >= 0 && infos[p].reason === "related" && /\d$/.test(infos[p].folded)) info.reason = "related";
    }
    // A record's label over the event it records.
    if (free(i) && RECORD_LABEL.test(info.folded)) {
      const n = nextLiveLine(infos, i);
      if (n >= 0 && infos[n].folded.length <= 40 && !endsSentence(infos[n].folded) && HAN.test(infos[n].folded)) info.reason = "column";
    }
  });
  appendix(infos, free);
  tables(infos, kept);
  const draft = quotedMail(infos, free, raw.map((l) => l.trim()));
  evaluation(infos, free);
  return draft;
}

function prevText(infos: LineInfo[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (infos[k].text) return k;
  return -1;
}

function nextText(infos: LineInfo[], i: number): number {
  for (let k = i + 1; k < infos.length; k++) if (infos[k].text) return k;
  return -1;
}

/** `附录：…` in the last part of a text and the table lines under it. */
function appendix(infos: LineInfo[], free: (i: number) => boolean): void {
  const start = infos.findIndex((x, i) => i >= infos.length / 2 && free(i) && APPENDIX_HEAD.test(x.folded) && x.folded.length <= 30);
  if (start < 0) return;
  let k = start + 1;
  const rows: number[] = [];
  for (; k < infos.length; k++) {
    if (!infos[k].text || infos[k].reason) continue;
    if (!TABLE_LINE.test(infos[k].folded) || infos[k].folded.length > 150) break;
    rows.push(k);
  }
  if (!rows.length) return;
  infos[start].reason = "metadata";
  rows.forEach((r) => free(r) && (infos[r].reason = "metadata"));
}

/** Rows of a bar-separated table (four cells or more, one width, numbered rows): content. */
function tables(infos: LineInfo[], kept: (i: number) => boolean): void {
  const cells = (f: string) => (f.match(BAR)?.length ?? 0) + 1;
  for (let i = 0; i < infos.length; i++) {
    const n = cells(infos[i].folded);
    if (n < 4) continue;
    const run = [i];
    for (let k = i + 1; k < infos.length && (!infos[k].text || cells(infos[k].folded) === n); k++) if (infos[k].text) run.push(k);
    const numbered = run.filter((k) => /^\d{1,3}\s*[|｜]/.test(infos[k].folded)).length;
    if (run.length >= 3 && numbered >= run.length - 1) run.forEach((k) => infos[k].reason === "navigation" && !kept(k) && (infos[k].reason = null));
    i = run[run.length - 1];
  }
}

/** A draft quoted with `> ` in an e-mail: everything else is the mail around it. */
function quotedMail(infos: LineInfo[], free: (i: number) => boolean, raw: string[]): number[] {
  const wrote = infos.findIndex((x, i) => WROTE.test(x.folded) && !raw[i].startsWith(">"));
  if (wrote < 0) return [];
  const quoted = raw.map((r, i) => (i > wrote && /^>(?!>)/.test(r) ? i : -1)).filter((i) => i >= 0);
  if (quoted.length < 5) return [];
  // The draft starts at the first quoted headline (short, no sentence end) over more quote.
  const first = quoted.find((i) => {
    const f = infos[i].folded.replace(/^>\s*/, "");
    if (!f) return false;
    return f.length >= 6 && f.length <= 40 && !endsSentence(f) && !/[,:]$/.test(f);
  });
  infos.forEach((x, i) => {
    if (!free(i)) return;
    if (i <= wrote || /^>>|^>$/.test(raw[i]) || (first !== undefined && quoted.includes(i) && i < first)) x.reason = "metadata";
    else if (i > wrote && !/^>/.test(raw[i]) && quoted.length && i > quoted[quoted.length - 1]) x.reason = "metadata";
  });
  // The draft's lines lose their quote mark (same for the text, the folded line and the marker).
  const draft = quoted.filter((i) => live(infos[i]));
  for (const i of draft) {
    const cut = /^>\s?/.exec(infos[i].text)?.[0].length ?? 0;
    if (!cut) continue;
    infos[i].text = infos[i].text.slice(cut);
    infos[i].folded = infos[i].folded.slice(cut);
    infos[i].marker = parseLineMarker(infos[i].text, infos[i].folded);
    infos[i].verdict = lineVerdict(infos[i].folded);
  }
  return draft;
}

/**
 * A form's evaluation block at the end. Its heading over nothing but checkbox rows goes with
 * them. Eighteenth wave (2026-12-05): so do the fields the answerer fills in under the boxes
 * (`其他意见：…`, `具体意见和建议：…`, `评价说明：…`): after the first checkbox row, when every
 * line to the end is chrome or a `label：value` field, the fields are the answer to the form,
 * written after the text it evaluates — none of its words.
 */
function evaluation(infos: LineInfo[], free: (i: number) => boolean): void {
  const box = infos.findIndex((y) => y.reason === "widget" && isCheckboxRow(y.folded));
  if (box >= 0) {
    const rest = infos.map((_, k) => k).filter((k) => k > box && infos[k].text);
    if (rest.every((k) => infos[k].reason || ANSWER_FIELD.test(infos[k].folded))) rest.filter(free).forEach((k) => (infos[k].reason = "metadata"));
  }
  infos.forEach((x, i) => {
    if (!free(i) || !EVALUATION_HEAD.test(x.folded) || x.folded.length > 16) return;
    const rest = infos.slice(i + 1).filter((y) => y.text);
    const boxes = rest.filter((y) => y.reason === "widget" && isCheckboxRow(y.folded));
    if (boxes.length && rest.every((y) => y.reason)) x.reason = "metadata";
  });
}
