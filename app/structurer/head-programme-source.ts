/**
 * The publisher of a broadcast or a series (source, issue #12 item 2): a podcast's or a column's series over
 * its numbered episode, a station's line over its programme. Read by head.ts when no masthead, account line or
 * agency names the source, as head-source.ts reads a name over a date line.
 */
import { cut } from "./head-shapes";
import { fold } from "./fold";
import { NOT_A_NAME, type Line } from "./head-source";

/**
 * 2026-12-03: a series over its episode. A headline numbered as an episode or an issue of a
 * series (`EP18｜…`, `Vol.3 …`, `第12期｜…`, `第5集：…`) hangs from the series; the series' name
 * is the line right over it (a podcast, a programme, a column of an account: `某某政协·声`),
 * and it is the publisher — the source when nothing else names one. The name is the whole
 * line when it is one name (Han or Latin, a `·` inside), else nothing.
 */
const EPISODE = /^(?:EP|Ep|ep|Vol\.?|VOL\.?|第\s*\d{1,4}\s*[期集讲])\s*\d{0,4}\s*[|｜丨:：.\s]/;
const SERIES_NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·]{1,19}$/u;

/**
 * 2026-12-05 (nineteenth wave): or the series' name stands over the headline before its episode's number (`播客｜某某有商量
 * EP.23`, `音频｜委员茶座 第17期`), maybe behind the medium's label (播客, 音频, 视频, 节目, 栏目, 电台: what the page is).
 */
const SERIES_ISSUE = /^(?:(?:播客|音频|视频|节目|栏目|电台)\s*[|｜丨:：·]\s*)?([\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z·]{1,19}?)\s*(?:(?:EP|Ep|ep|Vol|VOL|No|NO)\.?\s*\d{1,4}|第\s*\d{1,4}\s*[期集讲])$/u;

export function seriesName(lines: readonly Line[], titleLine: number): string | null {
  if (titleLine < 1) return null;
  let i = titleLine - 1;
  while (i >= 0 && !lines[i].folded) i--;
  if (i < 0) return null;
  const name = lines[i].text.trim();
  if (EPISODE.test(lines[titleLine].folded.trim())) return SERIES_NAME.test(name) && !NOT_A_NAME.test(name) ? name : null;
  const issued = SERIES_ISSUE.exec(lines[i].folded.trim())?.[1];
  return issued && !NOT_A_NAME.test(issued) ? cut(lines[i].text, lines[i].folded, issued) : null;
}

/**
 * 2026-12-04 (thirteenth wave): a broadcaster's line over a programme's page or transcript — the station's name (ending
 * in 广播, 电台, 之声 or 广播电视台), its frequency (`FM 99.6`, `调频96.3`) and maybe the programme in title marks
 * (`某省交通广播 FM 99.6《委员热线》`): the station aired the programme, the source when nothing else names one, as a
 * paper's masthead is. Only above the headline; the frequency is what tells a station's line from a sentence.
 * 2026-12-05 (seventeenth wave): the channel may stand between name and frequency (`某某人民广播电台 新闻频率FM96.8`).
 */
const STATION_LINE = /^([\u4e00-\u9fff]{2,16}?(?:广播电视台|广播电台|广播|电台|之声))(?:\s*[\u4e00-\u9fff]{2,8}(?:频率|频道))?\s*(?:FM|AM|调频|中波)\s*\d{2,4}(?:\.\d{1,2})?\s*(?:MHz|兆赫|千赫)?\s*(?:《[^《》]{2,16}》)?$/i;

/**
 * 2026-12-04 (fourteenth wave): a broadcaster's own name needs no frequency when the line is nothing but the station
 * — bare over its programme's lines, with its channel (`…新闻综合频道`), the programme in title marks and what the page
 * is (`…电视台《某某》节目文字稿`), or after the air date (`DATE, 某某人民广播电台`, under the headline). The name ends in
 * a broadcaster's word (电视台, 广播电视台, 广播电台 — a `…广播` or `…之声` alone may name a programme, so those keep the
 * frequency); the line's shape, anchored at both ends, is what no sentence has.
 */
const STATION_ONLY = /^(?:\d{4}年\d{1,2}月\d{1,2}日\s+)?([\u4e00-\u9fff]{2,14}?(?:广播电视台|人民广播电台|广播电台|电视台))(?:\s*[\u4e00-\u9fff]{2,8}(?:频道|广播))?\s*(?:《[^《》]{2,16}》)?\s*(?:节目)?(?:文字稿|文字实录|实录)?$/;

export function stationName(lines: readonly Line[], titleLine: number): string | null {
  for (let i = 0; i < (titleLine >= 0 ? titleLine : Math.min(lines.length, 8)); i++) {
    const m = STATION_LINE.exec(lines[i].folded.trim());
    if (m) return cut(lines[i].text, lines[i].folded, m[1]);
  }
  // The station's line alone, above the headline or in the few lines under it.
  for (let i = 0; i < Math.min(lines.length, titleLine >= 0 ? titleLine + 3 : 8); i++) {
    const m = i !== titleLine ? STATION_ONLY.exec(lines[i].folded.trim()) : null;
    if (m) return cut(lines[i].text, lines[i].folded, m[1]);
  }
  return null;
}

/**
 * 2026-12-05 (seventeenth wave): a programme's name in title marks over its transcript (`《委员面对面》第12期`) is
 * read as a masthead, as a journal's issue line is; but under a broadcaster's own line (stationName) the
 * programme is the station's, as a column is its paper's — the station aired it and is the source.
 */
export function stationOverProgramme(lines: readonly Line[], titleLine: number, masthead: string | null): string | null {
  if (!masthead) return null;
  const marked = `《${fold(masthead.trim())}》`;
  const head = lines.slice(0, titleLine >= 0 ? titleLine : Math.min(lines.length, 8));
  return head.some((l) => l.folded.includes(marked)) ? stationName(lines, titleLine) : null;
}
