/**
 * Tenth wave (2026-12-04): interactive page widgets and page furniture met again, read by
 * shape and by repetition.
 *
 * - `markWidgets` (before the head is read, so no widget is taken for the headline):
 *   - a media player's line: a time pair `00:00 / 04:36` with a few words around it
 *     (`听新闻`, `▶ 播放`, `倍速 1.0x`) and no sentence;
 *   - a machine summary: a line opening with an AI or smart summary label (`AI摘要：`,
 *     `智能摘要：`, `AI总结：`) or closing with the note that a machine wrote it
 *     (`……内容由AI生成，仅供参考。`);
 *   - a poll block: two or more option lines under one option mark (`○`, `□`, `☐`, or letters
 *     in order `A.` `B.` `C.`), short and without a sentence, framed by the poll's question
 *     or kind above (`……吗？（单选）`, `多选`) and its counter or button below (`已有512人参与`,
 *     `312人已投票`, `提交`). The frame on both sides is the evidence: a list of options in the
 *     text (a survey's answers with their shares) has no counter under it.
 * - `markRepeatedChrome` (after every other rule): a line that is, verbatim, a line removed
 *   earlier on the page (the masthead and the date printed again on a jump page after
 *   `（下转第4版）`), standing next to a removed line, is removed as a repeat. The gold lists each chrome line once, so a copy kept is
 *   always a kept chrome line; only short lines without a final stop count, never the headline.
 */
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { POLL_KIND } from "./chrome-embeds-polls";
import { lineVerdict } from "./chrome-rules";

/** Two clock times with a slash: the player's position and the length. */
const TIME_PAIR = /\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?/;
/** A machine summary's label, or its note that a machine wrote it. */
const SUMMARY_LABEL = /^[^\p{L}\p{N}]{0,2}\s*(?:ai|智能|机器)\s*(?:摘要|总结|导读|速览|概要|提要|速读|划重点)\s*[:：]/iu;
const MACHINE_NOTE = /(?:由|经)\s*ai\s*(?:生成|整理|总结|提炼)[^。]{0,12}[。.]?$|ai生成[,，]?\s*仅供参考[。.]?$/i;

/** An option line: its mark and what follows it. */
const OPTION = /^([○◯●◎□☐◻▢⬜〇]|[a-h](?=[.．、)）]))[.．、)）]?\s*(.+)$/iu;
/** A poll's counter (`已有512人参与`, `312人已投票`, `共1032票`) or its button (`提交`, `投票`). */
const POLL_COUNTER = /\d{1,7}\s*人\s*(?:已)?(?:参与|投票|作答|填写|已投)|共\s*\d{1,7}\s*票|^(?:投票|提交|查看结果|立即投票)$/;
/** A poll's question, maybe with its kind in brackets (`您……吗？（单选）`). */
const POLL_QUESTION = /[?？]\s*(?:[(（][^()（）]{1,8}[)）])?$/;

/** A player line: a time pair and, beside it, only a few words (no sentence). */
function playerLine(f: string): boolean {
  if (f.length > 40 || !TIME_PAIR.test(f) || /[。;,!?]/.test(f)) return false;
  const rest = f.replace(new RegExp(TIME_PAIR.source, "g"), "").match(/\p{Script=Han}/gu) ?? [];
  return rest.length <= 8;
}

/** A machine summary: its label, or a short paragraph closing with the machine's note. */
export function machineSummary(f: string): boolean {
  return f.length <= 200 && (SUMMARY_LABEL.test(f) || MACHINE_NOTE.test(f));
}

/**
 * Twelfth wave: a button copied with its icon. An icon font's glyph (a fold button's chevron) comes out of
 * a copy or an OCR as a stray Latin letter or an arrow glued to the label (`收起d`, `展开全文v`, `收起∧`);
 * without it the line is a widget or a navigation word by the one-line rules. Only short lines (≤ 12
 * characters) with Han before the stray mark, so a word of the text in Latin letters never qualifies.
 */
