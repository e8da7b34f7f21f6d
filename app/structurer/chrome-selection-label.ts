/**
 * Removes a page's label for the selected speeches and an app's account name over its info
 * line, and keeps a headline over a news brief's lede (first written for holdout-9): a page's label for the
 * speeches it prints (`“某某”协商会发言选登`) over the page's own headline, an app's account
 * name over its info line, and the news brief's `本报讯` lede that keeps the line above it a
 * headline (never a caption or a column label; chrome.ts, head.ts). Each run looks at the
 * head's first lines only. Runs on the folded line (see fold.ts).
 */
import { nextLiveLine } from "./chrome-lines";
import { DATE_RE, PUBLICATION } from "./head-shapes";
import type { ChromeReason } from "./types";

/**
 * A page's label for the speeches or proposals it prints: `“安全发展”界别协商会发言选登`,
 * `委员发言摘登`, `提案摘编`. A headline never ends in an editor's word for what was selected.
 */
const SELECTION_LABEL = /^(?![-—─－])[^。,;:!?、]{0,24}?(?:发言|建言|建议|提案|观点|言论|声音)(?:选登|摘登|摘编|选编|摘要|集萃|撷英)$/;

/** A news brief's lede: `本报讯 …`, `本台讯（记者 某某）…`. */
export const NEWS_BRIEF = /^\s*(?:本报|本刊|本台|本网)讯/;

type LineInfo = { text: string; folded: string; reason: ChromeReason | null };

/** A headline of its own: short, no sentence marks, no colon or comma, no speaker's post. */
const OWN_HEADLINE = (f: string) => f.length >= 4 && f.length <= 30 && !/[。,;:!?、]|委员|代表|常委/.test(f);

/**
 * A selection label (`“某某”协商会发言选登`) is the page's headline when the speeches follow it
 * (a byline, an author line, a speech's headline, the meeting's lede); when the page's own
 * headline and its news brief stand under it (`守牢安全发展底线` over `本报讯 …`), it is the
 * column label above them.
 */
export function markSelectionLabel(infos: LineInfo[], kept: (i: number) => boolean): void {
  const head = Math.min(infos.length, 12);
  for (let i = 0; i < head; i++) {
    const info = infos[i];
    if (!info.text || info.reason || kept(i) || info.folded.length > 40 || !SELECTION_LABEL.test(info.folded)) continue;
    let j = i + 1;
    while (j < infos.length && (!infos[j].text || infos[j].reason)) j++;
    let k = j + 1;
    while (k < infos.length && (!infos[k].text || infos[k].reason)) k++;
    if (k < infos.length && OWN_HEADLINE(infos[j].folded.trim()) && NEWS_BRIEF.test(infos[k].folded)) info.reason = "column";
    return;
  }
}

/** A platform's info line: a date and time, then the account (`2026-08-06 19:42 · 某某融媒体中心官方账号`). */
const ACCOUNT_INFO = /账号|号主|来自|发布于|发表于|作者/;

/**
 * An app's account name right over its info line (`某某融媒` / `2026-08-06 19:42 · 某某官方账号`):
 * the account that published the post, never the text.
 */
export function markAccountName(infos: LineInfo[], kept: (i: number) => boolean): void {
  // Anywhere on the page: staff may paste several posts, each under its own account card.
  for (let i = 1; i < infos.length - 1; i++) {
    const info = infos[i];
    if (!info.text || info.reason || kept(i) || info.folded.length > 16 || !PUBLICATION.test(info.folded)) continue;
    const next = infos[i + 1];
    if (next.reason === "metadata" && DATE_RE.test(next.folded) && ACCOUNT_INFO.test(next.folded)) info.reason = "masthead";
  }
}

/** A glyph a page sets before a short piece's headline or name line (`◇ `, `◆`, `☆`). */
const PIECE_GLYPH = /^[◇◆□■●○☆★◎△▲]+\s*/;

/**
 * 2026-12-04 (thirteenth wave): a column's label over a short piece set with a glyph before its headline and its
 * author's name line under it (`委员微建议` / `◇ 给…空地“派活”` / `县政协委员 某某`, `委员来信` / `◆ …` / `… 某某`).
 * The label is a bare name of two to eight Han characters (no mark, digit or glyph of its own); the glyph line holds
 * a headline (four to thirty characters, no sentence stop or colon) and is no name line itself (`◎ 县政协委员 某某`
 * is a byline); the line under it is a name line (`isNameLine`: posts and a name). The label names the column, as a
 * column label over a newspaper's headline does, anywhere on the page (the piece may follow another article).
 * Returns the glyph lines: their glyph is the headline's decoration, not a byline's mark (a glyph before a bare
 * line marks a name, `□ 某某`, everywhere else), so the caller sets them without it.
 */
export function markColumnOverGlyphHeadline(infos: LineInfo[], kept: (i: number) => boolean, isNameLine: (text: string, folded: string) => boolean): number[] {
  const headlines: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (!info.text || info.reason || kept(i) || !/^[\u4e00-\u9fff]{2,8}$/.test(info.folded.trim())) continue;
    const j = nextLiveLine(infos, i);
    const k = j < 0 ? -1 : nextLiveLine(infos, j);
    if (k < 0 || !PIECE_GLYPH.test(infos[j].folded.trim())) continue;
    const headline = infos[j].folded.trim().replace(PIECE_GLYPH, "");
    const rawHeadline = infos[j].text.trim().replace(PIECE_GLYPH, "");
    if (headline.length < 4 || headline.length > 30 || /[。;!?:]/.test(headline) || isNameLine(rawHeadline, headline)) continue;
    if (!isNameLine(infos[k].text.trim(), infos[k].folded.trim())) continue;
    info.reason = "column";
    headlines.push(j);
  }
  return headlines;
}
