/**
 * Which head line is the headline: the line the article hangs from.
 *
 * readHead's chain of exclusions takes the FIRST headline-shaped line that is not a known
 * masthead, column label, byline or subtitle. Every new site puts a new kind of line above
 * the headline (an app's title bar, a group chat's name, a slide number, a document's
 * issuing office, a player widget), and the first line wins. This module looks from the
 * other end: an article's furniture — byline, date or info line, subtitle, a form's fields —
 * hangs under its headline, and the body follows. The headline is the nearest line above
 * that furniture and the body which could be a headline at all; what stands above it is
 * the page's chrome, whatever its words.
 *
 * The position alone would take a 副题 printed without its dash, or a section heading over
 * the first paragraph, for the headline. So the first line keeps the headline when it shows
 * it is one (headlineEvidence): it names a document (关于…/…的建议), quotes or asks, is set in
 * two parts (`X：Y`, `X｜Y`), or the furniture or body follows it directly. Chrome does none of
 * these (measured on the development batches' untuned runs: docs/structure-format.md, "Title
 * by position").
 */
import { neighbourIndex } from "./chrome-lines";
import { CAST_LABEL } from "./line-shapes";
import { danglingTitle } from "./title-wrap";
import { PUBLICATION, TITLE_WORDS, isSubtitle, labelShaped, mastheadRow } from "./head-shapes";

export interface ScoredLine {
  text: string;
  folded: string;
  reason: string | null;
  verdict: string | null;
}

