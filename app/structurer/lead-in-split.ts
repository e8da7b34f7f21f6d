/**
 * `她建议，一要理顺管理体制。……` then `二要强化水质监管。……` on the next line: a reported
 * speech's lead-in opens the paragraph that holds the first item of a list whose next items
 * open their own lines. The lead-in stays text and the first item starts a line of its own,
 * so the list keeps all its members (round 7b, issue 12).
 */
import type { RawBlock } from "./blocks";
import { fold } from "./fold";

/** A short reported-speech lead-in (`她建议，`, `委员们提出：`), then the list's first marker. */
const LEAD_IN_FIRST = /^([\u4e00-\u9fff]{1,8}?(?:建议|提出|认为|表示|指出|呼吁)\s*[,:]\s*)(?=一是|一要|第一\s*[,、]|首先\s*,)/;
/** The second marker opening the next paragraph. */
const SECOND = /^(?:二是|二要|第二\s*[,、]|其次\s*,)/;

export function splitLeadInMarkers(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    const m = b.kind === "para" && next?.kind === "para" ? LEAD_IN_FIRST.exec(fold(b.text.slice(0, 16))) : null;
    if (m && SECOND.test(fold(next.text.trim().slice(0, 4)))) {
      out.push({ ...b, text: b.text.slice(0, m[1].length).trim() }, { ...b, text: b.text.slice(m[1].length).trim() });
    } else out.push(b);
  });
  return out;
}
