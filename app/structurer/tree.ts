/**
 * Tree building: from a document's blocks (after its title and byline) to sections and
 * items.
 *
 * Nesting follows the text rather than a fixed scheme. A stack holds the open nodes;
 * a marker whose family is already open closes everything above that node and becomes
 * its sibling; a family not seen yet opens one level deeper. So `一是` lines are the top
 * level in a text that starts with them, and items under `（一）` in a text that starts
 * with `（一）`. Only the conventional top families (part, `一、`, `（一）`) refuse to nest
 * under a lower-ranked one. Markdown headings bound everything below them.
 *
 * Unnumbered paragraphs are read by position and content: before the first marker they
 * are the document's intro; under a heading-only section, a part or a Markdown heading
 * they become recommendations when they read like one (see paragraphs.ts), else they
 * are the container's own text; otherwise they continue the text of the node before them.
 */
import { fold } from "./fold";
import {
  FAMILY_RANK,
  STRONG_FAMILIES,
  continuationRun,
  isInlineFamily,
  parseLineMarker,
  splitInline,
  type Family,
  type InlineFamily,
  type InlineItem,
  type LineMarker,
} from "./markers";
import { isBareHeading, isHeadingLike, isLeadIn, isRecommendationLike, isClearlyNarrative } from "./paragraphs";

export interface Block {
  kind: "para" | "heading" | "list";
  text: string;
  folded: string;
  depth: number;
  listMarker: string | null;
  /** Line-start marker of a paragraph (null for unnumbered paragraphs, headings, lists). */
  line: LineMarker | null;
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
}

export interface DocumentDraft {
  introParts: string[];
  children: Draft[];
  leadIn: boolean;
}

