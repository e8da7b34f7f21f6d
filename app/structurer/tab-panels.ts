/**
 * A portal's detail page with tabs (`[提案全文] [办理答复] [委员评价]`): the tab row names
 * the page's panels, and each panel opens under a line that repeats its tab's label alone
 * (`提案全文`, `办理答复`). A panel whose first line is a headline (`关于……的答复`) holds a
 * document of its own — a proposal's page prints the proposal and the reply to it — so the
 * pipeline structures it as if pasted alone (issue 12, fourth wave; docs/structure-format.md,
 * "Documents: split (2026-12-03, fourth wave)").
 *
 * What counts: one line of two or more bracketed labels and nothing else, and later lines
 * equal to one of its labels. The label lines are page furniture (removed as `widget`). The
 * field of one short value under a tab's label (`委员评价：满意`) is such a line too. The
 * first panel continues the page's head (its headline and fields stand above the tabs); a
 * later panel cuts only when the next line is headline-shaped — a panel of prose (`委员评价`
 * text, a panel of the proposal's full text) stays with the document above it. One pass.
 */
import { fold } from "./fold";
import { isTitleLine } from "./paragraphs";

/** `[提案全文] [办理答复]`, `【基本信息】【答复内容】`: a row of bracketed labels only. */
const TAB = /[[【［]\s*([^\][【】［］\s]{2,8})\s*[\]】］]/g;

/** The labels of a tab row, else null. */
export function tabLabels(line: string): string[] | null {
  const labels: string[] = [];
  const rest = line.replace(TAB, (_, label: string) => {
    labels.push(label);
    return "";
  });
  if (labels.length < 2 || rest.trim() !== "" || !labels.every((l) => /^[\u4e00-\u9fff]+$/.test(l))) return null;
  return labels;
}

export interface TabPanels {
  /** Line indexes of the panels' label lines (removed). */
  labels: number[];
  /** Line indexes where a new part starts (a later panel under a headline). */
  cuts: number[];
}

export function tabPanels(lines: readonly string[]): TabPanels | null {
  let tabs: Set<string> | null = null;
  const labels: number[] = [];
  const cuts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!tabs) {
      const row = tabLabels(line);
      if (row) tabs = new Set(row);
      continue;
    }
    // A panel printed as one short field (`委员评价：满意`) is its label with a rating, no text.
    const field = /^([^:：]{2,8})\s*[:：]\s*([^。！？!?；;]{1,8})$/.exec(line);
    if (!tabs.has(line) && !(field && tabs.has(field[1]))) continue;
    labels.push(i);
    if (labels.length === 1 || field) continue;
    let k = i + 1;
    while (k < lines.length && !lines[k].trim()) k++;
    const next = fold(lines[k]?.trim() ?? "");
    if (next && isTitleLine(next) && !/[。!?;:]$/.test(next)) cuts.push(i);
  }
  return labels.length >= 2 && cuts.length ? { labels, cuts } : null;
}
