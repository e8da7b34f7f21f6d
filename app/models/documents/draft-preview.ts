// The import preview's pure parts (导入预览): suggested new departments read
// from the structurer's `new` mentions, and carrying staff's work over when a
// draft is structured again with kept lines. No I/O.
import type { StructureNode, StructureResult } from "../../structurer/types";
import type { DepartmentSuggestion, DraftContent, DraftDocument, DraftNode } from "./draft-tree";

const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence of `text` around the first place it names `mention`, at most ~120 characters. */
export function sentenceAround(text: string, mention: string): string {
  const at = text.indexOf(mention);
  if (at < 0) return "";
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]) && at - start < 60) start--;
  let end = at + mention.length;
  while (end < text.length && !SENTENCE_END.test(text[end]) && end - at < 60) end++;
  if (end < text.length && text[end] !== "\n") end++;
  return text.slice(start, end).trim();
}

/**
 * Every body the structurer offered as new, once per name, with how the text wrote it
 * and the sentences that name it. Decisions already taken (accepted, ignored) stay.
 */
export function suggestionsFrom(result: StructureResult, previous: DepartmentSuggestion[] = []): DepartmentSuggestion[] {
  const byName = new Map<string, DepartmentSuggestion>();
  const note = (name: string, mention: string, text: string) => {
    let s = byName.get(name);
    if (!s) {
      const before = previous.find((p) => p.name === name);
      byName.set(name, (s = { name, mentions: [], contexts: [], status: before?.status ?? "pending" }));
    }
    if (!s.mentions.includes(mention)) s.mentions.push(mention);
    const context = sentenceAround(text, mention);
    if (context && !s.contexts.includes(context) && s.contexts.length < 3) s.contexts.push(context);
  };
  const walk = (nodes: StructureNode[]) => {
    for (const n of nodes) {
      for (const m of n.departments) if (m.new) note(m.name, m.mention, n.text || n.title);
      walk(n.children);
    }
  };
  for (const d of result.documents) {
    for (const m of d.departments ?? []) if (m.new) note(m.name, m.mention, `${d.title}\n${d.intro}`);
    walk(d.children);
  }
  return [...byName.values()];
}

/** Drop (ignored) or settle (accepted) the `new` mentions of one suggested name in every node. */
export function settleSuggestion(content: DraftContent, name: string, status: "accepted" | "ignored"): DraftContent {
  const next = structuredClone(content);
  const walk = (nodes: DraftNode[]) => {
    for (const n of nodes) {
      n.departments = n.departments
        .filter((m) => !(m.new && m.name === name && status === "ignored"))
        .map((m) => (m.new && m.name === name ? { name: m.name, mention: m.mention, role: m.role, confirmed: m.confirmed } : m));
      walk(n.children);
    }
  };
  for (const d of next.documents) walk(d.children);
  next.suggestions = (next.suggestions ?? []).map((s) => (s.name === name ? { ...s, status } : s));
  return next;
}

/** The text and shape of a document's tree, departments aside: what re-structuring can change. */
function shapeOf(d: DraftDocument | undefined): string {
  if (!d) return "";
  const nodes = (list: DraftNode[]): unknown => list.map((n) => [n.marker, n.title, n.text, nodes(n.children)]);
  return JSON.stringify([d.intro, nodes(d.children)]);
}

/** JSON with sorted keys: drafts come back from jsonb, which does not keep key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function sameDocument(a: DraftDocument, b: DraftDocument): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Merge a fresh structuring (with the newly kept lines) into the draft staff edited.
 * `baseline` is the structuring the draft started from (same source, the old kept lines).
 * A document the kept lines did not change keeps everything staff did to it. A changed
 * document takes the fresh tree, with staff's meta (and title, when they edited it);
 * when staff had also edited that tree, its index is returned in `reset`.
 */
export function carryOver(draft: DraftDocument[], baseline: DraftDocument[], fresh: DraftDocument[]) {
  const reset: number[] = [];
  const documents = fresh.map((f, i) => {
    const mine = draft[i];
    const base = baseline[i];
    if (!mine) return f;
    if (base && shapeOf(f) === shapeOf(base)) return mine;
    const titleEdited = !base || mine.meta.title !== base.meta.title;
    const treeEdited = !base || shapeOf(mine) !== shapeOf(base) || !sameDocument({ ...mine, meta: base.meta }, base);
    if (treeEdited) reset.push(i);
    return { ...f, meta: { ...mine.meta, title: titleEdited ? mine.meta.title : f.meta.title, byline: f.meta.byline } };
  });
  return { documents, reset };
}