function draft(init: Partial<Draft> & { family: string }): Draft {
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

function lastDescendant(d: Draft): Draft {
  let node = d;
  for (let guard = 0; guard < 64 && node.children.length; guard++) node = node.children[node.children.length - 1];
  return node;
}

function inlineDraft(item: InlineItem): Draft {
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

export class TreeBuilder {
  private readonly doc: DocumentDraft = { introParts: [], children: [], leadIn: false };
  private readonly stack: Draft[] = [];
  /** The node whose text a continuation paragraph extends. */
  private last: Draft | null = null;
  /** A marker that stood alone on its line; the next paragraph is its content. */
  private pending: Draft | null = null;
  private structured = false;
  private plainHeadings = false;

  build(blocks: Block[]): DocumentDraft {
    // A text with any marker, heading or list item has structure: unnumbered paragraphs
    // before the first one are the intro, whatever they look like.
    this.structured = blocks.some((b) => b.kind !== "para" || b.line !== null);
    this.plainHeadings = !this.structured && this.countBareHeadings(blocks) >= 2;
    blocks.forEach((b, i) => this.add(b, blocks[i + 1]));
    return this.doc;
  }

  /** Unnumbered heading lines, each followed by text: the sections of an unnumbered text. */
  private countBareHeadings(blocks: Block[]): number {
    let n = 0;
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (next && this.isBareHeadingBlock(b) && !this.isBareHeadingBlock(next)) n++;
    });
    return n;
  }

  private isBareHeadingBlock(b: Block): boolean {
    return b.kind === "para" && b.line === null && isBareHeading(b.folded);
  }

  private add(b: Block, next: Block | undefined): void {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      if (b.kind === "para" && b.line === null) {
        if (!p.container) {
          // `一、` alone on a line (common in Word exports): this paragraph is its text.
          this.fill(p, b.text, b.folded, p.family);
          this.last = lastDescendant(p);
          return;
        }
        // `第一调研组` then `发展普惠托育服务`: a heading line under a part is its title.
        if (isHeadingLike(b.folded, 40) && !b.folded.trim().endsWith("。")) {
          p.title = b.text.replace(/[。.]$/, "");
          p.parts.push(b.text);
          p.headingOnly = true;
          return;
        }
      }
    }
    if (b.kind === "heading") return this.heading(b);
    if (b.kind === "list") return this.listItem(b);
    if (b.line) return this.marked(b, b.line);
    if (this.plainHeadings && next && this.isBareHeadingBlock(b) && !this.isBareHeadingBlock(next)) {
      return this.plainHeading(b);
    }
    this.paragraph(b);
  }

  // ───────────────────────────── placement ─────────────────────────────

  private top(): Draft | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }

  private attach(node: Draft): void {
    const parent = this.top();
    (parent ? parent.children : this.doc.children).push(node);
  }

  /** Close open nodes so that a node of `family` can be placed; returns nothing. */
  private placeFamily(family: string, rank: number, strong: boolean): void {
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

  private popToHeadings(): void {
    while (this.stack.length && !this.stack[this.stack.length - 1].heading) this.stack.pop();
  }

  // ───────────────────────────── block kinds ─────────────────────────────

  private heading(b: Block): void {
    while (this.stack.length) {
      const t = this.stack[this.stack.length - 1];
      if (t.heading && t.headingDepth < b.depth) break;
      this.stack.pop();
    }
    const lm = parseLineMarker(b.text, b.folded, { allowSequence: true });
    const rest = lm ? lm.rest : b.text;
    const node = draft({
      family: `h${b.depth}`,
      rank: -10 + b.depth,
      heading: true,
      headingDepth: b.depth,
      container: true,
      marker: lm ? lm.marker : null,
      title: rest || null,
      parts: rest ? [rest] : [],
      headingOnly: true,
    });
    this.attach(node);
    this.stack.push(node);
    this.last = node;
  }

  private listItem(b: Block): void {
    // A shallower item closes deeper lists first.
    while (this.stack.length) {
      const t = this.stack[this.stack.length - 1];
      const depth = t.family.startsWith("list:") ? Number(t.family.slice(5)) : -1;
      if (depth > b.depth) this.stack.pop();
      else break;
    }
    this.placeFamily(`list:${b.depth}`, 10 + b.depth, false);
    const node = draft({ family: `list:${b.depth}`, rank: 10 + b.depth, marker: b.listMarker });
    this.fill(node, b.text, b.folded, null);
    this.attach(node);
    this.stack.push(node);
    this.last = lastDescendant(node);
  }

  private marked(b: Block, lm: LineMarker): void {
    if (lm.family === "part") return this.part(lm);
    const family: Family = lm.family;
    const rank = FAMILY_RANK[family];
    this.placeFamily(family, rank, STRONG_FAMILIES.has(family));

    const rest = b.text.slice(lm.restStart);
    const restFolded = b.folded.slice(lm.restStart);
    // `一是……。二是……。` on one line: siblings, not one node.
    const siblings = continuationRun(restFolded, family, lm.number);
    const cuts = [{ marker: lm.marker, start: 0, end: siblings.length ? siblings[0].index : rest.length }];
    siblings.forEach((hit, i) =>
      cuts.push({
        marker: rest.slice(hit.index, hit.end).trim(),
        start: hit.end,
        end: i + 1 < siblings.length ? siblings[i + 1].index : rest.length,
      }),
    );
    let node: Draft | null = null;
    for (const cut of cuts) {
      // A bullet (•, -) is not numbering: like a Markdown bullet item, its marker is null.
      const marker = family === "bullet" ? null : cut.marker;
      node = draft({ family, rank, strong: STRONG_FAMILIES.has(family), marker });
      const text = rest.slice(cut.start, cut.end).trim();
      const folded = restFolded.slice(cut.start, cut.end).trim();
      this.fill(node, trimTrailingSeparators(text), trimTrailingSeparators(folded), family);
      this.attach(node);
    }
    if (!node) return;
    this.stack.push(node);
    this.last = lastDescendant(node);
    if (!node.parts.length && !node.children.length) this.pending = node;
  }

  private part(lm: LineMarker): void {
    this.popToHeadings();
    const node = draft({ family: "part", rank: 0, strong: true, container: true, marker: lm.marker });
    if (lm.rest) {
      node.parts.push(lm.rest);
      if (isHeadingLike(fold(lm.rest), 40)) {
        node.title = lm.rest;
        node.headingOnly = true;
      }
    }
    this.attach(node);
    this.stack.push(node);
    this.last = node;
    if (!lm.rest) this.pending = node;
  }

  private plainHeading(b: Block): void {
    this.popToHeadings();
    const node = draft({
      family: "plain-heading",
      rank: 1,
      strong: true,
      container: true,
      title: b.text.replace(/[。.]$/, ""),
      parts: [b.text],
      headingOnly: true,
    });
    this.attach(node);
    this.stack.push(node);
    this.last = node;
  }

  /** May this node take unnumbered paragraphs as its recommendations? */
  private accepts(d: Draft): boolean {
    const lastChild = d.children[d.children.length - 1];
    if (lastChild) return lastChild.plain;
    return d.container || d.headingOnly || d.leadIn;
  }

  private paragraph(b: Block): void {
    const top = this.top();
    if (!top) return this.topLevelParagraph(b);

    if (this.accepts(top)) {
      if (this.readsAsRecommendation(b, top.leadIn)) return this.addPlain(top.children, b);
      const split = splitInline(b.text, b.folded);
      if (split.items.length && top.children.length === 0) {
        if (split.head) top.parts.push(split.head);
        top.children.push(...split.items.map(inlineDraft));
        this.last = lastDescendant(top);
        return;
      }
      if (top.children.length === 0) {
        top.parts.push(b.text);
        top.leadIn = top.leadIn || isLeadIn(b.folded);
        this.last = top;
        return;
      }
      return this.continueLast(b, top);
    }

    if (top.children.length === 0) {
      const split = splitInline(b.text, b.folded);
      if (split.items.length) {
        if (split.head) top.parts.push(split.head);
        top.children.push(...split.items.map(inlineDraft));
        this.last = lastDescendant(top);
        return;
      }
    }
    this.continueLast(b, top);
  }

  /** A paragraph with no open node: intro, a top-level recommendation, or continuation. */
  private topLevelParagraph(b: Block): void {
    const doc = this.doc;
    if (this.structured && doc.children.length === 0) {
      doc.introParts.push(b.text);
      return;
    }
    const split = splitInline(b.text, b.folded);
    if (split.items.length && doc.children.length === 0) {
      const head = split.head;
      const headFolded = fold(head);
      if (!head || isLeadIn(headFolded) || !isRecommendationLike(headFolded)) {
        // "为此建议：一是……二是……": the lead-in is intro, the items are the recommendations.
        if (head) doc.introParts.push(head);
        doc.children.push(...split.items.map(inlineDraft));
        this.last = lastDescendant(doc.children[doc.children.length - 1]);
        return;
      }
    }
    if (this.readsAsRecommendation(b, doc.leadIn)) return this.addPlain(doc.children, b);
    if (doc.children.length === 0) {
      doc.introParts.push(b.text);
      doc.leadIn = doc.leadIn || isLeadIn(b.folded);
      return;
    }
    this.continueLast(b, null);
  }

  /** After `为此建议：` every paragraph is a recommendation unless it plainly is not. */
  private readsAsRecommendation(b: Block, afterLeadIn: boolean): boolean {
    return afterLeadIn ? !isClearlyNarrative(b.folded) : isRecommendationLike(b.folded);
  }

  private addPlain(siblings: Draft[], b: Block): void {
    const node = draft({ family: "plain", plain: true });
    this.fill(node, b.text, b.folded, null);
    siblings.push(node);
    this.last = lastDescendant(node);
  }

  private continueLast(b: Block, top: Draft | null): void {
    const target = this.last ?? top;
    if (target) target.parts.push(b.text);
    else this.doc.introParts.push(b.text);
  }

  /** Put a node's content in place: its own text, and any inline items as children. */
  private fill(node: Draft, text: string, folded: string, family: string | null): void {
    const exclude = new Set<InlineFamily>();
    if (family && isInlineFamily(family as Family)) exclude.add(family as InlineFamily);
    const split = splitInline(text, folded, exclude);
    if (split.head) node.parts.push(split.head);
    node.children.push(...split.items.map(inlineDraft));
    node.headingOnly = split.items.length === 0 && isTitleOnly(split.head);
    node.leadIn = split.items.length === 0 && isLeadIn(fold(split.head));
  }
}

function trimTrailingSeparators(s: string): string {
  return s.replace(/[\s,，;；、]+$/, "");
}
