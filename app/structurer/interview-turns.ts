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

/**
 * Seventh wave (2026-12-04): a guest who speaks once. A talk with several guests lists them
 * in its head (`嘉宾：省政协委员、某校院长 某某某` / `   省政协委员、某厅副厅长 某某某`), and a
 * guest may take one turn only — often the last measure (`某某某：第三，打通……`). In a text that
 * is a dialogue (some label opens two turns or more), a label that opens one turn and names a
 * person listed on a line of its own (the name at the line's end, after a space or `、`) is a
 * speaker's label like the others.
 */
export function listedGuests(blocks: readonly RawBlock[], counts: ReadonlyMap<string, number>): string[] {
  if (![...counts.values()].some((n) => n >= 2)) return [];
  const once = [...counts].filter(([label, n]) => n === 1 && /^[\u4e00-\u9fff]{2,4}$/.test(label)).map(([label]) => label);
  if (!once.length) return [];
  const listed = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== "para" || b.text.length > 80) continue;
    const name = /[\s\u3000、:：]([\u4e00-\u9fff]{2,4})\s*$/.exec(b.text);
    if (name) listed.add(name[1]);
  }
  return once.filter((label) => listed.has(label));
}
