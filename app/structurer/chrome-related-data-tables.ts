/**
 * Removes platform prompts, sponsor notes, closing related lists and a disclosure page's title
 * field, and keeps data tables pasted as rows (found by writing fresh texts, `news-site-160`
 * … `-164`). Each reads the line's grammar, shape or position, never one page's phrases:
 *
 * - a platform's prompt in two clauses: go somewhere (打开, 返回, 前往, 下载, 进入) and what the
 *   reader gains there (`打开今日头条，阅读体验更佳`, `返回搜狐，查看更多`);
 * - a sponsor's note: the page itself (本期内容, 本文, 本节目 …) said to be backed by someone
 *   (`本期内容由某某冠名支持，…`);
 * - a related list that closes the page: under a related head (`相关新闻`, `相关推荐`), lines
 *   of at most one sentence each — linked headlines written as sentences, their summaries,
 *   their `来源 · N阅读` rows — up to the page's end or its chrome;
 * - a disclosure page's title field (`标\u3000\u3000题：关于…的答复`) whose value stands again below as
 *   the headline: a cell of the index table, not the title line;
 * - and, the other way round, a data table pasted as rows is content: a header row of words
 *   over rows of figures with as many cells (tabs or wide spaces) is no menu
 *   (`keepDataTables`), and a run of `label figure` rows whose every value is a quantity
 *   (`每餐成本 9.6元`) is no form (`quantityValue`, read by chrome-buttons-comment-rows.ts).
 *
 * Runs on the folded line (fold.ts); every walk is linear.
 */
