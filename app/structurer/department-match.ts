/**
 * Finding department mentions in a folded text and resolving them to directory entries
 * at the right level.
 *
 * - A form from the directory (`市民政局`, `市卫健委`, `住建部门`, `公安`) is read
 *   leftmost-longest. A form with its own level (`市民政局`) names that entry; a bare or
 *   generic form (`公安`, `民政部门`) names its system at the text's level — in a
 *   provincial text `公安` is 省公安厅 — or, when the directory has no entry there, at the
 *   nearest higher level.
 * - A level prefix (`区`, `县`, `自治区`, `区委`, `市政府`, a place name before it:
 *   `明湖区水务局`) makes the level explicit: the form resolves at that level only, and
 *   when the directory has no entry there, it is a new body (`区水务局`, `县财政`).
 * - Grass-roots units (`派出所`, `司法所`) resolve at the lowest level the directory has;
 *   `市县政府`, `各级财政` name several levels at once.
 * - Weak stems (`应急`, `财政`, `消防`) count only in a list of departments, before
 *   `部门`, or with a level prefix.
 * - A department-like body the directory lacks (`市老龄办`, `省通信管理局`) is found by its
 *   level prefix and its suffix, and offered as new.
 */
import { NOT_PREFIX_BEFORE, prefixLevel, type Level } from "./department-forms";
import { variantEntry } from "./department-variants";
import { VERTICAL_CODES, levelGovernmentEnd, newBody, officePlace, predicateAfterForm, verticalBody } from "./department-new";
import { atLevel, systemAt, type DirectoryIndex, type Target, type TrieNode } from "./department-index";
import { branchOf, provincialForm, walk } from "./department-walk";
import { bareTierGovernments, sharedPrefixGovernment, tierGovernments } from "./department-governments";
import { OUTSIDE_CODES, outsideBody } from "./department-outside";
import { resolveDirect, resolvePrefixed, type Found } from "./department-resolve";
import { formalCommittee, levelCommittee, localTaxBureau, prefectureBody, severalLevels } from "./department-levels";
import { companyOpening, secondNameplate } from "./department-companies";
import { withFieldTeams } from "./department-field-teams";
import { withBareUnits } from "./department-bare-units";
import { LEVEL_CODES, formAfterWord, levelEndsWord, prefixAllowed } from "./department-level-prefix";

export type { Found } from "./department-resolve";


const WEI = "委".charCodeAt(0);
const GE = "各".charCodeAt(0);
const [ZHENG_START, REN, DI] = [..."政人地"].map((c) => c.charCodeAt(0));
/** The three sets above as bits of one table: the scan below asks them of every start character, and an array read costs less than three hash lookups. */
const [IS_LEVEL, IS_OUTSIDE, IS_VERTICAL] = [1, 2, 4];
const CODE_CLASS = new Uint8Array(0x10000);
for (const [set, bit] of [[LEVEL_CODES, IS_LEVEL], [OUTSIDE_CODES, IS_OUTSIDE], [VERTICAL_CODES, IS_VERTICAL]] as const) for (const c of set) CODE_CLASS[c] |= bit;

const [ZI, ZHENG, FU, JI, YUAN] = [..."自政府级员"].map((c) => c.charCodeAt(0));

/** Length of a level prefix at `i` (`区`, `市委`, `县政府`, `县级`, `州`, `盟`, `自治区`, `自治区党委`), or 0. */
function levelPrefixAt(folded: string, i: number): number {
  const c = folded.charCodeAt(i);
  // `自治区党委编办`: an autonomous region's party committee writes 党委 where a city writes 委.
  if (c === ZI) return folded.startsWith("自治区党委", i) && folded.charCodeAt(i + 5) !== YUAN ? 5 : folded.startsWith("自治区", i) ? 3 : 0;
  if (!LEVEL_CODES.has(c)) return 0; // round 11: 州 (a 自治州) and 盟 are city-level, like 市; round 13: 旗 county-level, like 县
  const n = folded.charCodeAt(i + 1);
  if (n === WEI && folded.charCodeAt(i + 2) !== YUAN) return 2;
  if (n === ZHENG && folded.charCodeAt(i + 2) === FU) return 3;
  if (n === JI) return 2;
  return 1;
}

