/**
 * Round 10 (issue 12): interview turns written with bracketed labels, as portals print
 * their online interviews — `【主持人】……？`, `【嘉宾】……`, `【网友“某某”】……？`. When the
 * same bracketed label opens two paragraphs or more (a dialogue, not a one-off tag such
 * as `【案由】`), every bracketed label at a paragraph's start is read as a speaker's label
 * (`主持人：……`), so the interview rules (speaker lines are no headings, an answer's
 * `首先`/`其次` open items) apply as to `记者：` turns.
 */
import { SPEAKER_TAG } from "./authors";
import type { RawBlock } from "./blocks";

const TURN = /^[【[]([^【】[\]。！？!?；;：:，,]{1,12})[】\]]\s*(?=\S)/;

/** A speaker tag over a name line (`【发言人】民盟某县总支部`, speaker-tags.ts) is a byline, no turn. */
function turn(b: RawBlock): RegExpExecArray | null {
  const m = b.kind === "para" ? TURN.exec(b.text) : null;
  if (m && SPEAKER_TAG.test(b.text) && !/[。！？!?；;，,]/.test(b.text.slice(m[0].length))) return null;
  return m;
}

export function bracketTurns(blocks: RawBlock[]): { blocks: RawBlock[]; labels: string[] } {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const m = turn(b);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  if (![...counts.values()].some((n) => n >= 2)) return { blocks, labels: [] };
  const out = blocks.map((b) => {
    const m = turn(b);
    return m ? { ...b, text: `${m[1]}：${b.text.slice(m[0].length)}` } : b;
  });
  return { blocks: out, labels: [...counts.keys()] };
}