const STRAY_MARK = /(?<=\p{Script=Han})\s*(?:[a-z]{1,2}|[∧∨^˄˅︿﹀>›»<‹«])$/iu;

export function strayMarkWidget(folded: string): "widget" | "navigation" | null {
  const f = folded.trim();
  if (f.length > 12 || !STRAY_MARK.test(f)) return null;
  const v = lineVerdict(f.replace(STRAY_MARK, ""));
  return v === "widget" || v === "navigation" ? v : null;
}

/**
 * Twelfth wave: a comment list's sort toggles (`按热度 按时间`, `最新 最热`, `时间正序 | 时间倒序`): two to four
 * cells, each an order a list can be sorted by (heat, time, newest, hottest, likes, default, ascending,
 * descending — optionally after 按 and before 排序/优先), and nothing else on the line.
 */
const SORT_OPTION = /^(?:按)?(?:热度|时间|最新|最热|最早|点赞|赞数|回复数?|默认|综合|正序|倒序|时间正序|时间倒序)(?:排序|优先)?$/;

export function sortRow(folded: string): boolean {
  if (folded.length > 30) return false;
  const cells = folded.trim().split(/\s*[|｜/·]\s*|\s+/).filter(Boolean);
  return cells.length >= 2 && cells.length <= 4 && cells.every((c) => SORT_OPTION.test(c));
}

export function markWidgets(infos: LineInfo[], kept: (i: number) => boolean): void {
  const free = (i: number) => i >= 0 && !isBlank(infos[i]) && !infos[i].reason && !kept(i);
  infos.forEach((info, i) => {
    if (!free(i)) return;
    if (playerLine(info.folded) || machineSummary(info.folded) || sortRow(info.folded)) info.reason = "widget";
    else info.reason = strayMarkWidget(info.folded);
  });
  markPolls(infos, kept);
}

/** The mark of an option line (`○`, `□`, or the letter's place: `a` → 0), or null. */
function optionMark(f: string): { mark: string; rest: string } | null {
  const m = OPTION.exec(f);
  if (!m || m[2].length > 20 || /[。;!]/.test(m[2])) return null;
  return { mark: m[1].toLowerCase(), rest: m[2] };
}

function markPolls(infos: LineInfo[], kept: (i: number) => boolean): void {
  let i = 0;
  while (i < infos.length) {
    const first = optionMark(infos[i].folded);
    // Letters open a run only at `A`.
    if (!first || (/[a-h]/.test(first.mark) && first.mark !== "a")) {
      i++;
      continue;
    }
    const run = [i];
    let j = neighbourIndex(infos, i, 1);
    while (j >= 0) {
      const o = optionMark(infos[j].folded);
      const want = /[a-h]/.test(first.mark) ? String.fromCharCode(first.mark.charCodeAt(0) + run.length) : first.mark;
      if (!o || o.mark !== want) break;
      run.push(j);
      j = neighbourIndex(infos, j, 1);
    }
    const next = run[run.length - 1] + 1;
    if (run.length >= 2 && run.length <= 8) markPoll(infos, kept, run, j);
    i = next;
  }
}

/** Mark the run when the poll's question or kind stands above it and its counter or button below it. */
function markPoll(infos: LineInfo[], kept: (i: number) => boolean, run: number[], below: number): void {
  const above: number[] = [];
  let k = neighbourIndex(infos, run[0], -1);
  // The kind (`单选`) and the question over it, whichever is there.
  for (let n = 0; n < 2 && k >= 0; n++, k = neighbourIndex(infos, k, -1)) {
    const f = infos[k].folded;
    if (POLL_KIND.test(f) || (f.length <= 50 && POLL_QUESTION.test(f))) above.push(k);
    else break;
  }
  if (!above.length || below < 0) return;
  const g = infos[below].folded;
  if (g.length > 30 || !POLL_COUNTER.test(g)) return;
  const all = [...above, ...run, below];
  if (all.some(kept)) return;
  for (const x of all) infos[x].reason ??= "widget";
}

