/**
 * Tenth wave (2026-12-04): a bare enumeration inside a paragraph is no list of items.
 *
 * A report, a push or a survey story often lists what a sentence announces on numbered lines
 * of their own: the answers a poll offered and their shares (`调查显示，居民最关心的依次是：` /
 * `1.菜品价格（占46%）` / `2.食品安全（占31%）`), the places a delegation visited
 * (`调研组先后走访了以下地方：` / `（一）东山镇水厂`), the bodies taking part. The lines have the
 * marker of an item but the shape of a word list: short, not one sentence stop or comma, no
 * measure. Read as items they became nodes — and the list that really held the measures, after
 * them, became their children. Such a run is the text of the sentence that announces it: its
 * lines join that paragraph, so they are content but no nodes.
 *
 * What it reads: an unnumbered paragraph ending in `：` (the announcement), then two or more
 * lines of one marker family, each at most 20 characters after its marker, with no sentence stop,
 * comma or semicolon anywhere, none reading as a measure (`isRecommendationLike`) or a section
 * title (`isBackgroundTitle`). *Not* touched: an announcement of problems (`存在以下问题：`, the
 * problems are background items) unless each entry carries a figure (a poll's answers and their
 * shares, `最关心的问题依次是：` / `1.停车位（38.5%）`), an announcement of advice (`建议如下：`, `主要措施：`), lines ending in `；`
 * (`1.充电设施不足；`, clauses of a list), and numbered heading lines with text under them.
 */
import { introducesProblems, isBackgroundTitle } from "./kinds";
import { isRecommendationLike } from "./paragraphs";
import type { Block } from "./tree-drafts";

/** What stands for an entry's number in the folded text: no marker, no punctuation. */
const MASK = "\u00b7";

const ADVICE = /建议|措施|对策|举措|办法|意见|做法|思路|路径|打算|工作/;

function bareEntry(b: Block): boolean {
  if (b.kind !== "para" || !b.line) return false;
  const rest = b.line.rest.trim();
  return rest.length > 0 && rest.length <= 20 && !/[。,，;；!！?？：:]|[.．](?!\d)/.test(rest) && !isRecommendationLike(rest) && !isBackgroundTitle(rest);
}

function announces(b: Block): boolean {
  if (b.kind !== "para" || b.line || !/[:：]\s*$/.test(b.text)) return false;
  const last = b.folded.trim().slice(-16);
  return !ADVICE.test(last);
}

export function bareEnumerations(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (!announces(blocks[i])) continue;
    let j = i + 1;
    while (j < blocks.length && bareEntry(blocks[j]) && blocks[j].line!.family === blocks[i + 1].line?.family) j++;
    if (j - i - 1 < 2) continue;
    // Problems announced as such (`存在以下问题：`) are background items (tree.ts: the problem run) —
    // unless every entry carries its figure (`1.停车位（38.5%）`): a poll's answers, whatever the word.
    if (introducesProblems(blocks[i].folded) && !blocks.slice(i + 1, j).every((b) => /\d/.test(b.line!.rest))) continue;
    out ??= blocks.slice();
    const run = blocks.slice(i, j);
    const text = run.map((b) => b.text).join("\n");
    // The entries' numbers are no markers now (the paragraph's own inline items are read from its
    // folded text): each is masked there, the folded text keeping the length of the text.
    const folded = run.map((b, k) => (k === 0 ? b.folded : MASK.repeat(b.line!.restStart) + b.folded.slice(b.line!.restStart))).join("\n");
    out.splice(i - (blocks.length - out.length), j - i, { ...blocks[i], text, folded });
    i = j - 1;
  }
  return out ?? blocks;
}
