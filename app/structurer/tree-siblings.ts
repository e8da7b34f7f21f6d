/**
 * Sibling consistency: the items of one list share a shape.
 *
 * The stack in tree.ts nests a family it has not seen yet one level under the node open
 * before it. When that node is the last item of a flat list (its earlier siblings of the
 * same marker family are all leaves), that is usually wrong: what follows a list's last
 * item is the page's next turn, the next speaker's list, a closing paragraph — not a
 * sub-list of that one item. So, after the tree is built:
 *
 * - the last item of a run of at least two leaf siblings of its family, when the item is
 *   itself a sentence (its own text ends with `。！？` — it states a measure, it does not
 *   announce one with `：`), does not hold the nodes after it: they become its following
 *   siblings (items read from the item's own paragraph, `（四）加强监管。一是……二是……`,
 *   stay its own);
 * - a heading-shaped last item over ONE unnumbered leaf, where its siblings are leaves, is a
 *   leaf like them: one paragraph is its text, not a list of one.
 *
 * Earlier items with children of their own (`三、对策建议` over `（一）…（三）` after two
 * background sections with text only) keep them: the rule looks only at items that say a
 * sentence, or that hold a single plain paragraph.
 */
import { fold } from "./fold";
import { isBareHeading, isLeadIn } from "./paragraphs";
import { bornInParent, draft, lastDescendant, type DocumentDraft, type Draft } from "./tree-drafts";

const SENTENCE_END = /[。！？!?]["”’」』）)]*$/;

/** The item's own paragraph (its first part) is a statement (not a heading, not a lead-in ending with `：`). */
function saysSentence(d: Draft): boolean {
  if (d.heading || d.headingOnly || d.leadIn || d.container || d.problem) return false;
  const own = fold(d.parts[0] ?? "").trim();
  return own.length > 0 && SENTENCE_END.test(own);
}

/**
 * Tenth wave (2026-12-04): a question stands between the item's own text and its "children"
 * (`三是收运环节混装。` / `问：下一步怎么办？` / `答：首先，……`): they answer another question, so
 * they are no sub-list of the item, however short its own text (a title-only item like its siblings).
 * Only for an item whose own text is a sentence: a section heading over a question keeps its items.
 */
function askedBetween(d: Draft): boolean {
  // (A section's heading line, `▍委员的三条建议`, says no sentence: its question asks for the items under it.)
  const own = fold(d.parts[0] ?? "").trim();
  return SENTENCE_END.test(own) && d.parts.slice(1).some((p) => /[?？]\s*$/.test(p.trim()));
}

function isPlainLeaf(d: Draft): boolean {
  return d.children.length === 0 && d.marker === null;
}

/** An item over ONE unnumbered leaf that the tree made of a paragraph below it (not of the item's own text). */
function overLoneParagraph(d: Draft): boolean {
  return d.family !== "plain" && !d.heading && d.children.length === 1 && isPlainLeaf(d.children[0]) && !bornInParent.has(d.children[0]);
}

/** Applies the rule to one list of siblings, then to every child list (depth first). */
export function settleSiblings(list: Draft[], depth = 0): void {
  if (depth > 32) return;
  releaseGluedRuns(list);
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    if (!n.children.length || n.family === "plain" || n.heading) continue;
    const earlier = list.slice(0, i).filter((s) => s.family === n.family);
    const laterSame = list.slice(i + 1).some((s) => s.family === n.family);
    if (laterSame || earlier.length < 2 || earlier.some((s) => s.children.length > 0)) continue;
    if ((saysSentence(n) || askedBetween(n)) && !n.children.some((c) => bornInParent.has(c))) {
      list.splice(i + 1, 0, ...n.children);
      n.children = [];
    } else if (n.children.length === 1 && isPlainLeaf(n.children[0])) {
      n.parts.push(...n.children[0].parts);
      n.children = [];
    }
  }
  foldLoneParagraphs(list);
  for (const n of list) settleSiblings(n.children, depth + 1);
}

/**
 * Twenty-first wave (2026-12-05): a list's last item, then a line of its own, then a run of another
 * family. When nothing reads the layout, the line is glued to the item as its text, and the run
 * nests under the item (a family not seen yet opens one level deeper) or, for a family that refuses
 * to nest, stands beside it with no head. A bare heading there (`• 食品安全管理不规范` / `意见建议` /
 * `1. …`) is the page's next section, over the run; a lead-in paragraph (`针对以上问题，建议如下：`)
 * announces the page's next list, not the item's. So the heading becomes a section beside the item
 * holding the run; after a lead-in the run stands beside the item, the lead-in its text. Only for the
 * last item of its family whose earlier siblings are leaves (the run is a sub-list none of them has),
 * never for items read from the item's own paragraph (`（四）加强监管。一是……`).
 */
