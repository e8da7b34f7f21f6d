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
