/**
 * `她建议，一要理顺管理体制。……` then `二要强化水质监管。……` on the next line: a reported
 * speech's lead-in opens the paragraph that holds the first item of a list whose next items
 * open their own lines. The lead-in stays text and the first item starts a line of its own,
 * so the list keeps all its members (round 7b, issue 12).
 */
import type { RawBlock } from "./blocks";
import { fold } from "./fold";
import { opensMeasure } from "./markers";

/** A short reported-speech lead-in (`她建议，`, `委员们提出：`), then the list's first marker. */
// Fifth wave: a short setting clause may stand before the speaker (`协商中，委员们建议：`, `会上，…`).
const LEAD_IN_FIRST = /^((?:[\u4e00-\u9fff]{1,6}\s*,\s*)?[\u4e00-\u9fff]{1,8}?(?:建议|提出|认为|表示|指出|呼吁)\s*[,:]\s*)(?=一是|一要|第一\s*[,、]|首先\s*,)/;
/**
 * Thirteenth wave (2026-12-04): a sentence that counts the points to come (`我有四点建议。`,
 * `我提了三条建议。`, `主要有三个方面：`) glued before the first (`我有四点建议。第一，……`) — a
 * live room's record, a paper's interview, a TV transcript; a speaker's label before it is cut
 * off first (pipeline.ts, `countsBeforeFirst`). The count (a numeral and a classifier) makes it
 * a lead-in, not the first measure's own sentence: it stays text, and the first measure opens
 * its own line, titled by its lead phrase as the next ones are.
 */
const COUNTING_FIRST = /^([\u4e00-\u9fff]{0,8}?[两二三四五六七八九十]\s*(?:点|条|个|项|件)[\u4e00-\u9fff]{0,6}[。:]\s*)(?=一是|一要|第一\s*[,、]|首先\s*,)/;

/** Does `folded` count the measures before the first, and `next` (folded) open the second? */
export function countsBeforeFirst(folded: string, next: string): boolean {
  return COUNTING_FIRST.test(folded) && SECOND.test(next.trim());
}

/** The length of the counting sentence before the first marker (`我有三条建议。`), 0 if none. */
export function countingLength(folded: string): number {
  return COUNTING_FIRST.exec(folded)?.[1].length ?? 0;
}

/** The second marker opening the next paragraph. */
const SECOND = /^(?:二是|二要|第二\s*[,、]|其次\s*,)/;

export function splitLeadInMarkers(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    const head = b.kind === "para" && next?.kind === "para" ? fold(b.text.slice(0, 30)) : "";
    const m = head ? (LEAD_IN_FIRST.exec(head) ?? COUNTING_FIRST.exec(head)) : null;
    if (m && SECOND.test(fold(next.text.trim().slice(0, 4)))) {
      out.push({ ...b, text: b.text.slice(0, m[1].length).trim() }, { ...b, text: b.text.slice(m[1].length).trim() });
    } else out.push(b);
  });
  return out;
}

/** `首先，`/`其次，`/`再次，`/`此外，`/`最后，` right after a sentence's end inside a paragraph. */
// (Or at the paragraph's start, tenth wave; or after a reported speech's lead-in, `委员们建议，首先要……；其次要……`; the marker may be
// followed by a modal instead of a comma.)
const INLINE_SEQUENCE = /(?<=^|[。；;！!？?]|(?:建议|提出|认为|呼吁)[，,:：])\s*(?:首先|其次|再次|此外|另外|最后)(?:\s*[,，、]|(?=要|应|须|需))/g;

/**
 * Round 10: an answer that counts its measures inside one paragraph (`我提三点建议。首先，
 * 开发……。其次，加强……。此外，落实……。`) is cut before each marker, so that each measure
 * opens a line as a line-start 首先/其次 does. Only where 首先 and 其次 both stand after a
 * sentence's end and each opens a measure (markers.ts opensMeasure): the points of an
 * argument or a problem statement (`首先，在……方面还存在……`) stay one paragraph.
 */
export function splitInlineSequence(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    if (b.kind !== "para" || !b.text.includes("首先") || !b.text.includes("其次")) {
      out.push(b);
      continue;
    }
    const cuts = [...b.text.matchAll(INLINE_SEQUENCE)].map((m) => m.index + (m[0].length - m[0].trimStart().length));
    const pieces = cuts.map((c, k) => b.text.slice(c, cuts[k + 1] ?? b.text.length));
    const measures = pieces.every((p) => opensMeasure(fold(p.replace(/^\s*\S{2}\s*[,，、]?/, ""))));
    if (cuts.length < 2 || !/^首先/.test(pieces[0]) || !/^其次/.test(pieces[1]) || !measures) {
      out.push(b);
      continue;
    }
    // Tenth wave: the paragraph may open with 首先 itself (an answer whose label was cut off, `答：首先，……`).
    const head = b.text.slice(0, cuts[0]).trim();
    out.push(...(head ? [{ ...b, text: head }] : []), ...pieces.map((p) => ({ ...b, text: p.trim() })));
  }
  return out;
}