function releaseGluedRuns(list: Draft[]): void {
  for (let i = 0; i < list.length; i++) {
    const n = list[i];
    // (List items only: a section of its own, `plain-heading`, holds what follows it by right.)
    // An item whose own text is a heading (`三、会议议定事项` over `经协商，会议议定以下事项：`) is a section: what follows is its own.
    if (n.family === "plain" || n.family === "plain-heading" || n.heading || n.parts.length < 2 || isBareHeading(fold(n.parts[0]).trim(), 16)) continue;
    const earlier = list.slice(0, i).filter((s) => s.family === n.family);
    if (!earlier.length || earlier.some((s) => s.children.length > 0) || list.slice(i + 1).some((s) => s.family === n.family)) continue;
    const nested = n.children.length > 0;
    const run = nested ? n.children : followingRun(list, i);
    // (Nor a run read from a paragraph's own numbering: its lead-in, `委员们建议：一是……`, is that paragraph's head.)
    if (!run.length || run.some((c) => bornInParent.has(c) || c.family === n.family || c.family.startsWith("inline:"))) continue;
    const at = n.parts.length - 1;
    const line = fold(n.parts[at]).trim();
    const heading = isBareHeading(line, 16);
    if (!heading && !(/:$/.test(line) && isLeadIn(line))) continue;
    if (nested) n.children = [];
    else list.splice(i + 1, run.length);
    if (heading) {
      const text = n.parts[at].trim();
      n.parts.length = at;
      list.splice(i + 1, 0, draft({ family: "plain-heading", rank: 1, strong: true, container: true, title: text, parts: [text], headingOnly: true, children: run }));
    } else list.splice(i + 1, 0, ...run);
  }
}

/** The nodes right after `list[i]` that share the family of the first of them (a marked run, no plain paragraphs). */
function followingRun(list: Draft[], i: number): Draft[] {
  const first = list[i + 1];
  if (!first || first.family === "plain" || first.heading || first.family === "plain-heading") return [];
  let j = i + 1;
  while (j < list.length && list[j].family === first.family) j++;
  return list.slice(i + 1, j);
}

/**
 * Third wave (2026-12-03): the same shape anywhere in the list, not only at its end. A
 * numbered item over ONE unnumbered leaf (its paragraph happened to open with a short
 * sentence, read as a lead phrase), among at least two siblings of its family that are all
 * leaves over their own paragraph, is a leaf like them: the paragraph is its text. Sixteenth
 * wave (2026-12-05): siblings that are themselves over one such paragraph count as leaves too,
 * as long as one sibling is a leaf — a bar-heading list whose paragraphs propose (`委员们提出，…`)
 * in some items and only report in another is one list of items over one paragraph each.
 */
function foldLoneParagraphs(list: Draft[]): void {
  for (const n of list) {
    if (n.family === "plain" || n.heading || n.children.length !== 1 || !isPlainLeaf(n.children[0])) continue;
    if (bornInParent.has(n.children[0])) continue;
    const others = list.filter((s) => s !== n && s.family === n.family);
    // Sixteenth wave: siblings over one paragraph read as an item of their own (`▍把助浴车开进村` over
    // `……委员们提出，……`) are the same shape, once one sibling shows its paragraph as plain text.
    if (others.length < 2 || !others.some((s) => s.children.length === 0) || others.some((s) => s.children.length > 0 && !overLoneParagraph(s))) continue;
    n.parts.push(...n.children[0].parts);
    n.children = [];
  }
}

/**
 * Third wave (2026-12-03): a report's top-level list read from one paragraph's numbering
 * (`……建议：一是……二是……三是……`) shares its shape with nothing else at the top: paragraphs
 * made items only by their wording (a live blog's entries, `大会发言环节开始。……`, an event
 * sentence after the list) are the report's narrative. They go back into the intro (before
 * the first item) or into the text of the node before them, so no sentence is lost.
 */
export function settleNarrative(doc: DocumentDraft): void {
  const inline = doc.children.filter((d) => d.family.startsWith("inline:"));
  if (inline.length < 2 || new Set(inline.map((d) => d.family)).size !== 1) return;
  if (!doc.children.every((d) => d.family.startsWith("inline:") || (d.plain && d.children.length === 0))) return;
  if (inline.length === doc.children.length) return;
  const kept: Draft[] = [];
  for (const d of doc.children) {
    if (!d.plain) {
      kept.push(d);
      continue;
    }
    const before = kept[kept.length - 1];
    if (before) lastDescendant(before).parts.push(...d.parts);
    else doc.introParts.push(...d.parts);
  }
  doc.children = kept;
}
