/**
 * Reading the directory's trie and moving an entry between levels: the longest form at a
 * position, a bare form at the text's level (or the nearest higher level with an entry),
 * a lower level's branch (`区生态环境分局`) as the bureau above, an autonomous region's form
 * as the province's (`自治区党委` → `省委`). Split from department-match.ts.
 */
import { LEVELS, type Level } from "./department-forms";
import { atLevel, systemAt, type DirectoryIndex, type Entry, type Target, type TrieNode } from "./department-index";

const WORD_AFTER_BAN = /[理法事结好成件学案]/;

/** Longest trie match from `i`; returns [end, target] or null. */
export function walk(folded: string, i: number, root: TrieNode): [number, Target] | null {
  let node: TrieNode | undefined = root;
  let end = -1;
  let target: Target | null = null;
  const stop = Math.min(folded.length, i + 40);
  for (let j = i; j < stop; j++) {
    node = node.next.get(folded.charCodeAt(j));
    if (!node) break;
    // Tenth wave: a form closing in 办 before 理/法/事… is the verb 办理 (`交市政府办理`), not the
    // office's short form `市政府办`: the shorter form before it stands.
    if (node.target && !(folded[j] === "办" && WORD_AFTER_BAN.test(folded[j + 1] ?? ""))) {
      end = j + 1;
      target = node.target;
    }
  }
  return target ? [end, target] : null;
}

/**
 * Resolve a directory entry met through a bare or generic form to the text's level,
 * moving up when the directory has nothing at that level.
 */
export function resolveBare(index: DirectoryIndex, entry: Entry, level: Level): Entry {
  const from = LEVELS.indexOf(level);
  for (let k = from; k >= 0; k--) {
    const found = atLevel(index, entry, LEVELS[k]);
    if (found) return found;
  }
  return entry;
}

export function lowestWith(index: DirectoryIndex, system: string): Entry | null {
  for (let k = LEVELS.length - 1; k >= 0; k--) {
    const found = systemAt(index, system, LEVELS[k]);
    if (found) return found;
  }
  return null;
}

/** A branch of a bureau of the level above. */
const BRANCH = /^(?:分局|分中心)$/;

/**
 * A branch (`区生态环境分局`, `县自然资源分局`: a form, then `分局`) is its system's bureau at
 * the nearest level above that has one: a level without its own bureau is served by a branch.
 */
export function branchOf(index: DirectoryIndex, target: Target, level: Level, word: string): Entry | null {
  if (target.kind !== "entry" || !BRANCH.test(word) || atLevel(index, target.entry, level)) return null;
  const up = resolveBare(index, target.entry, level);
  return up.level !== level && atLevel(index, up, up.level ?? level) ? up : null;
}

/** An autonomous region's form read as the province's (`自治区党委` → `省委`): [end in `folded`, target] or null. */
export function provincialForm(folded: string, i: number, lpLength: number, root: TrieNode): [number, Target] | null {
  const head = lpLength === 5 ? "省委" : "省";
  const rest = folded.slice(i + lpLength, i + lpLength + 30);
  const m = walk(head + rest, 0, root);
  if (!m || m[1].kind === "blocker" || m[0] < head.length) return null;
  return [i + lpLength + m[0] - head.length, m[1]];
}

