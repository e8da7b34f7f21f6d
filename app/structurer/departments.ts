/**
 * Department mentions: find the departments a node's text names, resolve them against
 * the departments directory at the level the text speaks at, and say what the text asks
 * of each (lead, co, mentioned). Matching is in department-match.ts (forms, levels, new
 * bodies), roles in department-roles.ts, the lookup structure in department-index.ts.
 *
 * Matching runs on the folded text (Traditional → Simplified, full-width → half-width;
 * see fold.ts), so `省衛健委牽頭` is read as `省卫健委牵头`. Because folding keeps every
 * character in place, `mention` is cut from the ORIGINAL text: it is the words as the
 * author wrote them, in the author's script (`省衛健委`), while `name` is the directory's
 * canonical name.
 */
import { fold } from "./fold";
import type { Level } from "./department-forms";
import { type DirectoryIndex } from "./department-index";
import { findMentions, type Found } from "./department-match";
import { LIST_JOINERS, groupLists, listRoles } from "./department-roles";
import { tableRoles, type TableCarry } from "./table-rows";
import { withUnits } from "./department-units";
import { dropModifiers, listedStems } from "./department-stems";
import { grantsAsSubject } from "./department-tier-subjects";
import { blankDistribution, blankSignatures } from "./department-signatures";
import { referBack } from "./department-anaphora";
import { ROLE_STRENGTH, type Mention, type Role } from "./types";
import { joinHardWraps } from "./department-wraps";
import { taggedRole } from "./department-field-tags";

export { buildDirectoryIndex, type DirectoryIndex } from "./department-index";

export interface DetectOptions {
  /** The document's level (`省`, `市`, `区`): bare stems and generic forms resolve at it. */
  level?: string;
  /** Also return department-like bodies the directory lacks, as `new: true` mentions. */
  suggestNew?: boolean;
  /** A table header left open by the text before this one (rows read as nodes of their own): read and updated. */
  table?: TableCarry;
}

const PROVINCE = /我省|全省|本省|省委|省政府|省政协|省人大|省级|自治区|省[\u4e00-\u9fff]{1,8}?(?:厅|局|委)/g;
// An autonomous prefecture (州) or a league (盟) is city-level: its own words count as the city's
// (`全盟`, `州委`, `盟行署`, `盟农牧局`; not the 盟 of 民盟, 联盟).
const CITY = /我市|全市|本市|市委|市政府|市政协|市人大|市级|市(?!场)[\u4e00-\u9fff]{1,8}?(?:局|委|办)|全州|我州|本州|州委|州政府|州政协|州人民政府|全地区|地区行署|地区行政公署|地区[\u4e00-\u9fff]{1,6}?局|(?<![民联同结台])(?:全盟|我盟|本盟|盟委|盟行署|盟行政公署|盟政协|盟[\u4e00-\u9fff]{1,6}?(?:局|办))/g;
const DISTRICT = /我区|本区|区委|区政府|区政协|区人大|区级|我县|全县|本县|县委|县政府|县政协|县级|(?:^|[^社小景园辖片山郊地牧校厂矿湾特分城市街老新灾林库治])区[\u4e00-\u9fff]{1,8}?(?:局|委|办)|县[\u4e00-\u9fff]{1,8}?(?:局|委|办|中心)|全旗|我旗|本旗|旗委|旗政府|旗政协|(?:^|[^国红党团锦彩队会军校升帅战])旗[\u4e00-\u9fff]{1,8}?(?:局|委|办)/g;

/**
 * The level a document speaks at: 省 for a provincial text (a 省 body speaks or is
 * addressed, 我省, 省政协; a 自治区 text is provincial), 区 for a district or county text,
 * 市 otherwise — by counting the signals of each. Takes the folded text (see fold.ts).
 * Seventeenth wave: a text with no signal at all gives `unnamed` (a piece of a page takes the page's level).
 */
export function documentLevel(folded: string): Level;
export function documentLevel(folded: string, unnamed: Level | null): Level | null;
export function documentLevel(folded: string, unnamed: Level | null = "市"): Level | null {
  const f = folded;
  const count = (re: RegExp) => (f.match(re) ?? []).length;
  let province = count(PROVINCE);
  const city = count(CITY);
  let district = count(DISTRICT);
  // In an autonomous region, 全区 (and 我区, 本区) is the region.
  const region = (f.match(/全区|我区|本区/g) ?? []).length;
  if (f.includes("自治区")) {
    province += region;
    district -= (f.match(/我区|本区/g) ?? []).length;
  } else district += (f.match(/全区/g) ?? []).length;
  if (province + city + district + region === 0) return unnamed;
  if (province > city && province >= district) return "省";
  if (district > city && district > province) return "区";
  return "市";
}

function asLevel(level: string | undefined): Level {
  return level === "省" || level === "区" ? level : "市";
}

/** Are `a` and `b` neighbours in a list (only a joiner between them)? */
function joined(folded: string, a: Found | undefined, b: Found | undefined): boolean {
  return !!a && !!b && LIST_JOINERS.has(folded.slice(a.end, b.start).replace(/\s+/g, ""));
}

/**
 * A weak stem (`应急`, `财政`) counts in a list with a department that is sure, before
 * 部门 or a unit word, or before a modal or a role verb. A list of weak stems alone
 * (`对供水、供电、供气管网进行更新`) names utilities, not departments.
 */
