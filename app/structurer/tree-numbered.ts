/**
 * Tree building, numbered blocks: Markdown headings, list items, marked lines (`一、`,
 * `（一）`, `一是`, with same-line siblings), parts and unnumbered section headings. Each
 * closes the open nodes it must (see TreeState.placeFamily) and opens a node of its own.
 */
import { fold } from "./fold";
import { CHAPTER_STAMP } from "./line-shapes";
import { continuationRun } from "./inline-markers";
import { parseLineMarker, type LineMarker } from "./markers";
import { FAMILY_RANK, STRONG_FAMILIES, type Family } from "./numbering";
import { isHeadingLike } from "./paragraphs";
import { draft, fillDraft, lastDescendant, trimTrailingSeparators, type Block, type Draft } from "./tree-drafts";
import type { TreeState } from "./tree-state";

export function placeHeading(s: TreeState, b: Block): void {
  while (s.stack.length) {
    const t = s.stack[s.stack.length - 1];
    if (t.heading && t.headingDepth < b.depth) break;
    s.stack.pop();
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
  s.attach(node);
  s.stack.push(node);
  s.last = node;
}

export function placeListItem(s: TreeState, b: Block): void {
  // A shallower item closes deeper lists first.
  while (s.stack.length) {
    const t = s.stack[s.stack.length - 1];
    const depth = t.family.startsWith("list:") ? Number(t.family.slice(5)) : -1;
    if (depth > b.depth) s.stack.pop();
    else break;
  }
  s.placeFamily(`list:${b.depth}`, 10 + b.depth, false);
  const node = draft({ family: `list:${b.depth}`, rank: 10 + b.depth, marker: b.listMarker });
  fillDraft(node, b.text, b.folded, null);
  s.attach(node);
  s.stack.push(node);
  s.last = lastDescendant(node);
}

export function placeMarked(s: TreeState, b: Block, lm: LineMarker): void {
  if (lm.family === "part") return placePart(s, lm);
  const family: Family = lm.family;
  // Eighteenth wave (2026-12-05): a designed section label (`PART 02`, `01`, `Part.1 现状`; markers.ts) heads a
  // section, so it takes a section's rank, above every numbered family, under a stack key of its own: read as
  // an `1.` item (its digits' family) a `（一）` below it refused to nest and fell out beside it, and a `1.` closed it.
  // Twenty-first wave: a decimal outline's level (`1`, `1.1`, `1.1.1`; decimal-outline.ts) is a stack key of its own,
  // so `1.1` nests under `1` though both are figures, and `2` closes `1.2`. Its rank sits under a section label's and
  // over every numbered family, so a `（一）` inside `2.1` nests there instead of closing it; it is not strong, so a
  // `一、` chapter above a decimal outline stays open.
  const key = lm.depth ? `decimal:${lm.depth}` : lm.label ? "section-label" : family;
  const rank = lm.depth ? 1 + lm.depth / 10 : lm.label ? 1 : FAMILY_RANK[family];
  const strong = !lm.depth && (lm.label || STRONG_FAMILIES.has(family));
  // A level closes the outline's deeper levels and its own even when a line above it was lost (`2` after `1.2`
  // whose chapter `1` a chrome rule took): the count of numbers, not the stack, says how deep it sits.
  const deeper = lm.depth ? s.stack.findIndex((t) => t.family.startsWith("decimal:") && Number(t.family.slice(8)) >= (lm.depth ?? 0)) : -1;
  if (deeper >= 0) s.stack.length = deeper;
  s.placeFamily(key, rank, strong);
  if (s.problemRun === "next") s.problemRun = family;
  const problem = s.problemRun === family;

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
    // (A symbol-font bullet pasted as a letter, `l`, `Ø`, is kept as written: it reads as a
    // word, so dropping it would lose a character of the input; so is the item's own number
    // behind a glyph, `🌿 一是`, markers.ts.)
    const marker = family === "bullet" && !/[\p{L}\p{N}]/u.test(cut.marker) ? null : cut.marker;
    node = draft({ family: key, rank, strong, marker, problem });
    const text = rest.slice(cut.start, cut.end).trim();
    const folded = restFolded.slice(cut.start, cut.end).trim();
    fillDraft(node, trimTrailingSeparators(text), trimTrailingSeparators(folded), family);
    s.attach(node);
  }
  if (!node) return;
  s.stack.push(node);
  s.last = lastDescendant(node);
  if (!node.parts.length && !node.children.length) s.pending = node;
}

