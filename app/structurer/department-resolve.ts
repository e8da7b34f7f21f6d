/**
 * Resolving a department form found in the text to directory entries (department-match.ts
 * finds the forms): directly, where the form carries its own level or stands bare, or after
 * a level prefix (`省` + `公安`), where a form the directory lacks at that level is offered
 * as a new body.
 */
import { LEVELS, NOT_CPC_BEFORE, type Level } from "./department-forms";
import { atLevel, systemAt, type DirectoryIndex, type Target } from "./department-index";
import { branchOf, lowestWith, resolveBare } from "./department-walk";
import { tierOpensClause } from "./department-tier-subjects";
import { unitEnd } from "./department-unit-names";

export interface Found {
  start: number;
  end: number;
  /** Directory names this mention resolves to (several for `市县政府`). */
  names: string[];
  /** A body not in the directory (`names` is empty; the text's own form is the name). */
  isNew: boolean;
  /** A weak stem, still to be confirmed by its context. */
  weak: boolean;
  /** Read through a bare or generic form: the entry's systems (the text's level placed it). */
  bare?: string[];
}

const WEI = "委".charCodeAt(0);

export function resolveDirect(folded: string, i: number, end: number, target: Target, index: DirectoryIndex, level: Level): Found | null {
  switch (target.kind) {
    case "blocker":
      return null;
    case "grassroots": {
      const entry = lowestWith(index, target.system);
      return entry ? { start: i, end, names: [entry.name], isNew: false, weak: false } : null;
    }
    case "multi": {
      const levels = target.levels === "below" ? LEVELS.slice(LEVELS.indexOf(level)) : target.levels;
      const names = levels.map((l) => systemAt(index, target.system, l)?.name).filter((n): n is string => !!n);
      return names.length ? { start: i, end, names, isNew: false, weak: false } : null;
    }
    case "entry": {
      const { entry } = target;
      // `市委` after a democratic party's name is that party's committee (`民盟青禾市委`).
      // Fifteenth wave: and `自治区委` in a party's `农工党某自治区委员会` (a signature line kept as text).
      if ((end - i === 2 || folded.startsWith("自治区委", i)) && folded.charCodeAt(end - 1) === WEI && (NOT_CPC_BEFORE.test(folded.slice(Math.max(0, i - 12), i)) || folded.startsWith("员会", end))) {
        return null;
      }
      if (target.prefixed) return { start: i, end, names: [entry.name], isNew: false, weak: target.weak };
      // A form without a level right after another level's character (`省` + `公安`) is
      // handled as prefixed; here the form stands bare.
      const resolved = resolveBare(index, entry, level);
      return { start: i, end, names: [resolved.name], isNew: false, weak: target.weak, bare: entry.systems };
    }
  }
}

/**
 * A unit word closing a body's name. Fifth wave: and the company word of a directory enterprise's
 * own form (`区` + `供电公司`: the grid's district company, new like `区供电部门`), which the
 * company rule below would otherwise take for a business the directory does not list.
 */
// Twentieth wave: and a mass organisation's own closing word (`总工会`, `妇联`, `残联`, `红十字会`): `县总工会在企业中…`
// names the union, the company word belongs to the place after it.
const UNIT_END = /(?:局|厅|委|办|中心|部门|队|公司|集团|会|联)$/;

/**
 * A field unit of a bureau (its name read by unitEnd: no function word, no verb): a 大队/中队, or
 * an office named by its place and 所 (`派出所`, `区市场监管局某某所`, `县税务局某某税务所`,
 * `县自然资源局某某所`: the township office of a market, tax or land bureau).
 */
const FIELD_UNIT = /(?:大队|中队|所)$/;

/**
 * Sixteenth wave: a bureau's own enforcement or inspection team (`县交通运输局执法大队`, `区农业农村局
 * 综合行政执法大队`, `县文旅局稽查大队`) is that bureau at work, as any unit named right after its
 * body is: not a grass-roots office of the system standing for it in the township (`交警大队`,
 * `派出所`, a place's `所`), so the lower level's bureau is named (new where the directory lacks it).
 */
const OWN_TEAM = /^(?:综合)?(?:行政)?(?:执法|稽查|监察|监督)(?:大队|中队)$/;

