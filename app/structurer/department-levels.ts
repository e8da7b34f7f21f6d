/**
 * Levels named by the words before a form (third wave, 2026-12-03): several levels written
 * out (`市、区两级民政部门`, `各级民政部门`, `市、区两级政府`) and a prefecture (`地区行署`,
 * `地区教育局`), which is city-level. Split from department-match.ts, which calls these at a
 * level character, `各` or `地`.
 */
import { LEVELS, prefixLevel, type Level } from "./department-forms";
import { atLevel, systemAt, type DirectoryIndex } from "./department-index";
import type { Found } from "./department-resolve";
import { walk } from "./department-walk";
import { tierLevels, tierListEnds } from "./department-governments";

/**
 * Levels written out before a form: `市、区两级`, `市区两级`, `省市县三级`, `市县两级`; seventh wave:
 * and an autonomous region's tiers, `自治区、盟市、旗县三级`, `盟市旗县两级`, `州市`, `旗`, `盟`.
 */
const TIER = "(?:自治区|盟市|州市|旗县|[省市区县旗盟州])";
const SEVERAL_LEVELS = new RegExp(`(?:(${TIER})、?(${TIER})(?:、?(${TIER}))?(?:两级|三级)|各级)`, "y");

/**
 * A form after several levels names its system at each of them (`市、区两级民政部门` → 市民政局
 * and 区民政局; `市区两级财政` → 市财政局, and 区财政局 where the directory has one). The count
 * word (`两级`, `三级`) is required: `市区` alone is the city's urban area.
 */
export function severalLevels(folded: string, i: number, index: DirectoryIndex, level: Level): Found | null {
  SEVERAL_LEVELS.lastIndex = i;
  const m = SEVERAL_LEVELS.exec(folded);
  if (!m) return folded[i] === "各" ? listedTiers(folded, i, index) : null;
  const end = i + m[0].length;
  // `各级` is every level at or below the text's.
  const levels: Level[] = m[1] ? [m[1], m[2], m[3]].filter((c): c is string => !!c).map(prefixLevel) : LEVELS.slice(LEVELS.indexOf(level));
  // `市、区两级政府`: the people's government of each level.
  const government = /^(?:人民)?政府/.exec(folded.slice(end, end + 4));
  const form = government ? null : walk(folded, end, index.root);
  if (!government && (!form || form[1].kind !== "entry" || form[1].prefixed)) return null;
  const names: string[] = [];
  for (const l of levels) {
    const at = government ? systemAt(index, "人民政府", l) : form && form[1].kind === "entry" ? atLevel(index, form[1].entry, l) : null;
    if (at && !names.includes(at.name)) names.push(at.name);
  }
  const stop = government ? end + government[0].length : form![0];
  return names.length ? { start: i, end: stop, names, isNew: false, weak: false } : null;
}

/**
 * Twentieth wave: tiers listed under one 各 before a form the directory has bare (`各市、县卫健部门` → 市卫生健康委员会
 * and 区卫生健康局; `各盟市、旗县市场监督管理部门` → 市市场监督管理局, the directory having no district entry): the
 * form at each tier's level, as levels written out with 两级 are. Governments are read by tierGovernments first.
 */
function listedTiers(folded: string, i: number, index: DirectoryIndex): Found | null {
  for (const { end, tiers } of tierListEnds(folded, i)) {
    const form = walk(folded, end, index.root);
    if (!form || form[1].kind !== "entry" || form[1].prefixed) continue;
    const entry = form[1].entry;
    const names = tierLevels(tiers).map((l) => atLevel(index, entry, l)?.name).filter((n): n is string => !!n);
    if (names.length) return { start: i, end: form[0], names: [...new Set(names)], isNew: false, weak: false };
  }
  return null;
}

const PREFECTURE = /地区(行政公署|行署|委员会|委(?!员))?/y;
const UNIT_CLOSED = /(?:局|厅|委|办|中心|部门|支队)$/;

/**
 * A prefecture (`地区`) is a city-level unit of a province: `地区行署` (its administrative
 * office, `地区行政公署`) is the city's people's government, `地委` its party committee, and a
 * bureau named after it (`地区教育局`, `地区卫健委`) the city's bureau of that system. Only a
 * full name closed by a unit word follows: `贫困地区教育` or `地区生产总值` name nothing.
 */
export function prefectureBody(folded: string, i: number, index: DirectoryIndex): Found | null {
  PREFECTURE.lastIndex = i;
  const m = PREFECTURE.exec(folded);
  if (!m) return null;
  const end = i + m[0].length;
  if (m[1]) {
    const system = m[1].startsWith("行") ? "人民政府" : null;
    const entry = system ? systemAt(index, system, "市") : partyCommittee(index);
    return entry ? { start: i, end, names: [entry.name], isNew: false, weak: false } : null;
  }
  const form = walk(folded, end, index.root);
  if (!form || form[1].kind !== "entry" || form[1].prefixed || !UNIT_CLOSED.test(folded.slice(end, form[0]))) return null;
  const entry = atLevel(index, form[1].entry, "市");
  return entry ? { start: i, end: form[0], names: [entry.name], isNew: false, weak: false } : null;
}

