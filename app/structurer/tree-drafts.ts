/**
 * Tree drafts: the blocks the tree builder reads, the nodes it builds (drafts, turned into
 * the public JSON by documents.ts), and the pure helpers that make and fill one node.
 * No stack or placement here; see tree.ts.
 */
import { fold } from "./fold";
import { splitInline, isInlineFamily, type InlineFamily, type InlineItem } from "./inline-markers";
import type { LineMarker } from "./markers";
import { FAMILY_RANK, type Family } from "./numbering";
import { introducesProblems } from "./kinds";
import { isHeadingLike, isLeadIn } from "./paragraphs";

export interface Block {
  kind: "para" | "heading" | "list";
  text: string;
  folded: string;
  depth: number;
  listMarker: string | null;
  /** Line-start marker of a paragraph (null for unnumbered paragraphs, headings, lists). */
  line: LineMarker | null;
  /** Index of the block's first line in the input (to find the lines the head reader marked). */
  source?: number;
}

/** A node under construction. */
export interface Draft {
  marker: string | null;
  /** Stack key: a marker family, `h2` for a Markdown heading, `list:1`, `plain`. */
  family: string;
  rank: number;
  strong: boolean;
  /** Markdown heading: only a heading of the same or a higher level closes it. */
  heading: boolean;
  headingDepth: number;
  /** Part, heading or unnumbered heading: holds unnumbered recommendations. */
  container: boolean;
  /** An unnumbered paragraph made into a node. */
  plain: boolean;
  /** Title given by the text's layout (a heading, a part's subtitle); else derived. */
  title: string | null;
  parts: string[];
  children: Draft[];
  /** The node's own text is only a heading sentence: unnumbered paragraphs below are its items. */
  headingOnly: boolean;
  /** The node's text ends with `建议如下：`: what follows are its recommendations. */
  leadIn: boolean;
  /** An item of a problem statement (`还存在以下问题：一是……`): background, not a recommendation. */
  problem?: boolean;
}

export interface DocumentDraft {
  introParts: string[];
  children: Draft[];
  leadIn: boolean;
}

export function draft(init: Partial<Draft> & { family: string }): Draft {
  return {
    marker: null,
    rank: 50,
    strong: false,
    heading: false,
    headingDepth: 0,
    container: false,
    plain: false,
    title: null,
    parts: [],
    children: [],
    headingOnly: false,
    leadIn: false,
    ...init,
  };
}

export function lastDescendant(d: Draft): Draft {
  let node = d;
  for (let guard = 0; guard < 64 && node.children.length; guard++) node = node.children[node.children.length - 1];
  return node;
}

/** Inline items under a head that introduces problems are background (see kinds.ts). */
export function inlineDrafts(head: string, items: InlineItem[]): Draft[] {
  const drafts = items.map(inlineDraft);
  if (head && introducesProblems(fold(head))) for (const d of drafts) d.problem = true;
  return drafts;
}

export function inlineDraft(item: InlineItem): Draft {
  return draft({
    family: `inline:${item.family}`,
    marker: item.marker,
    parts: item.head ? [item.head] : [],
    children: item.items.map(inlineDraft),
    rank: FAMILY_RANK[item.family],
  });
}

/** A heading sentence and nothing more: `完善经费保障`, `（一）完善统筹机制，压实部门责任。`. */
function isTitleOnly(text: string): boolean {
  const f = fold(text).trim();
  return !f || isHeadingLike(f, 40);
}

/** Put a node's content in place: its own text, and any inline items as children. */
/** Items read from their parent's own paragraph (`（四）加强监管。一是……二是……`). */
export const bornInParent = new WeakSet<Draft>();

export function fillDraft(node: Draft, text: string, folded: string, family: string | null): void {
  const exclude = new Set<InlineFamily>();
  if (family && isInlineFamily(family as Family)) exclude.add(family as InlineFamily);
  const split = splitInline(text, folded, exclude);
  if (split.head) node.parts.push(split.head);
  const own = inlineDrafts(split.head, split.items);
  for (const d of own) bornInParent.add(d);
  node.children.push(...own);
  node.headingOnly = split.items.length === 0 && isTitleOnly(split.head);
  node.leadIn = split.items.length === 0 && isLeadIn(fold(split.head));
}

export function trimTrailingSeparators(s: string): string {
  return s.replace(/[\s,，;；、]+$/, "");
}