const TUAN = "团".charCodeAt(0);
const GUO = "国".charCodeAt(0);
const [ZHONG, GONG] = [..."中共"].map((c) => c.charCodeAt(0));
/** `团县委`, `团区委`: the Youth League committee writes its level inside its name. */
// Twentieth wave: so at a banner's, a prefecture's and a league's level (`团旗委`, `团州委`, `团盟委`), the
// levels every other reader takes (travelling as 区, 市, 市).
const LEAGUE = /团(自治区|省|市|区|县|旗|州|盟)委(?!员)/y;

/** `团县委` → the league's entry at that level (the entry `团委` names), else a new body. */
function leagueCommittee(folded: string, i: number, index: DirectoryIndex): Found | null {
  LEAGUE.lastIndex = i;
  const m = LEAGUE.exec(folded);
  if (!m) return null;
  const end = i + m[0].length;
  const league = walk("团委", 0, index.root);
  const entry = league && league[1].kind === "entry" ? atLevel(index, league[1].entry, prefixLevel(m[1])) : null;
  return entry ? { start: i, end, names: [entry.name], isNew: false, weak: false } : { start: i, end, names: [], isNew: true, weak: false };
}

/** Per trie: which code units may start a mention (a form's first character, a level, 团). */
const startTables = new WeakMap<TrieNode, Uint8Array>();

function startTable(root: TrieNode): Uint8Array {
  let table = startTables.get(root);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const code of root.next.keys()) table[code] = 1;
    for (const code of LEVEL_CODES) table[code] = 1;
    table[TUAN] = 1;
    table[GE] = 1;
    table[ZHENG_START] = 1;
    table[REN] = 1;
    table[DI] = 1;
    for (const code of VERTICAL_CODES) table[code] = 1;
    for (const code of OUTSIDE_CODES) table[code] = 1;
    startTables.set(root, table);
  }
  return table;
}