/** What may close a new body's name after the form it was read by (`省公安` + `厅`). */
// Twentieth wave: and a system's service station at a level (`区退役军人服务站`): the level's own office of the system.
const CLOSING_SUFFIX = /^(?:委员会|办公室|总队|支队|大队|分局|分中心|服务站|中心|厅|局|委|办)/;

/** After a form, a character that makes it an institution's name (`区文化` + `馆`, `市体育` + `场`). */
const INSTITUTION_AFTER = /^(?:[馆院宫校园场]|大厅|窗口)/;

export function resolvePrefixed(folded: string, i: number, end: number, target: Target, level: Level, index: DirectoryIndex, prefix: string): Found | null {
  if (INSTITUTION_AFTER.test(folded.slice(end, end + 2))) return null;
  const isNew = (): Found | null => {
    // An assembly (the people's congress) at a level the directory lacks is no new department.
    if (target.kind === "entry" && /人民代表大会/.test(target.entry.name)) return null;
    // `县级供水公司`, `县粮食收储公司`: a company, or a `X级` phrase, is no new department.
    // A name already closed by a unit word (`县市场监管局`) is a body whatever follows it
    // (`…推行企业开办`): the company word then belongs to the next phrase.
    const closed = UNIT_END.test(folded.slice(i, end));
    // A lower level's bureau named by one of its field units (`县公安局交警大队`, `区公安局某某派出所`,
    // `区市场监督管理局某某所`) is a grass-roots unit: like `派出所`, `市场监管所` and a branch, its
    // system at the nearest level above.
    const fieldEnd = closed && target.kind === "entry" ? unitEnd(folded, end, end + 12) : end;
    const ownTeam = fieldEnd > end && OWN_TEAM.test(folded.slice(end, fieldEnd));
    // The mention runs over the team (its role is read after it: `…执法大队配合` → co); the name is the bureau's.
    if (ownTeam) return { start: i, end: fieldEnd, names: [folded.slice(i, end)], isNew: true, weak: false };
    const fieldUnit = fieldEnd > end && FIELD_UNIT.test(folded.slice(end, fieldEnd));
    if (fieldUnit && target.kind === "entry" && !atLevel(index, target.entry, level)) {
      const above = resolveBare(index, target.entry, level);
      if (above.level !== level && atLevel(index, above, above.level ?? level)) return { start: i, end: fieldEnd, names: [above.name], isNew: false, weak: false };
    }
    // A tier with 级 and a bare stem the directory lacks at that tier (`县级财政按月发放`) is new in
    // the text's form only as the subject of a measure (department-tier-subjects.ts).
    if (prefix.endsWith("级") && target.kind === "entry" && !closed && tierOpensClause(folded, i, end)) return { start: i, end, names: [], isNew: true, weak: false };
    if (prefix.endsWith("级") || (target.kind === "entry" && !closed && /公司|集团|企业/.test(folded.slice(i, end + 6).replace(/[,。;、].*$/, "")))) return null;
    const more = target.kind === "entry" && !closed ? CLOSING_SUFFIX.exec(folded.slice(end, end + 3)) : null;
    // A branch (`区生态环境分局`, `县自然资源分局`) is its system's bureau at the nearest
    // level above that has one: a level without its own bureau is served by a branch.
    const up = more ? branchOf(index, target, level, more[0]) : null;
    if (up) return { start: i, end: end + more![0].length, names: [up.name], isNew: false, weak: false };
    return { start: i, end: end + (more ? more[0].length : 0), names: [], isNew: true, weak: false };
  };
  switch (target.kind) {
    case "entry": {
      const found = atLevel(index, target.entry, level);
      // A weak stem keeps its doubt (`市财政` is sure; the stem is checked by its context).
      return found ? { start: i, end, names: [found.name], isNew: false, weak: target.weak && prefix.endsWith("级") && !tierOpensClause(folded, i, end) } : isNew();
    }
    case "grassroots":
    case "multi": {
      // `区派出所`: the unit names its own level.
      const found = resolveDirect(folded, i, end, target, index, level);
      return found ? { ...found, start: i } : isNew();
    }
    default:
      return isNew();
  }
}