import { RELATED_HEAD } from "./chrome-patterns";
import { endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

type Info = { text: string; folded: string; reason: ChromeReason | null };

/** Go to the platform, then what the reader gains there (one short clause each). */
const PLATFORM_PROMPT =
  /^(?:打开|返回|前往|下载|进入|去)[^,。!?]{1,12},\s*(?:阅读|查看|浏览|观看|看|获取)(?:体验)?(?:更佳|更好|更多|全文|原文|完整)[^,。!?]{0,6}[。!]?$/;

/** The page itself (本期内容, 本文, 本节目 …) backed by a sponsor. */
const SPONSOR_NOTE =
  /^(?:本期(?:内容|节目|栏目)?|本文|本篇|本节目|本栏目|本次推送|本内容)(?:由|获)[^。]{1,30}(?:冠名|赞助|特约|独家支持|鼎力支持|支持播出|提供支持|倾情支持)/;

/** A related head in other words: what is related, more, hot or picked for you, and the kind of item. */
const RELATED_HEAD_MORE = /^[【[]?\s*(?:相关|更多|热门|热点|延伸|为你|为您|猜你)(?:推荐|阅读|内容|文章|资讯|喜欢|回答)\s*[】\]]?\s*[:>»]?$/;

/** A related list's head by name (RELATED_HEAD), short and no sentence. */
export function relatedHead(f: string): boolean {
  if (f.length > 40 || !RELATED_HEAD.test(f)) return false;
  // A linked headline after the label and a colon may ask or exclaim (`相关阅读：停车难，怎么破？`):
  // a headline has no full stop, so only 。 and … make it a sentence (2026-12-04, fifteenth wave).
  return relatedLinkInline(f) ? !/[。…]/.test(f.replace(RELATED_HEAD, "")) : !endsSentence(f);
}

/** The related label carries its one link on the line (`延伸阅读：…`): no list follows it. */
export function relatedLinkInline(f: string): boolean {
  const linked = f.replace(RELATED_HEAD, "");
  return linked.length > 0 && /[:：]\s*$/.test(f.slice(0, f.length - linked.length));
}

export function relatedDataTablesVerdict(f: string): ChromeReason | null {
  if (RELATED_HEAD_MORE.test(f)) return "related";
  if (f.length <= 30 && PLATFORM_PROMPT.test(f)) return "ad";
  if (f.length <= 100 && SPONSOR_NOTE.test(f)) return "ad";
  return null;
}

/** A related head alone on its line (the reason the line verdict gave it). */
function isRelatedHead(info: Info): boolean {
  return info.reason === "related" && info.folded.length <= 12;
}

/** At most one sentence, short (a linked headline, its `来源 · N阅读` row); longer only as the summary under a headline. */
function listLine(f: string, underHeadline: boolean): boolean {
  // A teaser cut off with an ellipsis under its headline (`……停了……`): the summary of another item.
  if (underHeadline && f.length <= 80 && /(?:…|\.\.\.)$/.test(f)) return true;
  if (f.length > (underHeadline ? 80 : 50)) return false;
  const body = f.replace(/[。!?…]+["'”’」』)]*$/, "");
  return !/[。!?]/.test(body) && !/^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、])/.test(f);
}

/**
 * A related list closing the page: from the last related head to the end, every line is chrome
 * already or one short sentence at most (a linked headline, the summary under it, its
 * `来源 · N阅读` row), and the page's chrome (a footer, a button, a counter) follows the last of
 * them. A longer line, or no chrome after the list, leaves it alone: the text may go on under a
 * line that only looks like a related head.
 */
function markClosingRelated(infos: Info[], kept: (i: number) => boolean): void {
  let head = -1;
  for (let i = infos.length - 1; i >= 0; i--) if (isRelatedHead(infos[i])) { head = i; break; }
  if (head < 0) return;
  const items: number[] = [];
  let lastChrome = -1;
  let prev = "";
  for (let j = head + 1; j < infos.length; j++) {
    const x = infos[j];
    if (!x.text) continue;
    if (x.reason) {
      lastChrome = j;
      continue;
    }
    // A headline (no full stop) may carry its summary on the next line.
    if (kept(j) || !listLine(x.folded, prev !== "" && !/。$/.test(prev))) return;
    items.push(j);
    prev = x.folded;
  }
  if (lastChrome < items[items.length - 1] || items.length < 2 || items.length > 16) return;
  for (const j of items) infos[j].reason = "related";
}

/**
 * A title field of an index table: `标题：X` with spaces inside the label (U+3000 folded); an OA
 * system's record names the file the same way with its kind first (`文件标题：`, `公文标题：`,
 * 2026-12-04, fifteenth wave).
 */
const TITLE_FIELD = /^(?:(?:文件|公文|来文|发文|收文)?标\s*题|题\s*名|文件名称|名\s*称)\s*:\s*(.{4,})$/;

/** The title field whose value stands again below as a line of its own: a cell of the table. */
function markTitleFieldEcho(infos: Info[], kept: (i: number) => boolean): void {
  const fields: { i: number; value: string }[] = [];
  infos.forEach((info, i) => {
    if (!info.text || kept(i)) return;
    const m = TITLE_FIELD.exec(info.folded);
    if (m) fields.push({ i, value: m[1].trim() });
    for (const f of fields) if (i > f.i && info.folded === f.value && !infos[f.i].reason) infos[f.i].reason = "metadata";
  });
}

/** Cells of a pasted table row: tabs or spaces. */
function tableCells(text: string): string[] {
  // The line's view folds a tab to a space: any run of spaces parts two cells.
  return text.trim().split(/\s+/).filter(Boolean);
}

/** A cell holding a figure: digits, maybe a time, a decimal, a unit. */
const FIGURE_CELL = /^[\d.:：,%~\-至]+[\p{Script=Han}a-z%]{0,3}$/u;

/** A row kept, or given a reason by the shape rules only: short cells read as a menu, figures as counters. */
const SHAPE_REASONS = new Set<ChromeReason | null>([null, "navigation", "widget", "page-number", "metadata"]);

/**
 * A data table pasted as rows: a header row of three or more short word cells (no digits, no
 * sentence) over two or more rows with as many cells, each of them with two figures at least.
 * The menu and counter rules read such rows as navigation or page numbers; they are the text's
 * data. Called before the body is measured and again after the positional rules.
 */
export function keepDataTables(infos: Info[], kept: (i: number) => boolean): void {
  for (let i = 0; i < infos.length; i++) {
    const h = infos[i];
    if (!h.text || kept(i) || !SHAPE_REASONS.has(h.reason)) continue;
    const head = tableCells(h.text);
    if (head.length < 3 || head.some((c) => /\d|[,。!?:]/.test(c) || c.length > 8)) continue;
    const rows: number[] = [];
    for (let j = i + 1; j < infos.length; j++) {
      const x = infos[j];
      if (!x.text) continue;
      const cells = tableCells(x.text);
      if (cells.length !== head.length || cells.filter((c) => FIGURE_CELL.test(c)).length < 2 || !SHAPE_REASONS.has(x.reason)) break;
      rows.push(j);
    }
    if (rows.length < 2) continue;
    for (const k of [i, ...rows]) infos[k].reason = null;
    i = rows[rows.length - 1];
  }
}

/** A quantity: a figure (maybe a range) with a measure word or unit (`9.6元`, `3至5元`, `12%`). */
const QUANTITY =
  /^约?[\d.]+(?:\s*(?:至|到|-|~)\s*[\d.]+)?\s*(?:万|亿|千)?(?:元|%|个|人|次|件|处|所|家|条|座|台|张|份|名|倍|户|辆|吨|天|小时|分钟|岁|公里|千米|米|平方米|亩|班|趟|床|间)(?:\/[\p{Script=Han}]{1,2})?$/u;

/** A form row's value that is a quantity: the row is a figure of the text, not a form field. */
export function quantityValue(value: string): boolean {
  return QUANTITY.test(value.trim());
}

/*
 * A chart pasted as text (2026-12-05, twentieth wave). A paper's 数读 page, an account's 一图读懂 post
 * or a portal's bar chart comes through the clipboard as its residue: a legend (`充电桩总量（个）`), an
 * axis row of years, a row of bare figures, maybe a second legend and row (`车桩比` over ratios), then
 * the data's source (`数据来源：…`). The paragraphs say what the picture shows; its rows are the
 * picture's, removed like a caption. Unlike a data table (`keepDataTables`) no header row of words
 * stands over the figures: every row is figures only, all with one count of cells (the series share
 * the axis). A legend above the first row must name its unit (`（个）`, `(%)`) or be a `单位：` line —
 * a short headline may stand there too; between the rows any short label without punctuation is one.
 */
/** A chart cell: a figure, a year or month (`2026年10月`), a ratio or a percentage; at most two Han words. */
const CHART_CELL = /^[+\-−]?\d[\d.,:%‰]*(?:[\u4e00-\u9fff]{1,2}[\d.]*){0,2}$/;
/** A legend naming its unit in brackets, or a unit line. */
const UNIT_LEGEND = /^(?:[^,。;:!?]{2,14}[(（][^()（）]{1,4}[)）]|单位\s*:\s*[^,。;:!?]{1,6})$/;
/** A short label between two rows: no punctuation, some Han. */
const ROW_LABEL = /^[^,。;:!?“”"]{2,14}$/;
/** The data's source under the chart, and a chart maker's credit. */
const CHART_SOURCE = /^(?:(?:数据|资料)来源|来源|制图|制表)\s*:\s*[^。!?]{1,30}$/;

/** The figure cells of a chart row (two or more, set apart by a tab, wide or doubled spaces), or null. */
function chartRow(text: string): number | null {
  const t = text.trim();
  if (!/\t|\u3000| {2}/.test(t)) return null;
  const cells = tableCells(t);
  return cells.length >= 2 && cells.every((c) => c.length <= 12 && CHART_CELL.test(c)) ? cells.length : null;
}

/** Mark a chart's residue: two or more figure rows of one width with their legends and source. */
function markChartResidue(infos: Info[], kept: (i: number) => boolean): void {
  const live = infos.map((x, i) => i).filter((i) => infos[i].text);
  for (let n = 0; n < live.length; n++) {
    const width = chartRow(infos[live[n]].text);
    if (width === null) continue;
    // A header row of words over the figures makes a data table: the text's, not a picture's.
    const above = n > 0 ? tableCells(infos[live[n - 1]].text) : [];
    if (above.length >= 2 && chartRow(infos[live[n - 1]].text) === null) continue;
    const run = n > 0 && UNIT_LEGEND.test(infos[live[n - 1]].folded) ? [live[n - 1]] : [];
    let rows = 0;
    let m = n;
    while (m < live.length) {
      const f = infos[live[m]].folded;
      if (chartRow(infos[live[m]].text) === width) {
        run.push(live[m]);
        rows++;
        m++;
        continue;
      }
      // A label stands between two rows only: the one after it must be a row of the same width.
      if (ROW_LABEL.test(f) && /[\u4e00-\u9fff]/.test(f) && m + 1 < live.length && chartRow(infos[live[m + 1]].text) === width) {
        run.push(live[m]);
        m++;
        continue;
      }
      break;
    }
    while (m < live.length && CHART_SOURCE.test(infos[live[m]].folded)) run.push(live[m++]);
    if (rows >= 2 && !run.some(kept)) for (const i of run) infos[i].reason ??= "caption";
    n = m - 1;
  }
}

export function markWave6(infos: Info[], kept: (i: number) => boolean): void {
  markChartResidue(infos, kept);
  keepDataTables(infos, kept);
  markClosingRelated(infos, kept);
  markTitleFieldEcho(infos, kept);
}