export function findMentions(folded: string, index: DirectoryIndex, level: Level): Found[] {
  const out: Found[] = [];
  const root = index.root;
  const starts = startTable(root);
  const n = folded.length;
  let i = 0;
  while (i < n) {
    // Most characters start nothing: skip them with one table lookup each.
    while (i < n && starts[folded.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const code = folded.charCodeAt(i);
    const cls = CODE_CLASS[code];
    const league = code === TUAN ? leagueCommittee(folded, i, index) : null;
    if (league && (walk(folded, i, root)?.[0] ?? 0) < league.end) {
      out.push(league);
      i = league.end;
      continue;
    }
    // Seventh wave: `国家税务总局青禾市税务局` is the local bureau, not the national administration;
    // eighth wave: `中共青禾市委员会`, `共青团青山省委员会` are that level's committee.
    const tax = code === GUO ? localTaxBureau(folded, i, index) : code === ZHONG || code === GONG ? formalCommittee(folded, i, index) : null;
    if (tax) {
      out.push(tax);
      i = tax.end;
      continue;
    }
    // A body outside the tree (`香港卫生署`, `兵团水利局`, `高新区管委会`): new, under its own name.
    const outside = (cls & IS_OUTSIDE) !== 0 ? outsideBody(folded, i) : 0;
    if (outside) {
      out.push({ start: i, end: outside, names: [], isNew: true, weak: false });
      i = outside;
      continue;
    }
    const vertical = (cls & IS_VERTICAL) !== 0 ? verticalBody(folded, i, walk(folded, i, root)?.[0] ?? 0) : 0;
    if (vertical) {
      // Round 10: a level prefix right before it belongs to the name (`县河长办`).
      const last = out[out.length - 1];
      const levelBefore = i > 0 && LEVEL_CODES.has(folded.charCodeAt(i - 1)) && prefixAllowed(folded, i - 1);
      // Seventh wave: or the place a national system's office is named by (`嵛关海关`).
      // Sixteenth wave: a place ending in 州/盟 (`璪州海关`) is read before its last character is taken for a level.
      const place = last && last.end >= i ? 0 : officePlace(folded, i, vertical);
      const before = last && last.end >= i ? 0 : place > 1 ? place : levelBefore ? 1 : 0;
      const prefix = last && last.end > i - before ? 0 : before;
      out.push({ start: i - prefix, end: vertical, names: [], isNew: true, weak: false });
      i = vertical;
      continue;
    }
    // `各县（市、区）政府`; seventh wave: `旗县政府`, `区县政府` without 各.
    const tier = code === GE ? tierGovernments(folded, i) : (cls & IS_LEVEL) !== 0 ? bareTierGovernments(folded, i, NOT_PREFIX_BEFORE) : null;
    if (tier) {
      const names = tier[1].map((l) => systemAt(index, "人民政府", l)?.name).filter((n): n is string => !!n);
      if (names.length) out.push({ start: i, end: tier[0], names, isNew: false, weak: false });
      i = tier[0];
      continue;
    }
    // `自治区党委、政府`: the committee's prefix serves the government too.
    const shared = code === ZHENG_START || code === REN ? sharedPrefixGovernment(folded, i) : null;
    const sharedGovernment = shared ? systemAt(index, "人民政府", shared[1]) : null;
    if (shared && sharedGovernment) {
      out.push({ start: i, end: shared[0], names: [sharedGovernment.name], isNew: false, weak: false });
      i = shared[0];
      continue;
    }
    // A prefecture (`地区`) is city-level: its administrative office is its government.
    const prefecture = code === DI ? prefectureBody(folded, i, index) : null;
    if (prefecture) {
      out.push(prefecture);
      i = prefecture.end;
      continue;
    }
    // `市、区两级民政部门`, `省市县三级医保部门`: one form at every level listed.
    const levels = (cls & IS_LEVEL) !== 0 || code === GE ? severalLevels(folded, i, index, level) : null;
    if (levels) {
      out.push(levels);
      i = levels.end;
      continue;
    }
    const lpLength = (cls & IS_LEVEL) !== 0 ? levelPrefixAt(folded, i) : 0;
    if (!lpLength && !root.next.has(code)) {
      i++;
      continue;
    }
    let direct = root.next.has(code) ? walk(folded, i, root) : null;
    // Fifth wave: a directory form that opens with its level (`区政府`, `市委`) is no body when that
    // character ends a word with the one before it (`特区政府`, `景区政府`), as for a prefix.
    if (direct && direct[1].kind === "entry" && direct[1].prefixed && (cls & IS_LEVEL) !== 0 && levelEndsWord(folded, i)) direct = null;
    // An explicit level prefix, then a form of the directory (`区` + `水务局`).
    let prefixed: { end: number; target: Target; level: Level; prefix: string } | null = null;
    const allowed = lpLength > 0 && (prefixAllowed(folded, i) || formAfterWord(folded, i, lpLength, root));
    if (allowed) {
      const rest = walk(folded, i + lpLength, root);
      if (rest) {
        const prefix = folded.slice(i, i + lpLength);
        prefixed = { end: rest[0], target: rest[1], level: prefixLevel(prefix), prefix };
      }
    }
    // `自治区党委(宣传部)`: an autonomous region's forms read as the province's (department-walk.ts).
    // The province's form read in full beats a shorter stem after the prefix (`自治区农牧厅`:
    // the province's `省农牧厅`, not the bare stem `农牧` and a new body).
    const regionalRead = code === ZI && lpLength >= 3 && !direct ? provincialForm(folded, i, lpLength, root) : null;
    const regional = regionalRead && (!prefixed || regionalRead[0] > prefixed.end) ? regionalRead : null;
    if (regional) {
      const found = resolveDirect(folded, i, regional[0], regional[1], index, "省");
      if (found) out.push(found);
      i = regional[0];
      continue;
    }
    // A body the directory lacks, when it reads further than any directory form here
    // (`市委督查室`, not `市委` + `督查室`).
    const reach = Math.max(direct?.[0] ?? 0, prefixed?.end ?? 0);
    // Round 10: a weak stem after the prefix (`县农业` in `县农业技术推广中心`) gives way too.
    const weakStem = !!prefixed && prefixed.target.kind === "entry" && prefixed.target.weak && (!direct || direct[0] <= prefixed.end);
    // Thirteenth wave: a government's full name (`市人民政府`) reaches as far as its short prefix `市政府` does.
    const prefixReach = lpLength && folded.startsWith("人民政府", i + 1) ? 5 : lpLength;
    // Fourteenth wave: a directory form after the prefix followed by 和/与 may be the first field of a
    // merged bureau's official name (`县民族宗教和外事局`, `县政务服务和大数据管理局`): the new-body reader decides.
    const joinedField = !!prefixed && /[和与]/.test(folded[prefixed.end] ?? "") && (!direct || direct[0] <= prefixed.end);
    const body = allowed && (reach - i <= prefixReach + 1 || weakStem || joinedField) ? newBody(folded, i, root) : null;
    const branch = body && prefixed ? branchOf(index, prefixed.target, prefixed.level, folded.slice(prefixed.end, body[0])) : null;
    if (branch && body) {
      out.push({ start: i, end: body[0], names: [branch.name], isNew: false, weak: false });
      i = body[0];
      continue;
    }
    // Eleventh wave: a new name that runs on past a directory form into the predicate is that form.
    if (body && body[0] > reach && !(reach > i && predicateAfterForm(folded, reach, body[0]))) {
      // Tenth wave: a variant of a directory body's official name (`市文化和旅游局`) is that body (department-variants.ts).
      const variant = variantEntry(index, folded.slice(i, body[0]));
      out.push({ start: i, end: body[0], names: variant ? [variant.name] : [], isNew: !variant, weak: false });
      i = body[0];
      continue;
    }
    if (direct && (!prefixed || direct[0] >= prefixed.end)) {
      const [end, target] = direct;
      const found = resolveDirect(folded, i, end, target, index, level);
      if (found) out.push(found);
      i = end;
      continue;
    }
    if (prefixed && prefixed.target.kind !== "blocker") {
      const found = resolvePrefixed(folded, i, prefixed.end, prefixed.target, prefixed.level, index, prefixed.prefix);
      if (found) out.push(found);
      i = prefixed.end;
      continue;
    }
    // `县政府`, `区政府` standing alone: that level's people's government; so is
    // `自治区(人民)政府`, whose 区 is no level of its own.
    const region = code === ZI && lpLength === 3 ? /^(?:人民)?政府/.exec(folded.slice(i + 3, i + 7)) : null;
    if (region) {
      const government = systemAt(index, "人民政府", "省");
      if (government) {
        out.push({ start: i, end: i + 3 + region[0].length, names: [government.name], isNew: false, weak: false });
        i += 3 + region[0].length;
        continue;
      }
    }
    // Sixteenth wave: a prefecture's or a league's party committee standing alone (`报送州委、州政府`,
    // `经盟委同意`) is the city-level committee, as 州/盟 bodies are city bodies (department-levels.ts).
    const committee = allowed && !direct && lpLength === 2 ? levelCommittee(folded, i, index) : null;
    if (committee) {
      out.push(committee);
      i = committee.end;
      continue;
    }
    const govEnd = allowed && !direct && (lpLength === 3 || lpLength === 1) ? levelGovernmentEnd(folded, i) : 0;
    const government = govEnd ? systemAt(index, "人民政府", prefixLevel(folded.slice(i, i + 1))) : null;
    if (government) {
      out.push({ start: i, end: govEnd, names: [government.name], isNew: false, weak: false });
      i = govEnd;
      continue;
    }
    i++;
  }
  // Eighth wave: `市文化旅游集团`, `市交通投资集团` are companies, not the bureaus of their field.
  // Seventeenth wave: a team named by its field (`县农业综合行政执法大队`) is one body (department-field-teams.ts).
  const kept = out.filter((f, k) => !secondNameplate(folded, out[k - 1], f) && (f.isNew || !companyOpening(folded, f.start, f.end)));
  // Nineteenth wave: a body named bare by its field and unit word (`疾控中心`) where a body stands.
  return withBareUnits(folded, withFieldTeams(folded, kept), root);
}