/** Removal reasons whose lines a page prints again (its masthead, date, edition and navigation lines). */
const FURNITURE = new Set(["masthead", "metadata", "edition", "navigation", "column", "repeated"]);

export function markRepeatedChrome(infos: LineInfo[], kept: (i: number) => boolean, titleLine: number): void {
  const removed = new Set<string>();
  // Lines the contents rule took (a masthead over the date, met again in that order on the jump page,
  // reads to it as a contents run): a copy counts only beside a repeated line, never beside the text.
  const contents = new Set<string>();
  const candidates: number[] = [];
  const removedAt = (k: number) => k >= 0 && !!infos[k].reason;
  const besideChrome = (i: number) => removedAt(neighbourIndex(infos, i, -1)) || removedAt(neighbourIndex(infos, i, 1));
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    if (info.reason) {
      if (FURNITURE.has(info.reason)) removed.add(info.text);
      if (info.reason === "contents") contents.add(info.text);
      return;
    }
    if (kept(i) || i === titleLine || info.folded.length > 40 || /[。!?;]$/.test(info.folded)) return;
    // Only among furniture: a date met again between two paragraphs is the text's (a diary's stamp).
    if (removed.has(info.text) && besideChrome(i)) info.reason = "repeated";
    else if (contents.has(info.text)) candidates.push(i);
  });
  const repeated = (k: number) => k >= 0 && infos[k].reason === "repeated";
  for (const i of candidates) if (repeated(neighbourIndex(infos, i, -1)) || repeated(neighbourIndex(infos, i, 1))) infos[i].reason = "repeated";
}

/**
 * A comment section's head: `精选留言`, `热评`, `评论 (3)`, `网友跟帖 12`, `听友留言`, `共 4 条评论`; the
 * word for "selected" may also follow the noun (`留言精选`, `评论选登`), as editors title the picked
 * comments either way (2026-12-04, fourteenth wave).
 */
const COMMENTS_HEAD = /^[\p{Script=Han}]{0,4}(?:评论|留言|跟帖|热评)区?(?:精选|选登|摘登|摘录)?\s*(?:[(（]?\d{1,6}[)）]?)?$|^(?:共|全部)?\s*\d{1,6}\s*条(?:评论|留言)$/u;
/** What only a comment section prints: an emoji, a `name：` opening, a reply badge, a time or place stamp, a like count. */
const COMMENT_EVIDENCE = /\p{Extended_Pictographic}|^[^\s:。,;!?]{1,16}\s?[:：]|^(?:作者|楼主|博主|小编)(?:回复)?\s*[:：]?|^回复\s|\d{1,2}\s*(?:秒|分钟|小时|天)前|ip属地|^(?:赞|点赞)\s*\d|^\d{1,2}-\d{1,2}\s/iu;

/**
 * A comment section closing the page: from its head (`精选留言`, `热评`, `评论 (3)`) to the end,
 * every line is short (at most 100 characters), none is numbered, and at least one shows what
 * only comments show (an emoji nickname, `name：`, a reply badge, a stamp, a like count). The
 * earlier comment rules read one nickname shape at a time; this reads the section's place and
 * shape. The text must stand above it (two paragraphs of prose); a heading `群众留言` inside the
 * text, with the text going on after it, is no section (a paragraph over 100 characters follows).
 */
export function markCommentTail(infos: LineInfo[], kept: (i: number) => boolean, isProse: (f: string) => boolean): void {
  let prose = 0;
  for (let h = 0; h < infos.length; h++) {
    const info = infos[h];
    if (isBlank(info)) continue;
    if (!info.reason && isProse(info.folded) && info.folded.length >= 40) prose++;
    if (prose < 2 || info.folded.length > 12 || !COMMENTS_HEAD.test(info.folded)) continue;
    const rest: number[] = [];
    let ok = true;
    let evidence = false;
    for (let k = h + 1; k < infos.length && ok; k++) {
      const x = infos[k];
      if (isBlank(x)) continue;
      // The section's rows other rules took (a stamp, a nickname) show it too.
      evidence ||= COMMENT_EVIDENCE.test(x.folded);
      if (x.reason) continue;
      if (kept(k) || x.folded.length > 100 || (x.marker && x.marker.family !== "bullet")) ok = false;
      rest.push(k);
    }
    if (!ok || !evidence || !rest.length) continue;
    if (!info.reason && !kept(h)) info.reason = "chat";
    for (const k of rest) infos[k].reason = "chat";
    return;
  }
}

