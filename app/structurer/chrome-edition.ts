/**
 * Chrome from print, PDF, journal and portal pages (issue 12, third wave, 2026-12-03):
 * what a printed or e-paper page and a journal set around the text, read by the shape of
 * the line rather than by the words of one paper.
 *
 * - **Masthead rows**: a line of cells (split by wide spaces or bars) each of which is
 *   edition furniture — a publication's name, a journal's name in 《》, a date, a weekday,
 *   a lunar date, an issue or edition number — with at least one date or number among them
 *   (`某某报数字版  2026年9月18日  星期五  第3812期`, `《某省政协》2026年第4期`). A headline has
 *   one cell of words; a sentence has punctuation.
 * - **Separators of pasted material**: a short note framed on both sides by a run of rule
 *   characters (`-----以下为提案原文（从PDF复制）-----`, `———— 素材1：某平台 ————`). Staff
 *   write them between the pieces they paste; the text never frames its own lines so.
 * - **Journal fields**: the label lines a journal prints around an article — keywords
 *   (`【关键词】…；…`), classification and article numbers, DOI, received date, funding — and
 *   the author's note (`作者简介：某某，……教授。`). The 摘要 is the author's text and stays.
 * - **Mirrored running headers** (`mirrorKey`): odd and even pages print the same cells in
 *   the opposite order (`栏目  《刊名》期号` / `《刊名》期号  栏目`): the cells, sorted, are
 *   the line's identity for the repeated-line rule (chrome-runs.ts).
 */
