/**
 * The lines of a page's head as head.ts reads them, what it reads from them (PageMeta), and
 * the small questions it asks of a line and its neighbours: a byline, a subtitle under it,
 * the info line after it, `来源：` among the tail's chrome, a 公文's signature date.
 */
import { parseByline } from "./authors";
import { NEWS_BRIEF } from "./chrome-selection-label";
import { DATELINE_ALONE, DATE_RE, SOURCE_LABEL, TITLE_BANNER, bylineShaped, cut, isSubtitle, isoDate } from "./head-shapes";
import { endsSentence } from "./line-shapes";
import type { LineMarker } from "./markers";
import { stripPinyinResidue } from "./pinyin";
import type { ChromeReason } from "./types";

export interface HeadLine {
  text: string;
  folded: string;
  reason: ChromeReason | null;
  /** Line-level verdict before position rules (`date`, `person`, a reason, or null). */
  verdict: string | null;
  /** The line's numbering, if any. */
  marker: LineMarker | null;
}

export interface PageMeta {
  date: string | null;
  source: string | null;
  /** Author named in a site's info line (`作者：某某`). */
  infoByline: string | null;
  /** Index of the headline's line, or -1. */
  titleLine: number;
  /** The headline when it is not the whole line (a dateline's `题：…`), else null. */
  title: string | null;
  /** What precedes `题：` on a dateline line (`新华社某地4月2日电`): kept as text. */
  titlePrefix: string | null;
  /** Index of a 公文 signature (the body's name above the closing date), or -1. */
  signatureLine: number;
}

export function isByline(info: HeadLine): boolean {
  if (info.verdict === "person") return true;
  return !!parseByline(info.text, info.folded) && !/^(?:——|—)/.test(info.folded) && bylineShaped(info.folded);
}