const SPEAKER_TURN = /^[^\s:,。]{1,8}:/;
/** An invitation to the reader: to comment, like, share, follow (`欢迎在评论区留言`, `请点个赞再走吧`). */
const INVITATION = /(?:欢迎|请|记得|快来|一起|别忘了?|动动|点击|长按|戳|点亮)[^。!?]{0,16}(?:留言|评论|点赞|点个赞|在看|转发|分享|关注|收藏|订阅|扫码)|(?:留言|评论区)[^。!?]{0,6}(?:告诉|聊聊|说说|分享)/;

/**
 * A line inviting the reader to comment, like or share, with the page's chrome (or the end, or
 * another invitation) right under it and the text's first paragraph above: at most 50 characters.
 * Inside the text, with a paragraph under it, such words are the text's own (`欢迎市民……留言反映`).
 */
export function markInvitations(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  const removedAt = (k: number) => k >= 0 && !!infos[k].reason;
  for (let i = first + 1; i < infos.length; i++) {
    const x = infos[i];
    // A speaker's turn (`主持人：……欢迎听众朋友们继续关注本栏目`) is the transcript's.
    if (isBlank(x) || x.reason || kept(i) || x.folded.length > 50 || !INVITATION.test(x.folded) || SPEAKER_TURN.test(x.folded)) continue;
    // One sentence, maybe after a question put to the reader: an author's own closing paragraph
    // (`养老这件事……都会遇到。欢迎大家在评论区聊聊`) says something first and is the text's.
    if (/[。!～~…]/.test(x.folded.replace(/^[^?。!]*\?/, "").slice(0, -1))) continue;
    const after = neighbourIndex(infos, i, 1);
    if (after < 0 || removedAt(after) || INVITATION.test(infos[after].folded)) x.reason = "ad";
  }
}

/**
 * A chrome line that happens to end with a stop (`来源：某县融媒体中心。`, `图片来源：网络。`,
 * `转载请联系后台授权。`): after the text's first paragraph, beside a removed line or at the end, a line
 * of at most 60 characters whose words the one-line rules name as chrome once the final stop is
 * gone. The one-line rules leave most lines with a final stop alone, since a sentence is the text's;
 * beside the page's chrome, the stop is only how the editor closed the field.
 */
const PAGE_FIELD = /(?:来源|出处|编辑|责编|审核|校对|摄影|摄|图|图片|文字|作者|声明|投稿|链接|版权)$/;

export function markStoppedChrome(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  const removedAt = (k: number) => k >= 0 && !!infos[k].reason;
  for (let i = first + 1; i < infos.length; i++) {
    const x = infos[i];
    if (isBlank(x) || x.reason || kept(i) || x.folded.length > 60 || !/[。.!]$/.test(x.folded)) continue;
    const next = neighbourIndex(infos, i, 1);
    if (!(next < 0 || removedAt(next) || removedAt(neighbourIndex(infos, i, -1)))) continue;
    // One clause, not numbered; a labelled line only with a page field's label (a speaker's turn, `主持人：谢谢二位。`, is the text's).
    const bare = x.folded.replace(/[。.!]+$/, "");
    if ((x.marker && x.marker.family !== "bullet") || /[,;，；]/.test(bare)) continue;
    const label = /^([^:]{1,8}):/.exec(bare);
    const v = lineVerdict(bare);
    if (!v || v === "date" || v === "person") continue;
    if (label ? PAGE_FIELD.test(label[1]) : v === "legal" || v === "ad") x.reason = v;
  }
}
