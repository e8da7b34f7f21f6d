/**
 * Fifth wave (2026-12-03, issue 12): an annex after the text. A report, proposal or 公文
 * exported from Word often carries its annexes below the recommendations: an attachment list
 * (`附件：1．某某名单` / `2．某某分工表`), then each annex under a label of its own (`附件1`,
 * `附录二`, `附表 3`), with its heading, a list of names or a task table. The annex is content
 * — staff want its words — but it is no recommendation: its numbered rows are not measures and
 * its heading is not a section. So from the annex's first label to the end of the text every
 * line is held as text of the node the annex follows (as a table annex already was,
 * table-rows.ts), and none of its short lines is furniture.
 *
 * What proves an annex is in the text (and not merely named, as `附件：某某统计表（略）` under a
 * 公文 names a file sent beside it, which stays metadata): a label standing alone on its line
 * (`附件1`, `附录`), or a label whose title is followed by more lines.
 */
import { isBlank, type LineInfo } from "./chrome-lines";

/** `附件`, `附件1`, `附件 2`, `附件一`, `附录A`, `附表3`: an annex's label alone on its line. */
export const LONE_LABEL = /^(?:附件|附录|附表)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|[A-Z])?\s*[:]?$/;
/** An annex label heading its line: `附件：…`, `附件2：…`, `附录一 …`, `附表1．…`. */
const LABEL_LINE = /^(?:附件|附录|附表)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|[A-Z])?\s*(?:[:.、]|\s|$)/;

/** Does this (folded) line open an annex or an attachment list? */
export function isAnnexLabel(folded: string): boolean {
  const f = folded.trim();
  return f.length <= 60 && LABEL_LINE.test(f);
}

/** Does this (folded) line stand as an annex's own label (`附件1`)? */
export function isLoneAnnexLabel(folded: string): boolean {
  return LONE_LABEL.test(folded.trim());
}

/**
 * A roster's row (`组 长：某某（市政协副主席）`, `成员：某某 某某`): a role of two to four
 * characters, spaced out or not, and the names it covers — no sentence.
 */
const ROSTER_ROW = /^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*:\s*\S.{0,80}$/;
/** A bare attachment label over a list (`附：参加调研人员名单`, `附件：课题组成员`): no number, a short title. */
const LIST_LABEL = /^附(?:件|录)?\s*:\s*[^。;!?]{2,24}$/;

interface Row {
  text: string;
  folded: string;
}

/**
 * The line of a roster annex's label when the text ends with one: a bare attachment label
 * (`附：参加调研人员名单`) over two or more roster rows and nothing else. A report or 建议案
 * lists who did the research under its signature; the label and its rows are content (the gold
 * keeps them), and the line above the label is where the text's own end stands (head-tail.ts).
 * An attached speech (`附：某某委员书面发言` over a headline and paragraphs) has no rows: -1.
 */
export function rosterAnnexLabel(infos: readonly Row[]): number {
  let i = infos.length - 1;
  let rows = 0;
  for (; i >= 0; i--) {
    if (!infos[i].text.trim()) continue;
    const f = infos[i].folded.trim();
    // The label itself has a row's shape (`附件：课题组成员`): it ends the rows.
    if (LIST_LABEL.test(f) || !ROSTER_ROW.test(f) || /[。;!?]$/.test(f)) break;
    rows++;
  }
  return i >= 0 && rows >= 2 && LIST_LABEL.test(infos[i].folded.trim()) ? i : -1;
}

/** The reasons a shape guess gives a short line an annex holds (a label, a list's title, `（其余略）`). */
const SHAPE_REASONS = new Set(["page-number", "widget", "navigation", "caption", "metadata"]);

/**
 * The chrome stage's part: in a text whose annex stands in it (a lone label after the body's
 * first line), the lines from the first annex or attachment-list label on are content when
 * only their shape made them furniture. A date (the signature under the annex) stays metadata;
 * the annex ends at the first line removed for what it says (a credit, a share bar).
 */
export function markAnnex(infos: LineInfo[], kept: (i: number) => boolean, first: number): void {
  if (first < 0) return;
  // A roster under the signature (`附：…名单` over `组 长：…` rows): its short lines are no tail furniture.
  const roster = rosterAnnexLabel(infos);
  if (roster > first) {
    for (let i = roster; i < infos.length; i++) {
      if (!kept(i) && infos[i].reason && SHAPE_REASONS.has(infos[i].reason ?? "")) infos[i].reason = null;
    }
  }
  let lone = -1;
  for (let i = first + 1; i < infos.length; i++) {
    if (!isBlank(infos[i]) && isLoneAnnexLabel(infos[i].folded)) {
      lone = i;
      break;
    }
  }
  if (lone < 0) return;
  // The attachment list above the first annex (`附件：1．…` over `2．…`) opens the region.
  let start = lone;
  for (let i = lone - 1; i > first; i--) {
    if (!isBlank(infos[i]) && isAnnexLabel(infos[i].folded)) start = i;
  }
  for (let i = start; i < infos.length; i++) {
    const info = infos[i];
    if (isBlank(info) || kept(i)) continue;
    if (info.verdict === "date") continue;
    if (info.reason && !SHAPE_REASONS.has(info.reason)) break;
    if (info.reason === "metadata" && !isAnnexLabel(info.folded) && i !== start) continue;
    info.reason = null;
  }
}