export function clean(s: string | null): string | null {
  return (s && stripPinyinResidue(s).replace(/[“”"]/g, "").trim()) || null;
}

/**
 * A line with its own subtitle (`——某某会议大会发言摘登`) or, round 12, a news brief's `本报讯` lede under it is a headline, never a column label.
 * Eighteenth wave: so is a line with its author's byline under it and the prose under that (`盘活闲置校舍资源` / `文／市政协委员 某某` /
 * a sentence): a column's label stands over a headline, never right over who wrote the piece.
 */
export function subtitled(infos: HeadLine[], i: number): boolean {
  const j = nextLive(infos, i);
  if (j < 0) return false;
  if (isSubtitle(infos[j].folded) || NEWS_BRIEF.test(infos[j].folded)) return true;
  const k = nextLive(infos, j);
  return isByline(infos[j]) && k >= 0 && /[。!?]/.test(infos[k].folded) && infos[k].folded.length >= 12;
}

/**
 * 2026-12-05 (eighteenth wave): a wire's `题：…` line right under its dateline standing alone (`新华社某地11月30日电`
 * / `题：标题`): the index of the dateline's line, else -1. The banner is the headline, as on one line (DATELINE_TITLE);
 * the dateline names the agency and is removed. Read on the nearest line with text, whatever a stage marked it.
 */
export function titleUnderDateline(infos: HeadLine[], i: number): number {
  if (i < 1 || !TITLE_BANNER.test(infos[i].folded)) return -1;
  let j = i - 1;
  while (j > 0 && !infos[j].text) j--;
  return DATELINE_ALONE.test(infos[j].folded.trim()) ? j : -1;
}

export const nextLive = (infos: HeadLine[], i: number): number => infos.findIndex((x, j) => j > i && x.text !== "" && !x.reason);
/** The nearest kept line above line i, or -1 (an addressee's document name: authors.ts addresseeUnder). */
export const previousLive = (infos: HeadLine[], i: number): number => infos.findLastIndex((x, j) => j < i && x.text !== "" && !x.reason);

/**
 * Is the next line the page's date/source line? Then a line `某某：让职业教育“香”起来` above
 * it is the page's headline, not a speaker's digest opening the body.
 */
export function metadataNext(infos: HeadLine[], i: number): boolean {
  // Round 12: past the account's name over its info line (`某某融媒` / `2026-08-06 19:42 · …账号`).
  // A headline's furniture may come first: its byline, then the date line (`记者 某某` / `2026-…`).
  let bylines = 0;
  let names = 0;
  for (let j = i + 1; j < infos.length; j++) {
    if (!infos[j].text || infos[j].reason === "masthead") continue;
    if (bylines === 0 && isByline(infos[j])) {
      bylines++;
      continue;
    }
    // 2026-12-03: any short line holding the full date and no sentence is the info line, whatever
    // later stage marks it (`2026年03月05日08:12 | 来源：…`, a widget row to the chrome stage).
    const f = infos[j].folded;
    // 2026-12-03 (fifth wave): the publisher's bare name over its date line (`某某政协` / `2026-04-23 10:12 发布于…`),
    // as a platform prints the account under the headline: passed once, the date line must follow.
    if (bylines === 0 && names === 0 && /^[\u4e00-\u9fff]{2,12}$/.test(f.trim()) && !infos[j].reason) {
      names++;
      continue;
    }
    // 2026-12-03 (fourth wave): a site's info line may give the author before the date (`某平台 作者：某某`
    // over `2026-08-06`): a credit label after a space in a short line without a sentence is that line.
    if (creditInfoLine(f)) return true;
    return infos[j].reason === "metadata" || infos[j].verdict === "date" ? DATE_RE.test(f) : infoLine(f);
  }
  return false;
}

/** 2026-12-03 (fourth wave): a short line, no sentence, with a credit label after a space (`某平台 作者：某某`). */
export function creditInfoLine(f: string): boolean {
  return f.length <= 40 && !/[。;!?]/.test(f) && /\s(?:作者|撰稿|编辑|来源)\s*:\s*\S/.test(f);
}

/**
 * 2026-12-03: a head line holding the full date and no sentence (`2026年03月05日08:12 | 来源：…`)
 * is the page's info line, whatever a later stage marks it (a widget row, metadata).
 */
export function infoLine(f: string): boolean {
  return f.length <= 60 && !/[。;!?]/.test(f) && !!isoDate(f);
}

/** `来源：X` among the chrome lines after the text. */
export function tailSource(infos: HeadLine[]): string | null {
  for (let i = infos.length - 1; i >= 0 && i >= infos.length - 12; i--) {
    if (infos[i].reason !== "metadata" && infos[i].reason !== "credit") continue;
    const m = SOURCE_LABEL.exec(infos[i].folded.replace(/^[(（【[]\s*/, " ").replace(/[)）】\]]\s*$/, ""));
    if (m) return cut(infos[i].text, infos[i].folded, m[1]);
  }
  return null;
}

/** A record's field row: a short label (`签发人`, `抄送`, `联系电话`), a colon, a value. */
const RECORD_ROW = /^\s*[\u4e00-\u9fff]{2,6}\s*:\s*\S/;

/** A 公文's print line: the printing office and the day it printed (`…2026年5月7日印发`). */
const PRINT_LINE = /\d{1,2}\s*[日曰]\s*(?:印发|印)\s*$/;

/**
 * A 公文 ends with the issuing body and the date (`政协云溪区委员会` / `2026年3月20日`):
 * the date is the document's date; the body line is marked as its signature.
 */
/** A date of year and month alone (`2026年9月`, `（2026年9月）`): a month names no day of publishing. */
const MONTH_ONLY = /^[(（]?\d{4}\s*年\s*\d{1,2}\s*月份?[)）]?$/;
const MAKER_ROW = /^(?:制表|填表|填报|制表人|填表人|填报人|制表单位|填报单位)\s*:/;

export function signatureDate(infos: HeadLine[], meta: PageMeta): string | null {
  // 2026-12-03 (fourth wave): a 公文's record rows under the date (`签发人：…`, `抄送：…`, `办理结果：…`),
  // which later stages remove, are no text after the signature: up to four short field rows are passed over.
  let rows = 0;
  for (let i = infos.length - 1; i >= 0; i--) {
    const info = infos[i];
    if (!info.text || (info.reason && info.reason !== "metadata")) continue;
    // 2026-12-04 (tenth wave): the 版记's print line (`某某办公室 DATE印发`) under the 抄送 row dates the printing, not the document.
    if (rows < 4 && info.folded.length <= 40 && PRINT_LINE.test(info.folded)) {
      rows++;
      continue;
    }
    if (!info.reason && rows < 4 && RECORD_ROW.test(info.folded) && !/[。!?]$/.test(info.folded.trim())) {
      rows++;
      continue;
    }
    // Seventh wave: a table's maker row under it (`制表：某委员会 2026年3月28日`, `填报日期：…`) dates the table as a signature does.
    if (info.reason === "metadata" && MAKER_ROW.test(info.folded) && isoDate(info.folded)) return isoDate(info.folded);
    // 2026-12-05 (nineteenth wave): a report dated by its month only (`九三学社某市委员会调研组` / `2026年9月`) is signed
    // as a 公文 is, but its date names no day: the body's name line above is the signature, and the page has no date.
    if (info.reason === "metadata" && MONTH_ONLY.test(info.folded.trim())) {
      const above = infos.findLastIndex((x, j) => j < i && !!x.text && !x.reason);
      if (above >= 0 && infos[above].folded.length <= 30 && !endsSentence(infos[above].folded) && parseByline(infos[above].text, infos[above].folded)) meta.signatureLine = above;
      return null;
    }
    // A release note under the date (`（此件公开发布）`) is metadata too: look above it.
    if (info.reason === "metadata" && info.verdict !== "date") continue;
    if (info.verdict !== "date") return null;
    const date = isoDate(info.folded);
    if (!date) return null;
    const above = (() => {
      for (let j = i - 1; j >= 0; j--) if (infos[j].text && !infos[j].reason) return j;
      return -1;
    })();
    if (above >= 0 && infos[above].folded.length <= 30 && !endsSentence(infos[above].folded)) meta.signatureLine = above;
    return date;
  }
  return null;
}