/** The city's party committee (the entry `市委` names). */
function partyCommittee(index: DirectoryIndex): { name: string } | null {
  const hit = walk("市委", 0, index.root);
  return hit && hit[0] === 2 && hit[1].kind === "entry" ? hit[1].entry : null;
}

/**
 * Seventh wave: the tax system's local bureaus carry the national administration's name before
 * their own (`国家税务总局青禾市税务局`, `国家税务总局某县税务局`): the whole is the local bureau
 * of its level — the directory's entry there (市税务局), else a new body named as without the
 * prefix (`县税务局`) —
 * not the national `国家税务总局` with the city's bureau spoken of after it.
 */
const LOCAL_TAX = /国家税务总局[\u4e00-\u9fff]{0,6}?(自治区|省|市|区|县|旗)税务局/y;

export function localTaxBureau(folded: string, i: number, index: DirectoryIndex): Found | null {
  LOCAL_TAX.lastIndex = i;
  const m = LOCAL_TAX.exec(folded);
  if (!m) return null;
  const end = i + m[0].length;
  const form = `${m[1]}税务局`;
  const hit = walk(form, 0, index.root);
  const entry = hit && hit[0] === form.length && hit[1].kind === "entry" ? hit[1].entry : null;
  // A level the directory lacks: new, named as the bureau writes its own level (`县税务局`), as without the prefix.
  return entry ? { start: i, end, names: [entry.name], isNew: false, weak: false } : { start: i, end, names: [form], isNew: true, weak: false };
}


/**
 * Eighth wave: a party or league committee's formal name with its place (`中共青禾市委员会`,
 * `中共青山省委员会`, `共青团青山省委员会`) is that level's committee (the directory writes
 * `中共某市委员会`). Before, the place broke the name: nothing was read, or `共青团` alone as the
 * city's league. Its own department after it (`…委员会组织部`) is the level's `省委组织部`. A level
 * the directory has no committee for is left (read as before).
 */
const FORMAL_COMMITTEE = /(中共|共青团)([\u4e00-\u9fff]{1,4}?)(省|市|区|县)委员会/y;

export function formalCommittee(folded: string, i: number, index: DirectoryIndex): Found | null {
  FORMAL_COMMITTEE.lastIndex = i;
  const m = FORMAL_COMMITTEE.exec(folded);
  if (!m || /[省市区县的和与及、]/.test(m[2])) return null;
  const level = prefixLevel(m[3]);
  const end = i + m[0].length;
  // The committee's own department after it (`中共青山省委员会组织部`): the level's `省委组织部`.
  if (m[1] === "中共") {
    const unit = walk(`${m[3]}委${folded.slice(end, end + 12)}`, 0, index.root);
    const own = unit && unit[0] > 2 && unit[1].kind === "entry" ? atLevel(index, unit[1].entry, level) : null;
    if (own) return { start: i, end: end + unit![0] - 2, names: [own.name], isNew: false, weak: false };
  }
  const hit = walk(m[1] === "中共" ? `${m[3]}委` : "团委", 0, index.root);
  const entry = hit && hit[1].kind === "entry" ? atLevel(index, hit[1].entry, level) : null;
  return entry ? { start: i, end, names: [entry.name], isNew: false, weak: false } : null;
}

/**
 * Sixteenth wave: a prefecture's or a league's party committee standing alone (`报送州委、州政府`,
 * `经盟委同意`, `盟委、盟行政公署`) is the city-level committee, as every 州/盟 body is a city body.
 * Only where the committee ends there — a list break, a conjunction or the verb a committee takes
 * as addressee (同意, 审定, 批准…); elsewhere `州委` opens a post or a longer name (`州委书记`,
 * `州委宣传部`, which the prefix reader takes) or a word (`杭州委托`: the place's 州).
 */
const LEVEL_COMMITTEE = /([州盟])委(?=[^\u4e00-\u9fff]|[、和及与]|同意|审定|审议|批准|部署|研究|决定)/y;
const OWN_COMMITTEE_BEFORE = /(?:^|[^\u4e00-\u9fff]|[报经由向请及和与送交给、])$/;

export function levelCommittee(folded: string, i: number, index: DirectoryIndex): Found | null {
  LEVEL_COMMITTEE.lastIndex = i;
  const m = LEVEL_COMMITTEE.exec(folded);
  if (!m || !OWN_COMMITTEE_BEFORE.test(folded.slice(Math.max(0, i - 1), i))) return null;
  const hit = walk("市委", 0, index.root);
  const entry = hit && hit[1].kind === "entry" ? atLevel(index, hit[1].entry, "市") : null;
  return entry ? { start: i, end: i + 2, names: [entry.name], isNew: false, weak: false } : null;
}
