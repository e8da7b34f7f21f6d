/**
 * Chrome rules over runs of lines — a poll's question, a forwarded or signed e-mail, an author
 * card, a headline's ornament (first written for holdout-11) — called from chrome.ts after the
 * one-line rules:
 * - a poll's question: a short question right above the poll's kind (`单选`) or its first
 *   option with votes is the poll's, not the text's;
 * - a forwarded e-mail (`-------- 原始邮件 --------`, `Forwarded message`): when mail headers
 *   (`发件人:`, `主题:`) open the text, everything above the separator is the forwarding mail
 *   (headers, greeting, note, sender's name), and the header fields right under it are the
 *   original's; a signature separator (`--` alone, RFC 3676) after the text opens the
 *   signature block (name, post, phone) down to the end;
 * - an author card: the short bio under the author's name, right above a follow button
 *   (`某某某` / `区政协委员，长期关注养老` / `关注她`: Zhihu, Jianshu, Toutiao);
 * - a headline's ornament: a speech's headline marked with a symbol (`◆ 社区食堂要办得长久`, `◇ …`, `■ …`)
 *   right above its byline (`□ 某某`) is a headline, not a bullet item: the symbol goes, so
 *   the page's speeches open their documents as a plain headline over a byline does.
 */
import { fold } from "./fold";
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { parseLineMarker } from "./markers";
import { endsSentence } from "./line-shapes";
import { tableHeader } from "./table-rows";
import { markNotes } from "./chrome-notes";
import { POLL_KIND, POLL_OPTION } from "./chrome-embeds-polls";

/** A mail header field (Chinese or English clients). */
export const MAIL_HEADER = /^(?:发件人|收件人|抄送|密送|发送时间|发件时间|日期|主题|附件|from|to|cc|bcc|sent|date|subject)\s*:\s*\S/i;
/** The separator above a forwarded or quoted original (a Chinese client may write `转发的邮件`, 2026-12-04, fourteenth wave). */
export const MAIL_ORIGINAL = /^[-—=_]{2,}\s*(?:原始邮件|转发的?邮件|原邮件|邮件原文|original message|forwarded message)\s*[-—=_]{2,}$/i;
/** A follow button under an author's name. */
const FOLLOW_AUTHOR = /^\+?\s*关注(?:他|她|TA|作者|我)?$/i;
/** A headline's ornament symbol. */
const ORNAMENT = /^[◇◆■▲△●★☆♦]\s*/;
/** A byline under a speech's headline: `□ 某某`, `■ 致公党某市委会` (a name or body, no sentence). */
const MARKED_BYLINE = /^[□■◎]\s*[^\s。,;:!?]{2,20}$/;

export function markRound13(infos: LineInfo[], out: string[], kept: (i: number) => boolean): void {
  const free = (i: number) => i >= 0 && !isBlank(infos[i]) && !infos[i].reason && !kept(i);
  const next = (i: number) => neighbourIndex(infos, i, 1);
  const prev = (i: number) => neighbourIndex(infos, i, -1);
  infos.forEach((info, i) => {
    const f = info.folded;
    // A table's header row is content, never a navigation bar (see table-rows.ts).
    if (info.reason === "navigation" && !kept(i) && tableHeader(f)) info.reason = null;
    // An annex's label right over the annex's table (`附件：重点任务分工表`) heads what follows:
    // content, unlike an attachment line whose file is not in the text.
    const below = next(i);
    if (info.reason === "metadata" && !kept(i) && /^附件\s*\d{0,2}\s*:/.test(f) && below >= 0 && tableHeader(infos[below].folded)) info.reason = null;
    // A poll's question over its kind or options.
    const j = next(i);
    if (free(i) && f.length <= 40 && /\?$/.test(f) && j >= 0 && (POLL_KIND.test(infos[j].folded) || POLL_OPTION.test(infos[j].folded))) info.reason = "widget";
    // An author's bio between the name and the follow button.
    const p = prev(i);
    if (free(i) && f.length <= 24 && !endsSentence(f) && j >= 0 && FOLLOW_AUTHOR.test(infos[j].folded) && p >= 0 && /^[\u4e00-\u9fff·]{2,4}$/.test(infos[p].folded)) info.reason = "credit";
    // An account's name over its info line that names it again (`某某县新闻中心` /
    // `2026-03-02 08:15 · 原创 · 某某县新闻中心官方账号`): the publisher, not the text.
    if (free(i) && f.length <= 16 && !endsSentence(f) && j >= 0 && infos[j].reason === "metadata" && /\d/.test(infos[j].folded) && infos[j].folded.includes(f) && infos[j].folded.length > f.length + 6) info.reason = "masthead";
    // A headline's ornament over a byline.
    if (free(i) && ORNAMENT.test(f) && j >= 0 && MARKED_BYLINE.test(infos[j].folded)) {
      const rest = f.replace(ORNAMENT, "");
      if (rest.length >= 4 && rest.length <= 30 && !/[。;!?,:]/.test(rest)) {
        out[i] = out[i].replace(/^(\s*)[◇◆■▲△●★☆♦]\s*/, "$1");
        info.text = info.text.replace(ORNAMENT, "");
        info.folded = fold(info.text);
        info.marker = parseLineMarker(info.text, info.folded);
      }
    }
  });
  markMail(infos, kept);
  markNotes(infos, kept);
}

function markMail(infos: LineInfo[], kept: (i: number) => boolean): void {
  const free = (i: number) => !isBlank(infos[i]) && !kept(i);
  const head = infos.findIndex((x) => !isBlank(x));
  if (head < 0 || !MAIL_HEADER.test(infos[head].folded)) return;
  // Two header fields, one naming a sender or recipient: a meeting's `主题：` line alone is no mail.
  const fields = infos.slice(head, head + 6).filter((x) => MAIL_HEADER.test(x.folded));
  if (fields.length < 2 || !fields.some((x) => /^(?:发件人|收件人|from|to)\s*:/i.test(x.folded))) return;
  const sep = infos.findIndex((x) => MAIL_ORIGINAL.test(x.folded));
  // The forwarding mail: its headers, greeting, note and sender's name.
  const end = sep >= 0 ? sep : head;
  for (let i = head; i <= end; i++) if (free(i) && infos[i].folded.length <= 200) infos[i].reason ??= "metadata";
  // The original's header fields right under the separator (or the first mail's, unforwarded).
  for (let i = end + 1; i < infos.length; i++) {
    if (isBlank(infos[i])) continue;
    if (!MAIL_HEADER.test(infos[i].folded)) break;
    if (free(i)) infos[i].reason = "metadata";
  }
  // The signature block: `--` alone after the text, down to the end.
  const sig = infos.findIndex((x, i) => i > end && /^--\s*$/.test(x.folded));
  if (sig < 0 || infos.slice(sig + 1).some((x) => x.folded.length > 60)) return;
  for (let i = sig; i < infos.length; i++) if (free(i)) infos[i].reason ??= "contact";
}
