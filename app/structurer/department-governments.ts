/**
 * The governments of every unit of a tier (issue #12, departments made general), however
 * the tier is spelt: `各县政府`, `各区县政府`, `各旗县政府`, `各县市区人民政府`, `各县（市、区）政府`,
 * `各县（区、市）政府`, `各市（州）人民政府`, `各地市政府`, `各市县政府`, and the tier alone as the
 * subject of a modal or role verb (`各盟市要…`, `各县区负责…`). Read by one pattern
 * instead of a list of spellings: after `各` (and `地`), level characters, bracketed
 * alternatives, then `(人民)政府`. The first character sets the tier (县/区/旗 county, 市/州/盟
 * city, 省 province); a later character of a lower tier adds that tier (`各市县` = cities and
 * counties), one of a higher tier is a unit of the same tier (`县市区`: county-level cities);
 * bracketed characters are alternatives of the same tier.
 */
import type { Level } from "./department-forms";

// The tier may stand for its governments without the word: `各盟市要组织…`, `各县区应当…` —
// a tier that opens a clause as the subject of a modal or a role verb is its governments.
// Tiers may also be listed with a comma of enumeration (`各盟市、旗县政府`, `各市、县政府`): one
// 各 and one 政府 for all of them.
const TIERS = /各地?((?:[省市区县旗州盟]|\([省市区县旗州盟、]{1,8}\)|、(?=[省市区县旗州盟])){1,7})(?:(?:人民)?政府|(?=要|应|须|需|务必|牵头|负责|统筹))/y;

const RANK: Record<string, number> = { 省: 0, 市: 1, 州: 1, 盟: 1, 区: 2, 县: 2, 旗: 2 };
const LEVEL_OF: readonly Level[] = ["省", "市", "区"];

/** [end, levels] of a tier's governments at `i` (which holds `各`), or null. */
export function tierGovernments(folded: string, i: number): [number, Level[]] | null {
  TIERS.lastIndex = i;
  const m = TIERS.exec(folded);
  return m ? [i + m[0].length, tierLevels(m[1])] : null;
}

/** The levels a tier spelling names (`盟市、旗县` → 市, 区; `县市区` → 区; `县（市、区）` → 区). */
export function tierLevels(tiers: string): Level[] {
  const outside = tiers.replace(/\([^)]*\)|、/g, "");
  const first = RANK[outside[0]];
  const ranks = new Set([first]);
  for (const ch of outside.slice(1)) if (RANK[ch] > first) ranks.add(RANK[ch]);
  return [...ranks].sort().map((r) => LEVEL_OF[r]);
}

/**
 * Twentieth wave: tiers listed under one 各 before a body's form (`各市、县卫健部门`, `各盟市、旗县市场监督管理部门`,
 * `各市县民政部门`): the candidate ends, longest first, of the tier spelling after `各` at `i` — the form's own
 * first character may be a level one (`县市场…`: 市 opens 市场), so the caller tries each.
 */
const TIER_LIST = /各((?:[省市区县旗州盟]|\([省市区县旗州盟、]{1,8}\)|、(?=[省市区县旗州盟])){2,7})/y;
export function tierListEnds(folded: string, i: number): { end: number; tiers: string }[] {
  TIER_LIST.lastIndex = i;
  const m = TIER_LIST.exec(folded);
  if (!m) return [];
  const out: { end: number; tiers: string }[] = [];
  for (let k = m[1].length; k >= 2; k--) {
    const tiers = m[1].slice(0, k);
    if (/[省市区县旗州盟)]$/.test(tiers) && (tiers.replace(/\([^)]*\)|、/g, "").length >= 2 || tiers.includes("("))) out.push({ end: i + 1 + k, tiers });
  }
  return out;
}

/**
 * Seventh wave: a tier named without `各` — two or three level characters, then `(人民)政府`
 * (`旗县政府对管护员给予补助`, `区县政府要…`, `省市县政府`): the governments of those tiers, as
 * `各旗县政府` is. `市区` is the urban area, not a tier; a character before that makes a word with
 * the first level (`城市`, `社区`, `郊区`: `notPrefixBefore`) leaves it.
 */
const BARE_TIER = /([省市区县旗州盟]{2,3})(?:人民)?政府/y;
const LEVEL_CHARS = /[省市区县旗州盟]/;

export function bareTierGovernments(folded: string, i: number, notPrefixBefore: Readonly<Record<string, ReadonlySet<string>>>): [number, Level[]] | null {
  BARE_TIER.lastIndex = i;
  const m = BARE_TIER.exec(folded);
  if (!m || m[1].startsWith("市区")) return null;
  const before = folded[i - 1] ?? "";
  if (LEVEL_CHARS.test(before) || before === "各" || notPrefixBefore[m[1][0]]?.has(before)) return null;
  const first = RANK[m[1][0]];
  const ranks = new Set([first]);
  for (const ch of m[1].slice(1)) if (RANK[ch] > first) ranks.add(RANK[ch]);
  return [i + m[0].length, [...ranks].sort().map((r) => LEVEL_OF[r])];
}

/**
 * A party committee and its government named under one prefix: `自治区党委、政府`, `县委、政府`,
 * `市委和政府` — the bare `政府` after the committee is the government of the committee's level
 * (the prefix is written once for both). Returns [end, level] for `政府` at `i`, or null.
 */
const COMMITTEE_BEFORE = /(自治区党委|[省市区县州盟旗]委|[省市区县州盟旗]党委)[、和及]$/;
const GOVERNMENT_AT = /(?:人民)?政府/y;
const COMMITTEE_LEVEL: Record<string, Level> = { 自: "省", 省: "省", 市: "市", 州: "市", 盟: "市", 区: "区", 县: "区", 旗: "区" };

export function sharedPrefixGovernment(folded: string, i: number): [number, Level] | null {
  GOVERNMENT_AT.lastIndex = i;
  const m = GOVERNMENT_AT.exec(folded);
  if (!m) return null;
  const committee = COMMITTEE_BEFORE.exec(folded.slice(Math.max(0, i - 6), i));
  // `省委、省政府` carries its own prefix (read as a prefixed form); only the bare word is ours.
  return committee ? [i + m[0].length, COMMITTEE_LEVEL[committee[1][0]]] : null;
}
