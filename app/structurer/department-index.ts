/**
 * The departments directory as a lookup structure, built once per directory: a character
 * trie over every name, short form, alias and derived generic form (each pointing at its
 * entry), the grass-roots and multi-level forms of department-forms.ts, blockers, and
 * "weak" bare stems (`应急`, `财政`, `消防`) that count only inside a list of departments
 * or with a level prefix. Entries are grouped by system and level so that a form can be
 * moved to the level the text speaks at.
 */
import { fold } from "./fold";
import {
  GRASSROOTS,
  MULTI,
  NOT_DEPARTMENTS,
  WEAK_STEM_STOP,
  entryLevel,
  systemStem,
  type Level,
} from "./department-forms";
import type { DirectoryLike } from "./types";

export interface Entry {
  name: string;
  level: Level | null;
  systems: string[];
}

export type Target =
  | { kind: "entry"; entry: Entry; prefixed: boolean; weak: boolean }
  | { kind: "grassroots"; system: string }
  | { kind: "multi"; system: string; levels: readonly Level[] | "below" }
  | { kind: "blocker" };

export interface TrieNode {
  /** Children by UTF-16 code unit (numbers: indexing a string allocates for CJK). */
  next: Map<number, TrieNode>;
  target: Target | null;
}

export interface DirectoryIndex {
  root: TrieNode;
  size: number;
  /** system → level → entries of that system at that level. */
  bySystem: Map<string, Map<Level, Entry[]>>;
}

const trieNode = (): TrieNode => ({ next: new Map(), target: null });

/** Forms shorter than this are ignored: one character (`市`, `局`) matches everything. */
const MIN_FORM = 2;

const LEVEL_START = /^(?:省|市|区|县|州|自治区)/;
/** A form that names its level (`市民政局`, `各区政府`, `区级民政部门`), not `市场监管部门`. */
// Eighth wave: and a party or league committee's formal name (`中共某省委员会`, `共青团某市委员会`,
// `中共某市委`), whose level follows 中共/共青团 and a place: read in a city text, `中共某省委员会` is the province's.
const LEVEL_WORD = /^(?:省|市(?!场)|区(?!域)|县|州|自治区)|(?:各|全)(?:省|市|区|县)|(?:省|市|区|县)(?:级|县|区)|^(?:中共|共青团)某?(?:省|市|区|县)/;
/** Units whose bare name is not a department of their own (`市委…`, `市人民政府`). */
const NOT_A_DEPARTMENT_STEM = /^(?:委|政府|政协|人大|纪委|人民|党|中共)/;
// Mass organisations end in 联合会/协会 and their short forms in 联/协 (`市工商联` → `工商联`).
const DEPARTMENT_SUFFIX = /(?:委员会|局|厅|委|办公室|办|中心|署|院|总队|支队|联合会|协会|联|协)$/;
const LEVEL_PREFIXED_ALIAS = /^(?:省|市(?!场)|区|县)[\u4e00-\u9fff]{2,8}(?:局|厅|委)$/;
const STEM_SUFFIX = /(?:委员会|局|厅|委|办公室|办)$/;

/** A registered company form after a group's or company's name (`…集团有限公司`, `…公司股份有限公司`). */
const COMPANY_FORM = /^(.{3,}(?:集团|公司))(?:股份)?有限(?:责任)?公司$/;

function cleanForm(form: unknown): string {
  if (typeof form !== "string") return "";
  return fold(form.trim()).replace(/\s+/g, "");
}

/**
 * Generic forms derived from a name: `市民政局` → `民政局`, `民政部门`; `市卫健委` →
 * `卫健委`, `卫健部门`. Used only when exactly one entry yields them.
 */
