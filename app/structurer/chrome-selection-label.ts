/**
 * Removes a page's label for the selected speeches and an app's account name over its info
 * line, and keeps a headline over a news brief's lede (first written for holdout-9): a page's label for the
 * speeches it prints (`“某某”协商会发言选登`) over the page's own headline, an app's account
 * name over its info line, and the news brief's `本报讯` lede that keeps the line above it a
 * headline (never a caption or a column label; chrome.ts, head.ts). Each run looks at the
 * head's first lines only. Runs on the folded line (see fold.ts).
 */
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
