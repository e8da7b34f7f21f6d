/**
 * Head echo (eighth wave): how much of a head line's wording the article's body repeats.
 *
 * A headline states the article's topic, so its body echoes its words (`县政协协商助力村卫生室
 * “强筋壮骨”` → 村卫生室, 协商 … in the first paragraphs). Chrome above a headline — an account's
 * or app's name, a column or series label, a channel, a programme, a slogan — names the page, not
 * the article: the body repeats none of its words, or only the place and the level (`某某政协`).
 *
 * The measure reads two-character Han grams: the body's grams are collected once (a set over its
 * first BODY_CHARS characters: linear), and a line's echo is the share of its own content grams
 * found there. Grams of the level and body words every page of the portal uses (政协, 委员, 工作 …)
 * and grams standing before a level character (`青屿|市`: a place's name) say nothing of a topic.
 */

import { glyphKicker } from "./genre-kickers";
import { brokenTitleAbove, brokenTitleBelow } from "./head-broken-title";
import { headDate } from "./head-dates";
import { isByline, type HeadLine } from "./head-lines";
import { DATE_RE, isSubtitle } from "./head-shapes";
import { wordedHeadline } from "./title-score";

/** How much of the body is read: the lead and the first sections state the topic. */
export const BODY_CHARS = 1200;

const HAN = /[\u4e00-\u9fff]/;
/** A level character: the gram before it is a place's name (`青屿市`, `临川县`). */
const LEVEL = /[省市县区州盟旗镇乡]/;
/** Grams every consultation page uses, whatever its topic: institutions, levels and filler. */
const COMMON = new Set(
  "政协 委员 人大 代表 政府 人民 中国 全国 我们 一个 工作 发展 建设 推进 加强 开展 进行 相关 部门 全市 全县 全区 全省 本市 本县 我市 我县 我区 我省 今年 近年 年来 以来 通过 有关 社会 问题 情况 提出 建议 市政 县政 区政 省政 市委 县委 区委 省委 市人 县人 区人 省人 市级 县级".split(" "),
);

function grams(text: string, skipPlaces: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i];
    const b = text[i + 1];
    if (!HAN.test(a) || !HAN.test(b)) continue;
    const g = a + b;
    if (COMMON.has(g)) continue;
    if (skipPlaces && (LEVEL.test(text[i + 2] ?? "") || LEVEL.test(b))) continue;
    out.push(g);
  }
  return out;
}

/** The body's grams, built once per head (its first BODY_CHARS characters). */
export function bodyGrams(body: string): Set<string> {
  return new Set(grams(body.slice(0, BODY_CHARS), false));
}

export interface Echo {
  /** Distinct content grams of the line. */
  total: number;
  /** Of those, found in the body. */
  hits: number;
}

export function echo(line: string, body: ReadonlySet<string>): Echo {
  const own = new Set(grams(line, true));
  let hits = 0;
  for (const g of own) if (body.has(g)) hits++;
  return { total: own.size, hits };
}

/** A line echoed more than the pick: two hits more, and half its grams. */
function strongly(e: Echo, own: Echo): boolean {
  return unechoed(own) ? echoed(e) : e.hits >= own.hits + 2 && e.hits * 2 >= e.total;
}

/** The body echoes the line: two of its content grams or more, or half of them. */
export function echoed(e: Echo): boolean {
  return e.hits >= 2 || (e.total > 0 && e.hits * 2 >= e.total);
}

/** The body repeats none of the line's content words (a line with content grams at all). */
export function unechoed(e: Echo): boolean {
  return e.total >= 2 && e.hits === 0;
}