function confirmWeak(folded: string, found: Found[]): Found[] {
  if (!found.some((m) => m.weak)) return found;
  const sure = found.map((m) => {
    if (!m.weak) return true;
    // `等` only when a unit word follows (`应急、消防等部门`; `环境卫生等问题` names none).
    if (/^(?:等(?:有关|相关)?(?:部门|单位|机构)|部门|要|应|须|需|将|牵头|负责|配合|协助|参与|会同)/.test(folded.slice(m.end, m.end + 8))) return true;
    // A unit word after a word or two of its own (`消防救援机构`, `应急管理部门`) closes a body's name.
    // (Not after `X级`: `县级疾控机构` is the tier's own body, not the department of its stem.)
    if (/^[\u4e00-\u9fff]{0,2}(?:机构|部门)/.test(folded.slice(m.end, m.end + 4)) && !/级/.test(folded.slice(m.start, m.end))) return true;
    // Opening its clause and granting to an object (`财政对偏远村镇寄递给予运费补贴`): the giver.
    if (grantsAsSubject(folded, m.start, m.end)) return true;
    // Asked to act (`建议由市级财政给予补助`): the cue before makes the stem an actor.
    if (/(?:由|建议|请|责成)$/.test(folded.slice(Math.max(0, m.start - 2), m.start))) return true;
    // `供电、通信企业同步提升…`: listed with other units.
    return /^[、和与及][\u4e00-\u9fff]{1,6}?(?:企业|部门|单位|机构|公司)/.test(folded.slice(m.end, m.end + 10));
  });
  // A list shares its members' certainty, in both directions.
  for (let k = 1; k < found.length; k++) if (!sure[k] && sure[k - 1] && joined(folded, found[k - 1], found[k])) sure[k] = true;
  // Backwards only through `、`/`及`: before `与`/`和`/`同` a weak stem may be the clause's noun and the
  // body after it a partner (`数据与城管、公安共享`: data shared with them), not a fellow member.
  for (let k = found.length - 2; k >= 0; k--) if (!sure[k] && sure[k + 1] && joined(folded, found[k], found[k + 1]) && !/^\s*[与和同]/.test(folded.slice(found[k].end, found[k + 1].start))) sure[k] = true;
  return found.filter((_, k) => sure[k]);
}

/**
 * One body named twice in one word — its system, then its unit (`公安交警部门`: 公安 + 交警部门)
 * — is one mention, whose role is read after the whole word.
 */
function mergeCompounds(found: Found[]): Found[] {
  const out: Found[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    if (prev && prev.end === m.start && !m.isNew && !prev.isNew && prev.names.join() === m.names.join()) out[out.length - 1] = { ...prev, end: m.end, weak: prev.weak && m.weak };
    else out.push(m);
  }
  return out;
}

/** Keep `m` with `role` in `out`, the strongest role winning. */
function record(out: Map<string, Mention>, text: string, folded: string, m: Found, role: Role): void {
  const mention = text.slice(m.start, m.end);
  // A new body's name is what the directory would hold, in its script (Simplified:
  // `區財政局` → `区财政局`); the mention keeps the author's characters.
  // (A new body read under a name of its own shape — `国家税务总局某县税务局` → `县税务局` — carries it.)
  const names = m.isNew ? (m.names.length ? m.names : [folded.slice(m.start, m.end)]) : m.names;
  for (const name of names) {
    const prior = out.get(name);
    if (!prior) out.set(name, m.isNew ? { name, mention, role, new: true } : { name, mention, role });
    else if (ROLE_STRENGTH[role] > ROLE_STRENGTH[prior.role]) {
      prior.role = role;
      prior.mention = mention;
    }
  }
}

/** `各部门`, `各直属机构`, `各委办局` after a body: its units, every one of them. */
const OWNER_OF_UNITS = /^各(?:有关|相关|直属)?(?:部门|单位|处室|机构|委办局|成员单位)/;

/**
 * The departments named in `text`, once each, with the strongest role any of their
 * mentions has, in order of first appearance.
 */
export function detectDepartments(given: string, index: DirectoryIndex | null, options: DetectOptions = {}): Mention[] {
  // A distribution field (`主送：…`, `抄送：…`) names recipients, and is no wrapped line to join (department-signatures.ts).
  const raw = blankDistribution(given);
  // A table's rows and cells are lines of their own: only running text is joined.
  const text = options.table?.header || /[\t|｜]|(?:牵头|责任|配合|协办|主办)单位/.test(raw) ? raw : joinHardWraps(raw);
  if (!index || index.size === 0 || !text) {
    if (options.table && text) tableRoles(fold(text), options.table);
    return [];
  }
  const folded = blankSignatures(fold(text));
  let found = referBack(folded, withUnits(folded, mergeCompounds(confirmWeak(folded, dropModifiers(folded, listedStems(folded, findMentions(folded, index, asLevel(options.level)), index, asLevel(options.level)))))), index);
  // Without suggestions, new bodies are left out of the lists too (as units the
  // directory does not know).
  if (!options.suggestNew) found = found.filter((m) => !m.isNew);
  // Nineteenth wave: a body before `各部门`/`各单位` (`市政府各部门`, a notice's addressee) names whose units are meant,
  // not itself: the units are addressed, the government is no department of the text.
  found = found.filter((m) => !OWNER_OF_UNITS.test(folded.slice(m.end, m.end + 6)));
  const table = tableRoles(folded, options.table);
  if (found.length === 0) return [];
  const out = new Map<string, Mention>();
  for (const list of groupLists(folded, found)) {
    const roles = listRoles(folded, list);
    for (let i = 0; i < list.length; i++) {
      const column = table && table(list[i].start);
      // A body in a table's 提案人 column wrote the proposal: no department it names (table-rows.ts).
      if (column !== "author") record(out, text, folded, list[i], column ?? taggedRole(folded, list[i]) ?? roles[i]);
    }
  }
  return [...out.values()];
}
