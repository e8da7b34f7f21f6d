/**
 * Is a level character (`区`, `县`, `市`, `自治区` …) before a department's form a prefix that sets
 * the body's level, or part of a word (`城市`, `社区`, `县城`, `市民`)? The readers here answer
 * that for findMentions (department-match.ts), from the characters around the level.
 */
import { NOT_PREFIX_AFTER, NOT_PREFIX_BEFORE } from "./department-forms";
import type { TrieNode } from "./department-index";
import { newBody } from "./department-new";
import { walk } from "./department-walk";

/** The characters that can open a level prefix. */
export const LEVEL_CODES = new Set([..."省市区县自州盟旗"].map((c) => c.charCodeAt(0)));

const HAN = /[\u4e00-\u9fff]/;

/** Is the level character at `i` a prefix here (not the end of `城市`, `社区`)? */
export function prefixAllowed(folded: string, i: number): boolean {
  const ch = folded.startsWith("自治区", i) ? "省" : folded[i];
  const at = i + (ch === folded[i] ? 1 : 3);
  const after = folded[at] ?? "";
  // Twelfth wave: `州市`, `盟市` are tier words, but `州市场监管局` is 州 + 市场监管局 (市场 is no level).
  if (NOT_PREFIX_AFTER[ch]?.has(after) && !(after === "市" && folded[at + 1] === "场")) return false;
  const before = folded[i - 1] ?? "";
  if (!before || !HAN.test(before)) return true;
  // …and `同盟` is an alliance, but in `会同盟妇联`, `协同盟…` the 同 closes the verb before the level.
  if (before === "同" && /[会协]/.test(folded[i - 2] ?? "")) return true;
  return !NOT_PREFIX_BEFORE[ch]?.has(before);
}

/**
 * Does the level character at `i` end a word with the character before it (`特区`, `景区`, `城市`)?
 * Characters that end a word of their own before a level (`属地` + `区政府`, `市县` + `区`, `全`,
 * `辖`) leave the form standing.
 */
const ENDS_OWN_WORD = new Set([..."地县市全辖"]);
export function levelEndsWord(folded: string, i: number): boolean {
  const before = folded[i - 1] ?? "";
  return HAN.test(before) && !ENDS_OWN_WORD.has(before) && !!NOT_PREFIX_BEFORE[folded[i]]?.has(before);
}

/**
 * A level character that makes a word with the next one (`县城`, `市民`) is still a prefix
 * when a department's own form starts right after it (`县城管局` = 县 + 城管局).
 */
export function formAfterWord(folded: string, i: number, lpLength: number, root: TrieNode): boolean {
  if (LEVEL_CODES.has(folded.charCodeAt(i + lpLength))) return false;
  const rest = walk(folded, i + lpLength, root);
  // A body's full name (`城管局`), not a bare stem that is a word too (`县城管理`).
  if (rest && rest[1].kind !== "blocker" && /(?:局|厅|委|办|部门|中心)$/.test(folded.slice(i + lpLength, rest[0]))) return true;
  return nameAfterTierWord(folded, i, lpLength, root);
}

/**
 * The character after the level may instead open a two-character word that opens bodies' names
 * (乡村, 城乡, 城市: `县乡村振兴服务中心` is 县 + 乡村振兴服务中心, not the tier word 县乡 + 村). The
 * level is a prefix then only when a new body's name reads from it to a unit word, and no count
 * of tiers follows the word (`县乡村三级管护责任`: 县、乡、村 are tiers).
 */
const NAME_OPENING_WORD = /^(?:乡村|城乡|城市)(?![两二三四]级)/;
function nameAfterTierWord(folded: string, i: number, lpLength: number, root: TrieNode): boolean {
  return lpLength === 1 && NAME_OPENING_WORD.test(folded.slice(i + 1, i + 5)) && newBody(folded, i, root) !== null;
}