/** A form's field (`提案号：第0213号`, `留言对象：市委书记`): a short label, a colon, a value. */
export function fieldShaped(f: string): boolean {
  // (A form's label may be spaced out to the width of the others: `地 点：`, `主 持 人：`; fifth wave.)
  return /^(?:[^\s:：“”"《》]{1,8}|(?:[^\s:：“”"《》]\s+){1,3}[^\s:：“”"《》])\s*[:：]\s*\S/.test(f.trim()) && !/[。!?！？]$/.test(f.trim());
}

/**
 * Is line i one of a run of fields (the line before or after it, past blanks, is a field
 * too, not chrome such as a breadcrumb `当前位置：…`)? A two-part headline (`高标准农田：建得好，更要管得好`) stands alone; a
 * form's fields come in runs.
 */
export function inFieldRun(infos: ScoredLine[], i: number): boolean {
  if (!fieldShaped(infos[i].folded)) return false;
  const near = [neighbourIndex(infos, i, -1), neighbourIndex(infos, i, 1)];
  return near.some((j) => j >= 0 && infos[j].reason !== "navigation" && fieldShaped(infos[j].folded));
}

/** A line that names its page rather than an article: masthead, publication, short bare label. */
function pageName(f: string): boolean {
  return (PUBLICATION.test(f) || mastheadRow(f) || labelShaped(f)) && !TITLE_WORDS.test(f);
}

/** A serial's name over its issue number (`某某社情民意信息` / `第 12 期`): the masthead of a periodical. */
function serialName(infos: ScoredLine[], i: number): boolean {
  const n = neighbourIndex(infos, i, 1);
  if (n < 0 || infos[n].folded.length > 16) return false;
  // 2026-12-03 (fifth wave): whatever stage removed it, a bare issue number (`〔2026〕第6期`, `2026年第3期`) under a
  // name makes that name a serial's letterhead (a 纪要's, a bulletin's), not the issue's topic headline.
  return (infos[n].reason === "edition" && /期/.test(infos[n].folded)) || (!!infos[n].reason && /^(?:[〔[(（]\s*\d{4}\s*[〕\])）]\s*|\d{4}\s*年\s*)?第\s*\d{1,4}\s*期$/.test(infos[n].folded.trim()));
}

/** Furniture hung under a headline: byline, date/info line, subtitle, a form's fields. */
export function furniture(infos: ScoredLine[], i: number, isByline: (i: number) => boolean): boolean {
  const x = infos[i];
  return isByline(i) || isSubtitle(x.folded) || x.verdict === "date" || x.reason === "metadata" || (fieldShaped(x.folded) && !wordedHeadline(x.folded));
}

/**
 * How strongly a line shows it is a headline: 3 by the print stack (a dashed 副题 right under it,
 * twenty-first wave), 2 by its wording (names a document, quotes,
 * asks, or is set in two parts `X：Y`/`X｜Y`), 1 by its place (the furniture, the body or a
 * paragraph follows it directly), 0 not at all. A page's name or a form's field: 0.
 */
export function headlineEvidence(infos: ScoredLine[], i: number, bodyStart: number, isByline: (i: number) => boolean): number {
  const f = infos[i].folded.trim();
  if (pageName(f) || inFieldRun(infos, i) || serialName(infos, i)) return 0;
  const j = nextLive(infos, i);
  if (j >= 0 && j < bodyStart && hangsSubtitle(infos, i, j)) return 3;
  if (wordedHeadline(f) && !occasionName(f)) return 2;
  return j < 0 || j >= bodyStart || furniture(infos, j, isByline) || paragraphLine(infos[j].folded) ? 1 : 0;
}

/**
 * Worded as a headline: names a document (`关于…`, `…的建议`, `…发言摘登`; the bare noun
 * `建议` is a section's heading), quotes, asks, or is set in two parts (`高标准农田：建得好，更要管得好`, `委员建言｜…`).
 */
export function wordedHeadline(folded: string): boolean {
  const f = folded.trim();
  if (((TITLE_WORDS.test(f) || /(?:摘登|摘编|实录|纪要)$/.test(f)) && f.length > 4) || /[“”"「」《》『』]/.test(f) || /[?？]/.test(f)) return true;
  return f.length <= 36 && /^[^:：｜|丨]{2,14}[:：｜|丨]\s*\S{6,}/.test(f) && !CAST_LABEL.test(f); // a cast line (line-shapes.ts) is no two-part headline
}

/**
 * The name of an occasion or a display — a consultation meeting, a forum, an exhibition
 * (`某市政协“书香乡村”专题协商成果展`, `第二届某某论坛`) — set over the headline on the first
 * board, slide or page of what was shown or handed out there. Its quotes are the theme's
 * name, no headline's wording: the headline under it names the document. A line that
 * holds the occasion (`市政协举办“书香乡村”成果展`) is a news headline and no name: it has
 * a verb of holding, or a clause mark (2026-12-05, eighteenth wave).
 */
const OCCASION_NOUN = /(?:展览|展|协商会|座谈会|研讨会|论坛|报告会|恳谈会|议事会)$/;
const HOLDING_VERB = /举办|举行|召开|开幕|闭幕|启动|开展|亮相|走进|推出|迎来|参观|观展/;
export function occasionName(folded: string): boolean {
  const f = folded.trim();
  return f.length >= 6 && f.length <= 30 && OCCASION_NOUN.test(f) && !HOLDING_VERB.test(f) && !/[,;:。!?、，；：？！\s]/.test(f);
}

/**
 * A print headline's 副题 (`——访…`, `——在…上的发言`) hangs right under the headline: the line
 * just over a dashed subtitle is the headline, whatever a line above it (a magazine's issue line,
 * a site's column bar) quotes or names. The headline's own words say nothing here; the stack does.
 */
function hangsSubtitle(infos: ScoredLine[], i: number, j: number): boolean {
  return j >= 0 && isSubtitle(infos[j].folded.trim()) && neighbourIndex(infos, i, 1) === j && !isSubtitle(infos[i].folded.trim());
}

/** A line of running text, or of a paragraph wrapped in a narrow column: a clause break inside. */
function paragraphLine(f: string): boolean {
  return f.length >= 10 && /[。；;，,、]/.test(f);
}

/**
 * A sentence (`。`, `；`) or a run of clauses: never a headline, however short its line. The
 * clause marks inside quotes are the quoted words' own (`怎样才能“敢贷、愿贷、能贷”？`): a
 * headline quoting a slogan is no run of clauses (2026-12-03, third wave).
 */
function sentence(f: string): boolean {
  const own = f.replace(/[“"「『][^“”"「」『』]{0,24}[”"」』]/g, "“”");
  return /[。；;]/.test(own) || (own.match(/[，,、]/g) ?? []).length >= 2;
}

/** A speaker's line (`记者：…为什么推进得慢？`): a label, then a sentence to its end. An interview's question, no headline. */
function spoken(f: string): boolean {
  return /^[^\s:：“”"《》]{1,8}\s*[:：]/.test(f.trim()) && /[。?？!！]$/.test(f.trim());
}

/** Han characters, CJK punctuation and spaces only: how a headline, its wrapped tail or a 副题 is set. */
function plainHan(f: string): boolean {
  return /^[\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f“”‘’、·\s]+$/.test(f.trim());
}

function nextLive(infos: ScoredLine[], i: number): number {
  for (let j = i + 1; j < infos.length; j++) if (infos[j].text && (!infos[j].reason || infos[j].reason === "metadata")) return j;
  return -1;
}

/**
 * The headline by position: when a candidate nearer the body shows more evidence than the
 * chain's pick, the nearest of those with the most evidence is the headline.
 */
export function nearerHeadline(
  infos: ScoredLine[],
  candidates: readonly number[],
  bodyStart: number,
  pick: number,
  isByline: (i: number) => boolean,
): number {
  if (pick < 0) return pick;
  // The head ends at the body or where running text starts: a sentence, or a paragraph's
  // line that running text continues (a paragraph wrapped in a narrow column).
  const running = (k: number) => k >= 0 && (sentence(infos[k].folded) || paragraphLine(infos[k].folded));
  // (A line that closes on `？`/`！` is complete in itself: a headline that asks, not a wrapped fragment; and a line
  // over a dashed 副题 is a headline, commas and all: twenty-first wave.)
  let end = pick + 1;
  while (end < bodyStart && !(infos[end].text && !infos[end].reason && !hangsSubtitle(infos, end, nextLive(infos, end)) && (sentence(infos[end].folded) || (paragraphLine(infos[end].folded) && !/[?？!！]$/.test(infos[end].folded) && running(nextLive(infos, end)))))) end++;
  const later = candidates.filter((j) => j > pick && j < end && !spoken(infos[j].folded));
  const own = headlineEvidence(infos, pick, bodyStart, isByline);
  const shown = later.map((j) => ({ j, e: headlineEvidence(infos, j, bodyStart, isByline) })).filter((x) => x.e > own);
  if (!shown.length) return pick;
  // A plain headline right over its wrapped tail or its 副题 without a dash (the very next
  // line, no chrome between) keeps the title, unless the line under it is worded as the
  // headline and it is not (then the first is a kicker, 引题).
  const next = shown[0].j === neighbourIndex(infos, pick, 1) ? shown[0] : null;
  const f = infos[pick].folded;
  if (next && danglingTitle(f)) return pick;
  if (next && next.e < 2 && plainHan(f) && !pageName(f) && !inFieldRun(infos, pick)) return pick;
  const best = Math.max(...shown.map((x) => x.e));
  return shown.filter((x) => x.e === best).at(-1)!.j;
}