import { PUBLICATION } from "./head-shapes";
import { DATE, WEEKDAY, endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** Cells of a printed row: wide spaces (two or more, or U+3000 folded), bars, tabs. */
export function rowCells(f: string): string[] {
  return f.split(/\s{2,}|\t|\s*[|｜丨]\s*/).map((c) => c.trim()).filter(Boolean);
}

const DATE_CELL = new RegExp(`^${DATE}$`);
const WEEKDAY_CELL = new RegExp(`^${WEEKDAY}$`);
/** `第3812期`, `总第389期`, `2026年第4期`, `第4期（总第56期）`, `第02版`, `A05版`, `No.12`. */
const ISSUE_CELL = /^(?:\d{4}\s*年\s*)?(?:总?第\s*\d{1,5}\s*[期版号卷]|[A-Z]?\d{1,3}\s*版|no\.?\s*\d{1,5})(?:\s*[(（]\s*总第\s*\d{1,6}\s*期\s*[)）])?$/i;
/** A periodical's year and issue: `2026年第4期`. */
const YEAR_ISSUE = /^\d{4}\s*年\s*第\s*\d{1,3}\s*期$/;
const LUNAR_CELL = /^农历\S{2,8}$/;
/**
 * A journal's or paper's name in title marks, with its issue after it: `《某省政协》2026年第4期`. Eighteenth wave
 * (2026-12-05): the name may carry the periodical's kind after the marks (`《协商》杂志`, `《某某政协》半月刊`).
 */
const JOURNAL_ISSUE = /^《[^《》]{2,16}》\s*(?:杂志|期刊|月刊|半月刊|双月刊|旬刊|周刊|季刊)?\s*(?:\d{4}\s*年\s*)?(?:总?第\s*\d{1,5}\s*期)?(?:\s*[(（]\s*总第\s*\d{1,6}\s*期\s*[)）])?$/;
/** A publication's name, with an edition word glued (`某某报数字版`). */
const PAPER_CELL = (c: string) => PUBLICATION.test(c) || /^[\u4e00-\u9fff]{2,12}(?:数字报|电子版|数字版|电子报)$/.test(c);

/** A numbered or dated cell: the evidence that makes a row of names a masthead. */
function datumCell(c: string): boolean {
  return DATE_CELL.test(c) || ISSUE_CELL.test(c) || (JOURNAL_ISSUE.test(c) && /\d/.test(c));
}

/**
 * A masthead or issue row: every cell is edition furniture, one of them a date or number.
 * A column name (a short label of Han characters) may stand beside them when a journal
 * issue is there (`履职·调研  《某省政协》2026年第4期`).
 */
export function mastheadRowLine(f: string): boolean {
  if (f.length > 80 || endsSentence(f) || /[。;,!?]/.test(f)) return false;
  // A single ideographic space folds to one space: cells here are split at any space.
  const all = f.split(/\s+|\s*[|｜丨]\s*/).filter(Boolean);
  const cells = withoutFolio(all);
  if (!cells.some(datumCell)) return false;
  if (cells.length === 1) return JOURNAL_ISSUE.test(cells[0]) && /\d/.test(cells[0]);
  // 2026-12-03 (sixth wave): a journal's running head without title marks (`某某政协  2026年第4期    调查研究`):
  // a bare Han name right beside a year-and-issue cell is the journal's name (seventh wave: on either side of it,
  // as facing pages print it: `2026年第10期  某某政协  37` / `38  某某政协  2026年第10期`).
  const bare = bareJournalCell(cells, cells.length < all.length);
  const journal = bare >= 0 || cells.some((c) => JOURNAL_ISSUE.test(c));
  let label = 0;
  for (const [k, c] of cells.entries()) {
    if (k === bare) continue;
    if (datumCell(c) || WEEKDAY_CELL.test(c) || LUNAR_CELL.test(c) || PAPER_CELL(c) || JOURNAL_ISSUE.test(c)) continue;
    // A column's name beside a journal issue: short, Han (a middle dot may join two words). A
    // column is named in a word or two (委员视点, 履职·调研); longer Han is a headline set after
    // the issue number (《委员说》第12期｜口袋公园怎样用起来), which the head reads as the title.
    if (journal && /^[\u4e00-\u9fff·]{2,6}$/.test(c) && ++label <= 1) continue;
    return false;
  }
  return true;
}

/** A page number in a running head or foot: `37`, `·21·`, `- 37 -`, `P37`, `第37页`. */
const FOLIO_CELL = /^(?:[-—–·•]\s*)?\d{1,3}(?:\s*[-—–·•])?$|^p\.?\s*\d{1,3}$|^第\s*\d{1,3}\s*页$/i;

/**
 * A running head or foot carries the page number at its outer edge (seventh wave): a row
 * with an issue cell and a folio at its start or end is read without the folio.
 */
function withoutFolio(cells: string[]): string[] {
  if (cells.length < 3 || !cells.some((c) => YEAR_ISSUE.test(c) || ISSUE_CELL.test(c) || JOURNAL_ISSUE.test(c))) return cells;
  if (FOLIO_CELL.test(cells[cells.length - 1])) return cells.slice(0, -1);
  if (FOLIO_CELL.test(cells[0])) return cells.slice(1);
  return cells;
}

/**
 * The index of the journal's bare Han name: the first cell before a year-and-issue cell, or, in a
 * running head that carries a folio, a cell on either side of it. -1 when there is none.
 */
function bareJournalCell(cells: string[], folio: boolean): number {
  if (cells.length < 2) return -1;
  for (let k = 0; k < (folio ? cells.length : 1); k++) {
    if (!/^[\u4e00-\u9fff]{2,10}$/.test(cells[k])) continue;
    if ((k > 0 && YEAR_ISSUE.test(cells[k - 1])) || (k + 1 < cells.length && YEAR_ISSUE.test(cells[k + 1]))) return k;
  }
  return -1;
}

/** Rule characters a separator is drawn with. */
const RULE = "[-—–=_*~#─━＝－·.]";
/** `-----以下为提案原文-----`, `———— 素材1：某平台 ————`, `== 附件 ==`: a note between two rules. */
const SEPARATOR = new RegExp(`^${RULE}{2,}\\s*(\\S.{0,40}?\\S|\\S)\\s*${RULE}{2,}$`);

/** Markdown's strong emphasis round a whole line: exactly two `*` or `_` each side. */
const STRONG = /^(\*\*|__)(?![*_])[^*_]+(?<![*_])\1$/;

export function separatorLine(f: string): boolean {
  const m = SEPARATOR.exec(f);
  // Seventeenth wave: two asterisks or underscores on each side (`**存在的问题**`) set a bold line in Markdown, no rule.
  if (!m || STRONG.test(f)) return false;
  const inner = m[1];
  // The note says no sentence and holds a word (not a bare number: `— 01 —` numbers a section).
  return !/[。!?;]/.test(inner) && /[\p{L}]/u.test(inner) && !/^\d{1,2}$/.test(inner);
}

/** A journal's field labels around an article (not 摘要: the abstract is the author's text). */
const JOURNAL_LABELS =
  "关键词|关键字|主题词|key\\s*words?|中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|doi|收稿日期|修回日期|基金项目|引用格式|作者简介|通讯作者|作者信息";
/** The label in brackets (`【关键词】`) or before a colon (`关键词：`): a bare `关键词·就业` is a heading. */
const JOURNAL_FIELD = new RegExp(`^(?:[【[]\\s*(?:${JOURNAL_LABELS})\\s*[】\\]]\\s*[:：]?|(?:${JOURNAL_LABELS})\\s*[:：])`, "i");

/**
 * A journal field line: a label from JOURNAL_FIELD, then its value. Keywords are a list
 * (`；`-separated terms) and never a sentence; the author's note may be one sentence.
 */
export function journalFieldLine(f: string): ChromeReason | null {
  const m = JOURNAL_FIELD.exec(f);
  if (!m || f.length > 120) return null;
  const value = f.slice(m[0].length).trim();
  if (!value) return null;
  if (/^[【[]?\s*(?:作者简介|通讯作者|作者信息)/.test(f)) {
    // One sentence about a person (name, posts): at most two full stops, no list of measures.
    return (value.match(/[。]/g) ?? []).length <= 2 && value.length <= 100 ? "credit" : null;
  }
  // The other fields hold terms, codes and dates, never a sentence.
  return endsSentence(value) && !/[;；]/.test(value) ? null : "metadata";
}

/** The identity of a row for the repeated-line rule: its cells sorted, when it has two or more. */
export function mirrorKey(f: string): string | null {
  // Facing pages differ in their page number too (seventh wave): the folio is no part of the identity.
  const cells = withoutFolio(rowCells(f));
  return cells.length >= 2 ? [...cells].sort().join("\u0001") : null;
}

/** A portal's font-size control alone on its line (`小字号`, `大字体`, `字号放大`): a widget. */
const FONT_SIZE = /^(?:[大中小]|默认|标准|特大|超大)字[号体]$|^字[号体](?:[大中小]|放大|缩小|调节)$/;

/** One-line verdict of this module (chrome-rules.ts asks it; separators it asks last, after the older rules). */
export function editionVerdict(f: string): ChromeReason | null {
  if (f.length > 120) return null;
  if (FONT_SIZE.test(f)) return "widget";
  // With the paper's name in it the row is the masthead; dates and numbers alone, the edition line.
  if (mastheadRowLine(f)) return f.split(/\s+|\s*[|｜丨]\s*/).some((c) => PAPER_CELL(c) || /^《/.test(c)) ? "masthead" : "edition";
  return journalFieldLine(f);
}

/**
 * The publication a masthead row names (head-names.ts reads it for the source): the paper's
 * cell without its edition word (`某某晚报电子版` → `某某晚报`), or a journal's name in title
 * marks (`《某省政协》2026年第4期` → `某省政协`). Null when the line is no masthead row.
 */
export function mastheadRowName(f: string): string | null {
  if (f.length > 80 || !mastheadRowLine(f)) return null;
  for (const c of f.split(/\s+|\s*[|｜丨]\s*/)) {
    const journal = /^《([^《》]{2,16})》/.exec(c);
    if (journal) return journal[1];
    if (PAPER_CELL(c)) return c.replace(/(?:数字报|电子版|数字版|电子报)$/, "");
  }
  return null;
}