/** A line opening with a label and a colon: a field or a speaker's turn (`记者：…？`). */
const LABELLED = /^[^\s:：“”"《》]{1,8}\s*[:：]/;

/** A line that is one quotation and nothing else. */
const QUOTED_NAME = /^[《“"「『][^《》“”"「」『』]{2,16}[》”"」』]$/;

/** The body's grams from line `from` on (live lines only), or null when there is no body to read. */
export function headBody(infos: readonly HeadLine[], from: number): Set<string> | null {
  let text = "";
  for (let i = Math.max(0, from); i < infos.length && text.length < BODY_CHARS; i++) if (infos[i].text && !infos[i].reason) text += infos[i].folded + "\n";
  return text.length >= 60 ? bodyGrams(text) : null;
}

/**
 * (a) The chain's headline when the body does not echo it at all (no content gram of it in the
 * body), and a later head line that could be the headline is echoed: that line is the headline,
 * Or, weakly (fewer than a quarter of four or more grams: a programme sharing one word with the
 * topic, `《美丽农村大讲堂》` over a report on 农村改厕), when a later line is echoed strongly (two hits
 * more than the pick and half its own grams);
 * the first one the page's chrome over it (the loop over the lines above the headline marks it).
 * A print headline's figure of speech (`让夜归人“有车可乘”`) may echo nothing either: the rule
 * only moves the headline down to a line the body repeats, never up, never to a subtitle, a byline or a
 * labelled line (`记者：…？`, a field: a turn of the talk under its headline).
 */
export function echoedHeadline(infos: HeadLine[], candidates: readonly number[], pick: number, bodyStart: number, kept: (i: number) => boolean): number {
  if (pick < 0 || bodyStart >= infos.length || kept(pick)) return pick;
  const body = headBody(infos, bodyStart);
  // A worded pick moves only when the whole line is one quotation (`《某某新闻联播》`, `“有事好商量”`): a
  // programme's or slogan's name; a headline that quotes within its words (`一餐热饭里的“幸福账单”`) stays.
  const f = infos[pick].folded.trim();
  const own = body ? echo(f, body) : null;
  if (!body || !own || !(unechoed(own) || (own.total >= 4 && own.hits * 4 < own.total)) || (wordedHeadline(f) && !QUOTED_NAME.test(f))) return pick;
  // A headline a scan's wrap broke over two lines (`把协商桌搬进` / `“楼道里”`; head-broken-title.ts) is no label.
  if (brokenTitleAbove(infos, pick) >= 0 || brokenTitleBelow(infos, pick, (i) => isByline(infos[i])) >= 0) return pick;
  const next = candidates.find((j) => j > pick && j < bodyStart && !infos[j].reason && !isSubtitle(infos[j].folded) && !isByline(infos[j]) && !LABELLED.test(infos[j].folded.trim()) && strongly(echo(infos[j].folded, body), own));
  if (next === undefined) return pick;
  // The line left is the page's label; a worded one (`《某某新闻联播》`) would be spared as a headline's part above.
  infos[pick].reason = "column";
  return next;
}

/**
 * (b) A short line (≤ 12 characters, no final punctuation) above the headline that the body
 * does not echo, and that is no date, byline, subtitle, kicker or worded headline: the page's
 * label (an account, app, programme, channel, slogan), removed as a column label.
 */
export function unechoedLabels(infos: HeadLine[], titleLine: number, bodyStart: number, kept: (i: number) => boolean): void {
  if (titleLine <= 0) return;
  const body = headBody(infos, Math.max(titleLine + 1, Math.min(bodyStart, infos.length)));
  if (!body) return;
  for (let i = 0; i < titleLine; i++) {
    const x = infos[i];
    const f = x.folded.trim();
    if (!x.text || x.reason || kept(i) || f.length > 12 || /[。！？!?；;：:，,、…」』”）)]$/.test(f)) continue;
    // A print headline's stack: the 引题 right above a headline with a dashed 副题 is the article's words (head.ts).
    if (i === titleLine - 1 && isSubtitle(infos[titleLine + 1]?.folded ?? "")) continue;
    if (x.verdict === "date" || DATE_RE.test(headDate(f)) || isByline(x) || isSubtitle(f) || wordedHeadline(f) || glyphKicker(f) || x.marker) continue;
    if (unechoed(echo(f, body))) x.reason = "column";
  }
}

/**
 * (c) Ninth wave: a short label BETWEEN the headline and its dateline (`古村落保护` under the headline,
 * then `某某政协 2026-09-10`): a page's column or topic tag, printed under the headline as WeChat and
 * portals do. The body may well echo it (it names the topic's field), so echo does not decide: the
 * place does — right under the headline, right over a removed date line, ≤ 12 characters, no
 * punctuation, no date, byline, subtitle, kicker, quotation or question. A 副题 (a dash, or longer) stays.
 */
export function labelUnderHeadline(infos: HeadLine[], titleLine: number, kept: (i: number) => boolean): void {
  if (titleLine < 0) return;
  const next = (from: number) => {
    for (let j = from + 1; j < infos.length; j++) if (infos[j].text) return j;
    return -1;
  };
  const i = next(titleLine);
  const d = i < 0 ? -1 : next(i);
  if (i < 0 || d < 0 || infos[i].reason || kept(i)) return;
  const f = infos[i].folded.trim();
  const dateLine = infos[d].verdict === "date" || (!!infos[d].reason && DATE_RE.test(headDate(infos[d].folded)));
  if (!dateLine || f.length < 2 || f.length > 12 || !/^[\u4e00-\u9fff]+$/.test(f)) return;
  if (isByline(infos[i]) || isSubtitle(f) || wordedHeadline(f) || glyphKicker(f) || infos[i].marker || DATE_RE.test(headDate(f))) return;
  infos[i].reason = "column";
}

/**
 * (d) Twenty-first wave: the line right over a headline with a dashed 副题 is its 引题, the article's words —
 * unless it is the page's: printed again further down, word for word (a PDF's running head over every
 * page), or set with a pictograph (`星标⭐我们，第一时间…`: an app's prompt; print sets no emoji in a kicker).
 * (Whether the body echoes it says nothing: a kicker's figure of speech, `让书香飘进田间地头`, echoes nothing.)
 */
export function pageLineOverStack(infos: readonly HeadLine[], i: number): boolean {
  const f = infos[i].folded.trim();
  return /\p{Extended_Pictographic}/u.test(f) || infos.some((x, k) => k > i && x.folded.trim() === f);
}
