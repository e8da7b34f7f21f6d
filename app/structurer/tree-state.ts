/**
 * The tree builder's working state: the document being built, the stack of open nodes,
 * and the placement rules that decide which open nodes a new one closes. Shared by the
 * numbered-block and unnumbered-paragraph steps (tree-numbered.ts, tree-unnumbered.ts).
 */
import type { Block, DocumentDraft, Draft } from "./tree-drafts";

export class TreeState {
  readonly doc: DocumentDraft = { introParts: [], children: [], leadIn: false };
  readonly stack: Draft[] = [];
  /** The node whose text a continuation paragraph extends. */
  last: Draft | null = null;
  /** A marker that stood alone on its line; the next paragraph is its content. */
  pending: Draft | null = null;
  /** The text has a marker, heading or list item somewhere. */
  structured = false;
  /** An interview's speaker labels (`记者`, `宋某某`). */
  speakers: ReadonlySet<string> = new Set();
  /** Paragraphs under a speaker's label alone on its line: turns, as if the label opened them (tree.ts). */
  spoken: ReadonlySet<Block> = new Set();
  /**
   * Eighth wave: the numbered run a problems lead-in line opened (`调研发现，主要存在三方面问题：` /
   * `1．……`): "next" right after the line, then the family of its first item, whose run is background.
   */
  problemRun: string | null = null;

  top(): Draft | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }

  attach(node: Draft): void {
    const parent = this.top();
    (parent ? parent.children : this.doc.children).push(node);
  }

  /** Close open nodes so that a node of `family` can be placed; returns nothing. */
  placeFamily(family: string, rank: number, strong: boolean): void {
    // Never look past a Markdown heading: the same family under another heading is new.
    let floor = 0;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (this.stack[i].heading) {
        floor = i + 1;
        break;
      }
    }
    for (let i = this.stack.length - 1; i >= floor; i--) {
      if (this.stack[i].family === family) {
        this.stack.length = i;
        return;
      }
    }
    if (strong) {
      while (this.stack.length > floor && this.stack[this.stack.length - 1].rank > rank) this.stack.pop();
    }
  }

  popToHeadings(): void {
    while (this.stack.length && !this.stack[this.stack.length - 1].heading) this.stack.pop();
  }
}