function placePart(s: TreeState, lm: LineMarker): void {
  s.popToHeadings();
  const node = draft({ family: "part", rank: 0, strong: true, container: true, marker: lm.marker });
  if (lm.rest) {
    node.parts.push(lm.rest);
    if (isHeadingLike(fold(lm.rest), 40)) {
      node.title = lm.rest;
      node.headingOnly = true;
    }
  }
  s.attach(node);
  s.stack.push(node);
  s.last = node;
  if (!lm.rest) s.pending = node;
}

export function placePlainHeading(s: TreeState, b: Block): void {
  const section = enclosingSection(s);
  if (section) s.stack.length = s.stack.indexOf(section) + 1;
  else s.popToHeadings();
  // A chapter line's time code (`00:02:15\u3000老旧电梯问题突出`) is the section's marker, not its title (line-shapes.ts).
  const stamp = CHAPTER_STAMP.exec(b.text);
  const text = stamp ? b.text.slice(stamp[0].length) : b.text;
  const node = draft({
    family: "plain-heading",
    rank: 1,
    strong: true,
    container: true,
    marker: stamp ? stamp[1].trim() : null,
    title: text.replace(/[。.]$/, ""),
    parts: [text],
    headingOnly: true,
  });
  s.attach(node);
  s.stack.push(node);
  s.last = node;
}

/**
 * Fifteenth wave (2026-12-04): an account's section bar (`▍存在的问题`, `▌对策建议`) over numbered
 * items is a heading, not a bullet item: read as a bullet (the lowest rank) it could hold no `（一）`,
 * which refuses to nest under a lower rank, so the items fell out beside it. It takes a section's rank,
 * above every numbered family; the next bar closes it as a sibling.
 */
export function placeBarHeading(s: TreeState, b: Block, lm: LineMarker): void {
  s.placeFamily("section-bar", 1, true);
  const title = b.text.slice(lm.restStart).trim();
  const node = draft({ family: "section-bar", rank: 1, strong: true, container: true, title, parts: [title], headingOnly: true });
  s.attach(node);
  s.stack.push(node);
  s.last = node;
}

/**
 * An unnumbered heading over unnumbered headed items (tree.ts: isOuterHeading): it bounds
 * them like a Markdown heading of the first level, so the plain headings below nest in it.
 */
export function placeOuterHeading(s: TreeState, b: Block): void {
  s.stack.length = 0;
  const node = draft({
    family: "plain-outer",
    rank: 0,
    strong: true,
    heading: true,
    headingDepth: 1,
    container: true,
    title: b.text.replace(/[。.]$/, ""),
    parts: [b.text],
    headingOnly: true,
  });
  s.attach(node);
  s.stack.push(node);
  s.last = node;
}

/** Numbered section families a Word report writes its chapters in (`一、`, `Ⅰ、`, `（一）`). */
const SECTION_FAMILIES: ReadonlySet<string> = new Set(["cn-dun", "roman", "cn-paren"]);

/**
 * Sixth wave (2026-12-03): a numbered section whose own text is only its heading
 * (`三、对策建议`) and which holds nothing yet but unnumbered headings is their chapter: the
 * plain headings below (`简化审批流程` / `1．…`) nest in it rather than closing it. A section
 * with text of its own, or with numbered items already, is closed as before.
 */
function enclosingSection(s: TreeState): Draft | null {
  for (let i = s.stack.length - 1; i >= 0; i--) {
    const d = s.stack[i];
    if (d.heading) return null;
    if (!SECTION_FAMILIES.has(d.family)) continue;
    const bare = d.headingOnly && d.parts.length <= 1 && d.children.every((c) => c.family === "plain-heading");
    return bare ? d : null;
  }
  return null;
}
