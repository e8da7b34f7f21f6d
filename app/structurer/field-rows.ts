/**
 * Field runs: consecutive short `标签：值` lines (`市政府：某某`, `市财政局：副局长 某某`) are the
 * rows of a table — a participants' list, a form's fields, a contact block. A row names
 * people or things; it opens no speaker's document even when it reads like a speech
 * digest's `某党某委：标题` line, because a digest's lines each stand over their own prose
 * while a table's rows stand next to each other.
 */
import type { Block } from "./tree-drafts";

/** `标签：值` on one short line: a label of up to 12 characters and a value with no sentence in it. */
function rowShape(b: Block | undefined): boolean {
  if (!b || b.kind !== "para") return false;
  const m = /^([^,:;。!?]{1,12}):\s*(.*)$/.exec(b.folded.trim());
  return !!m && m[2].length <= 40 && !/[。!?;]/.test(m[2]);
}

/** Block `i` is a row of a field run: it and a neighbour both have the row's shape. */
export function fieldRow(blocks: readonly Block[], i: number): boolean {
  return rowShape(blocks[i]) && (rowShape(blocks[i - 1]) || rowShape(blocks[i + 1]));
}
