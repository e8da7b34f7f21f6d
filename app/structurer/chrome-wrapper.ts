/**
 * A draft handed back inside a conversation (issue 12, general chrome, 2026-12-03): the
 * answer of an AI assistant or a chat export that sets the draft between two rules
 * (`---`, `***`, `___`), with the user's request and the reply's lead-in above and the
 * offer to revise, the buttons and a disclaimer below.
 *
 * Read from the frame, not from the assistant's words: two rule lines hold the draft, whose
 * first line is a heading (`## 关于……的提案`, or a short line with no sentence end) and
 * which holds at least twice the characters of the lines around it; the line right above the first rule announces what follows
 * (it ends with a colon); above and below the rules there are at most four short lines
 * each (≤ 120 characters), none of them a heading. Those outer lines are the conversation
 * around the draft and go as `chat`.
 *
 * What it does not do: a page with a single rule, or with a heading, a numbered line or
 * more than four lines outside the rules, is left to the other rules; the draft itself is
 * never touched.
 */
import { endsSentence } from "./line-shapes";
import { isBlank, type LineInfo } from "./chrome-lines";

const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const MD_HEADING = /^\s{0,3}#{1,6}\s/;
const MAX_OUTSIDE = 4;

export function markWrapper(infos: LineInfo[], raw: readonly string[], kept: (i: number) => boolean): void {
  const rules: number[] = [];
  raw.forEach((r, i) => RULE.test(r) && rules.push(i));
  if (rules.length < 2) return;
  const open = rules[0];
  const close = rules[rules.length - 1];
  const text = (from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (!isBlank(infos[i]) && !RULE.test(raw[i])) out.push(i);
    return out;
  };
  const before = text(0, open);
  const inside = text(open + 1, close);
  const after = text(close + 1, infos.length);
  if (!before.length || before.length > MAX_OUTSIDE || after.length > MAX_OUTSIDE || inside.length < 3) return;
  const chars = (ls: number[]) => ls.reduce((n, i) => n + infos[i].folded.length, 0);
  if (chars(inside) < 2 * (chars(before) + chars(after))) return;
  // The reply announces the draft: the line above the first rule ends with a colon.
  if (!/[:：]$/.test(infos[before[before.length - 1]].folded)) return;
  const first = infos[inside[0]];
  if (!MD_HEADING.test(raw[inside[0]]) && (first.folded.length > 40 || endsSentence(first.folded) || first.marker)) return;
  const outside = [...before, ...after];
  if (outside.some((i) => MD_HEADING.test(raw[i]) || infos[i].marker || infos[i].folded.length > 120)) return;
  for (const i of outside) if (!kept(i) && !infos[i].reason) infos[i].reason = "chat";
}

/**
 * A document set between explicit marks inside a mail, a chat export or a forward (2026-12-05, twenty-first
 * wave): a start mark — a rule with a label on it (`======== 正文 ========`, `————— 正文开始 —————`) or a
 * line pointing at what follows in the words for the text itself (`以下为文档内容：`, `下面是修改后的全文：`) —
 * and, later, an end mark saying the text is over (`======== 正文完 ========`, `（文档结束）`, `（全文完）`,
 * `[以上为转发内容]`). The sender put the marks there to say where the document is, so what stands outside
 * them is the transport: header fields, the covering note, the sender's name, quoted earlier mail, the turns
 * after. The rule only extends a verdict already there: some outside line must have been read as transport
 * by another rule (a header field, a chat turn), the first live line inside must be a heading (short, no
 * sentence end, no numbering), the inside must hold at least twice the characters of the outside lines no rule
 * has read yet, and none of those may be numbered or longer than 60 characters — a report that quotes a full
 * text under its own lede (a paragraph, longer than a covering note) keeps its lede.
 */
const TEXT_WORD = "(?:内容|正文|全文|原文|文稿|文字稿|定稿|修改稿|文档|稿件)";
const RULE_RUN = "[=\\-—─━_*~#]{3,}";
const LABELLED_RULE = new RegExp(`^${RULE_RUN}\\s*([\\u4e00-\\u9fff]{1,8})\\s*${RULE_RUN}$`);
const POINTER = new RegExp(`^(?:以下|下面)[\\u4e00-\\u9fff]{0,10}?${TEXT_WORD}[:：]?$`);
const END_WORD = /完|结束|止/;
const BRACKETED_END = /^[([【]\s*(?:[\u4e00-\u9fff]{0,6}(?:完|结束)|以上[\u4e00-\u9fff]{1,10})\s*[)\]】]$/;
const MAX_OUTSIDE_LINE = 60;

function startMark(folded: string): boolean {
  const rule = LABELLED_RULE.exec(folded);
  if (rule) return !END_WORD.test(rule[1]);
  return folded.length <= 24 && POINTER.test(folded);
}

function endMark(folded: string): boolean {
  const rule = LABELLED_RULE.exec(folded);
  if (rule) return END_WORD.test(rule[1]);
  return folded.length <= 16 && BRACKETED_END.test(folded);
}

export function markMarkedDocument(infos: LineInfo[], kept: (i: number) => boolean): void {
  const open = infos.findIndex((x) => !isBlank(x) && startMark(x.folded));
  if (open < 0) return;
  let close = -1;
  for (let i = open + 1; i < infos.length && close < 0; i++) if (!isBlank(infos[i]) && endMark(infos[i].folded)) close = i;
  if (close < 0) return;
  const lines = (from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (!isBlank(infos[i])) out.push(i);
    return out;
  };
  const outside = [...lines(0, open), ...lines(close + 1, infos.length)];
  const inside = lines(open + 1, close);
  const live = inside.filter((i) => !infos[i].reason);
  if (live.length < 3 || !outside.some((i) => infos[i].reason)) return;
  const first = infos[live[0]];
  if (first.folded.length > 40 || endsSentence(first.folded) || first.marker) return;
  // What is left to decide is the outside lines no rule has read yet: few and short beside the document.
  const unread = outside.filter((i) => !infos[i].reason);
  const chars = (ls: number[]) => ls.reduce((n, i) => n + infos[i].folded.length, 0);
  if (chars(live) < 2 * chars(unread)) return;
  if (unread.some((i) => infos[i].marker || infos[i].folded.length > MAX_OUTSIDE_LINE)) return;
  for (const i of [open, close, ...outside]) if (!kept(i) && !infos[i].reason) infos[i].reason = "chat";
}