function derivedForms(form: string): string[] {
  const out: string[] = [];
  const base = form.replace(LEVEL_START, "");
  if (base === form || base.length < 3 || NOT_A_DEPARTMENT_STEM.test(base) || !DEPARTMENT_SUFFIX.test(base)) return out;
  out.push(base);
  // Official names drop the 和 between two words (`人力资源社会保障厅`, `住房城乡建设局`).
  if (/[\u4e00-\u9fff]{2}和[\u4e00-\u9fff]{2}/.test(base)) {
    const plain = base.replace(/([\u4e00-\u9fff]{2})和([\u4e00-\u9fff]{2})/, "$1$2");
    out.push(plain, form.slice(0, form.length - base.length) + plain);
  }
  const stem = base.replace(STEM_SUFFIX, "");
  if (stem !== base && stem.length >= 2) out.push(`${stem}部门`);
  return out;
}

/** Bare stems of generic forms (`应急部门` → `应急`): department names only inside a list. */
function weakStems(forms: string[]): string[] {
  const out: string[] = [];
  // A generic form is written without its 和 as often as with it (`自然资源和规划部门` → `自然资源规划`).
  const plain = (f: string) => f.replace(/([\u4e00-\u9fff]{2})和([\u4e00-\u9fff]{2})/, "$1$2");
  for (const f of new Set(forms.flatMap((x) => [x, plain(x)]))) {
    const m = /^([\u4e00-\u9fff]{2,6})(?:部门|行政部门|主管部门)$/.exec(f);
    if (m && !WEAK_STEM_STOP.has(m[1])) out.push(m[1]);
  }
  return out;
}

/** Entries of one system (`民政` at 市 and at 区): the same department at two levels. */
function sameSystem(a: Entry, b: Entry): boolean {
  return a.level !== b.level && a.systems.some((x) => b.systems.includes(x));
}

function higher(a: Entry, b: Entry): Entry {
  const rank = (e: Entry) => (e.level ? ["省", "市", "区"].indexOf(e.level) : 9);
  return rank(b) < rank(a) ? b : a;
}

