/**
 * Tenth wave (2026-12-04, issue 12): a role written as a TAG in brackets after the names it
 * covers — the way a task list, a 督办 table pasted as rows or a 提案 交办 notice marks who
 * leads inside one unit field:
 *
 *   责任单位：区住建局（牵头）、区财政局、区城管局
 *   承办单位：市水务局（主办），市生态环境局、市城管局（会办）
 *   交办单位：区民政局（主办）、区卫健局（协办）
 *
 * A tag covers the names before it back to the previous tag or the start of the field (the
 * colon, a `;`), so `市生态环境局、市城管局（会办）` are both co. A name after the last tag of
 * its field, when the field has a lead tag, is one of the others: co (`区财政局、区城管局` after
 * `区住建局（牵头）`). The field is read between clause breaks (`。`, `;`, `:`), never across a
 * sentence. Bracketed remarks that are no role word (`（按职责分工负责）`) are no tags.
 */
import type { Found } from "./department-match";
import type { Role } from "./types";

const TAG = /\((牵头|主办|主责|负责|配合|协办|会办|协助|参与)(?:单位|部门)?\)/g;
const CO = /^(?:配合|协办|会办|协助|参与)$/;
/** What may stand between a name and its tag: more names and joiners, no clause break and no other bracket. */
const SPAN_BREAK = /[。;:!?(]/;

function roleOf(word: string): Role {
  return CO.test(word) ? "co" : "lead";
}

/** The role a bracketed tag gives the body `m` in its field, or null when none covers it. */
export function taggedRole(folded: string, m: Found): Role | null {
  if (!folded.includes("(")) return null;
  // The field the name stands in: from the last clause break before it to the next one after.
  let start = m.start;
  while (start > 0 && !/[。;:!?\n]/.test(folded[start - 1])) start--;
  let end = m.end;
  while (end < folded.length && !/[。;:!?\n]/.test(folded[end])) end++;
  const field = folded.slice(start, end);
  const at = m.end - start;
  let sawLead = false;
  for (const t of field.matchAll(TAG)) {
    const pos = t.index ?? 0;
    if (pos >= at) {
      // The first tag after the name covers it when only names and joiners stand between.
      const between = field.slice(at, pos);
      return SPAN_BREAK.test(between) ? null : roleOf(t[1]);
    }
    if (roleOf(t[1]) === "lead") sawLead = true;
  }
  // After the field's last tag: one of the others beside its lead — in a labelled field only
  // (`责任单位：…`), not in a sentence whose later subject acts on its own.
  return sawLead && folded[start - 1] === ":" ? "co" : null;
}
