/**
 * A generic form after the body it stands for (issue #12, departments made general). In
 * `建议省高级人民法院、省人民检察院建立协作机制，检察机关对…发出检察建议`, `检察机关` is the
 * 省人民检察院 the sentence has just named, whatever level the document speaks at: a bare
 * or generic form (`检察机关`, `民政部门`, `公安`) whose system a body with an explicit level
 * has already named earlier in the same sentence refers back to that body. Across
 * sentences the document's level decides, as before.
 */
import { atLevel, type DirectoryIndex, type Entry } from "./department-index";
import type { Found } from "./department-match";

const SENTENCE_END = /[。!?！？\n]/;

/** The directory entry named `name`, by its systems. */
function entryNamed(index: DirectoryIndex, name: string): Entry | null {
  for (const levels of index.bySystem.values()) for (const entries of levels.values()) for (const e of entries) if (e.name === name) return e;
  return null;
}

export function referBack(folded: string, found: Found[], index: DirectoryIndex): Found[] {
  if (!found.some((m) => m.bare) || found.length < 2) return found;
  return found.map((m, k) => {
    if (!m.bare) return m;
    for (let j = k - 1; j >= 0; j--) {
      const prior = found[j];
      if (SENTENCE_END.test(folded.slice(prior.end, m.start))) break;
      if (prior.bare || prior.isNew || prior.names.length !== 1 || prior.names[0] === m.names[0]) continue;
      const entry = entryNamed(index, prior.names[0]);
      if (entry && entry.systems.some((x) => m.bare!.includes(x)) && atLevel(index, entry, entry.level ?? "市") === entry) return { ...m, names: [entry.name] };
    }
    return m;
  });
}