export function buildDirectoryIndex(directory: readonly DirectoryLike[] | null | undefined): DirectoryIndex {
  const explicit = new Map<string, { entry: Entry | null; priority: number }>();
  const derived = new Map<string, Entry | null>();
  const weak = new Map<string, Entry | null>();
  const bySystem = new Map<string, Map<Level, Entry[]>>();
  const list = Array.isArray(directory) ? directory : [];

  const claim = (form: string, entry: Entry, priority: number) => {
    if (form.length < MIN_FORM) return;
    const prior = explicit.get(form);
    if (!prior || priority < prior.priority) explicit.set(form, { entry, priority });
    else if (priority === prior.priority && prior.entry?.name !== entry.name) explicit.set(form, { entry: null, priority });
  };
  // A derived form is ambiguous only between departments of different systems: the same
  // system at two levels (`住房和城乡建设局` from 市住房和城乡建设局 and 区住房和城乡建设局)
  // is one department, which the text's level or the form's prefix places (resolveBare,
  // atLevel); the form sits on the higher level's entry.
  const unique = (map: Map<string, Entry | null>, form: string, entry: Entry) => {
    const prior = map.get(form);
    if (prior === undefined || prior?.name === entry.name) map.set(form, entry);
    else if (prior && sameSystem(prior, entry)) map.set(form, higher(prior, entry));
    else map.set(form, null);
  };

  for (const raw of list) {
    if (!raw || typeof raw !== "object") continue;
    const name = typeof raw.name === "string" ? raw.name.trim() : "";
    if (!name) continue;
    const forms: Array<[string, number]> = [[cleanForm(name), 0]];
    if (raw.short) forms.push([cleanForm(raw.short), 1]);
    // Eighth wave: an enterprise is written without its company form as often as with it
    // (`市公共交通集团有限公司` → `市公共交通集团`), like a short form.
    const company = COMPANY_FORM.exec(cleanForm(name));
    if (company) forms.push([company[1], 1]);
    // A bureau that was a commission is still named so (`市住房和城乡建设委员会` for
    // 市住房和城乡建设局), with its level only: bare, `农业农村委员会` is a CPPCC committee.
    const bureau = cleanForm(name);
    if (LEVEL_START.test(bureau) && bureau.replace(LEVEL_START, "").length >= 5 && bureau.endsWith("局")) forms.push([bureau.replace(/局$/, "委员会"), 2]);
    // Tenth wave: and the reverse — a commission named as the bureau it is at other levels or in other
    // places (`市发展和改革局` for 市发展和改革委员会, `市卫生健康局`), with its level only.
    if (LEVEL_START.test(bureau) && /^[\u4e00-\u9fff]{4,10}委员会$/.test(bureau.replace(LEVEL_START, "")) && !/委[\u4e00-\u9fff]*委员会$|政府/.test(bureau)) forms.push([bureau.replace(/委员会$/, "局"), 2]);
    if (Array.isArray(raw.aliases)) for (const alias of raw.aliases) forms.push([cleanForm(alias), 2]);
    const level = entryLevel(fold(name), typeof raw.level === "string" ? raw.level : null);
    // The entry's systems: from its name, short form and generic aliases.
    const systems = new Set<string>();
    for (const [form, priority] of forms) {
      const stem = form && (priority < 2 || /部门$|局$|厅$|委$/.test(form)) ? systemStem(form) : null;
      if (stem) systems.add(stem);
    }
    const entry: Entry = { name, level, systems: [...systems] };
    for (const [form, priority] of forms) claim(form, entry, priority);
    for (const [form, priority] of forms) {
      // An alias that names its level (`省农牧厅`, an older name of 省农业农村厅) yields its
      // bare form too (`农牧厅`), as names and short forms do: a list after a prefix
      // (`自治区卫生健康委、医保局、农牧厅`) writes its members without one.
      if (priority > 1 && !LEVEL_PREFIXED_ALIAS.test(form)) continue;
      for (const d of derivedForms(form)) unique(derived, d, entry);
    }
    for (const stem of weakStems(forms.map(([f]) => f))) unique(weak, stem, entry);
    if (level) {
      for (const system of systems) {
        const levels = bySystem.get(system) ?? new Map<Level, Entry[]>();
        const at = levels.get(level) ?? [];
        if (!at.includes(entry)) at.push(entry);
        levels.set(level, at);
        bySystem.set(system, levels);
      }
    }
  }

  const root = trieNode();
  let size = 0;
  const insert = (form: string, target: Target) => {
    let node = root;
    for (let k = 0; k < form.length; k++) {
      const ch = form.charCodeAt(k);
      let next = node.next.get(ch);
      if (!next) {
        next = trieNode();
        node.next.set(ch, next);
      }
      node = next;
    }
    node.target = target;
    if (target.kind !== "blocker") size++;
  };
  const taken = (form: string) => explicit.has(form) || derived.has(form);
  for (const [form, { entry }] of explicit) {
    if (entry) insert(form, { kind: "entry", entry, prefixed: LEVEL_WORD.test(form), weak: false });
  }
  for (const [form, entry] of derived) if (entry && !explicit.has(form)) insert(form, { kind: "entry", entry, prefixed: false, weak: false });
  for (const [form, entry] of weak) if (entry && !taken(form)) insert(form, { kind: "entry", entry, prefixed: false, weak: true });
  if (size > 0) {
    for (const [form, system] of Object.entries(GRASSROOTS)) if (!taken(form)) insert(form, { kind: "grassroots", system });
    for (const [form, spec] of Object.entries(MULTI)) if (!taken(form)) insert(form, { kind: "multi", ...spec });
  }
  for (const word of NOT_DEPARTMENTS) if (!taken(word) && !weak.has(word)) insert(word, { kind: "blocker" });
  return { root, size, bySystem };
}

/** The entries of `entry`'s system at `level`, or null. */
export function atLevel(index: DirectoryIndex, entry: Entry, level: Level): Entry | null {
  if (entry.level === level) return entry;
  for (const system of entry.systems) {
    const found = index.bySystem.get(system)?.get(level);
    if (found && found.length === 1) return found[0];
  }
  return null;
}

/** The single entry of a system at `level`, or null. */
export function systemAt(index: DirectoryIndex, system: string, level: Level): Entry | null {
  const found = index.bySystem.get(system)?.get(level);
  return found && found.length === 1 ? found[0] : null;
}
