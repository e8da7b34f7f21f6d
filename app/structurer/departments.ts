/**
 * Department mentions: find the departments a node's text names, resolve them against
 * the departments directory, and say what the text asks of each (lead, co, mentioned).
 *
 * Matching runs on the folded text (Traditional → Simplified, full-width → half-width;
 * see fold.ts), so `省衛健委牽頭` is read as `省卫健委牵头`. Because folding keeps every
 * character in place, `mention` is cut from the ORIGINAL text: it is the words as the
 * author wrote them, in the author's script (`省衛健委`), while `name` is the directory's
 * canonical name.
 */
import { fold } from "./fold";
import type { DirectoryLike, Mention, Role } from "./types";

interface Target {
  /** Canonical name; "" for a blocker word (see NOT_DEPARTMENTS). */
  name: string;
  /** The form starts with its own level (`市民政局`), so no prefix check is needed. */
  prefixed: boolean;
  /** Level character of the entry's name (`市` for 市民政局), or null. */
  level: string | null;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  target: Target | null;
}

export interface DirectoryIndex {
  root: TrieNode;
  size: number;
}

function trieNode(): TrieNode {
  return { next: new Map(), target: null };
}

const LEVEL_CHARS = new Set(["省", "市", "区", "县", "州"]);

/**
 * Ordinary words that contain a department's bare stem: `人民政府` holds `民政`, `老人社区`
 * holds `人社`, `办公安全` holds `公安`. They go into the trie as blockers, so the longest
 * match at that position is the ordinary word and no department is reported.
 */
const NOT_DEPARTMENTS = [
  "人民政府",
  "人民政协",
  "人民政治",
  "市民政务",
  "居民政策",
  "农民政策",
  "移民政策",
  "民政策",
  "人社会",
  "人社区",
  "住建设",
  "公安全",
  "财政策",
];

/** Forms shorter than this are ignored: one character (`市`, `局`) matches everything. */
const MIN_FORM = 2;

/** Administrative prefix of a directory name: `市民政局` → `民政局`. */
const LEVEL_PREFIX = /^(?:省|市|区|县|州|自治区|自治州)/;
/** Units whose bare name is not a department of their own (`市委…`, `市人民政府`). */
const NOT_A_DEPARTMENT_STEM = /^(?:委|政府|政协|人大|纪委|人民|党|中共)/;
const DEPARTMENT_SUFFIX = /(?:委员会|局|厅|委|办公室|办|中心|署|院|总队|支队)$/;
const STEM_SUFFIX = /(?:委员会|局|厅|委|办公室|办)$/;

function cleanForm(form: unknown): string {
  if (typeof form !== "string") return "";
  return fold(form.trim()).replace(/\s+/g, "");
}

/**
 * Generic forms derived from a name: `市民政局` → `民政局`, `民政部门`; `市卫健委` →
 * `卫健委`, `卫健部门`. Proposals write departments this way all the time. A derived form
 * is used only when it points at one directory entry (with both `市卫健委` and `省卫健委`
 * in the directory, a bare `卫健委` is ambiguous and is left to the directory's aliases).
 */
function derivedForms(form: string): string[] {
  const out: string[] = [];
  const base = form.replace(LEVEL_PREFIX, "");
  if (base === form || base.length < 3 || NOT_A_DEPARTMENT_STEM.test(base) || !DEPARTMENT_SUFFIX.test(base)) {
    return out;
  }
  out.push(base);
  const stem = base.replace(STEM_SUFFIX, "");
  if (stem !== base && stem.length >= 2) out.push(`${stem}部门`);
  return out;
}

/**
 * Build the lookup structure once per directory: a character trie over every name, short
 * form, alias and derived generic form, each pointing at the canonical name. Names beat
 * short forms beat aliases; a form claimed equally by two entries is dropped as ambiguous.
 */
export function buildDirectoryIndex(directory: readonly DirectoryLike[] | null | undefined): DirectoryIndex {
  const explicit = new Map<string, { name: string | null; priority: number }>();
  const derived = new Map<string, string | null>();
  const entries = Array.isArray(directory) ? directory : [];

  const claim = (form: string, name: string, priority: number) => {
    if (form.length < MIN_FORM) return;
    const prior = explicit.get(form);
    if (!prior || priority < prior.priority) explicit.set(form, { name, priority });
    else if (priority === prior.priority && prior.name !== name) explicit.set(form, { name: null, priority });
  };

  for (const entry of entries) {
    if (!entry || typeof entry !== "object") continue;
    const name = typeof entry.name === "string" ? entry.name.trim() : "";
    if (!name) continue;
    const forms: Array<[string, number]> = [[cleanForm(name), 0]];
    if (entry.short) forms.push([cleanForm(entry.short), 1]);
    if (Array.isArray(entry.aliases)) for (const alias of entry.aliases) forms.push([cleanForm(alias), 2]);
    for (const [form, priority] of forms) claim(form, name, priority);
    for (const [form, priority] of forms) {
      if (priority > 1) continue;
      for (const d of derivedForms(form)) {
        const prior = derived.get(d);
        derived.set(d, prior === undefined || prior === name ? name : null);
      }
    }
  }

  const root = trieNode();
  let size = 0;
  const insert = (form: string, name: string) => {
    let node = root;
    for (const ch of form) {
      let next = node.next.get(ch);
      if (!next) {
        next = trieNode();
        node.next.set(ch, next);
      }
      node = next;
    }
    const first = fold(name)[0] ?? "";
    node.target = { name, prefixed: LEVEL_CHARS.has(form[0]), level: LEVEL_CHARS.has(first) ? first : null };
    if (name) size++;
  };
  for (const [form, { name }] of explicit) if (name) insert(form, name);
  for (const [form, name] of derived) if (name && !explicit.has(form)) insert(form, name);
  for (const word of NOT_DEPARTMENTS) if (!explicit.has(word) && !derived.has(word)) insert(word, "");
  return { root, size };
}

interface Match {
  start: number;
  end: number;
  name: string;
}

/**
 * Leftmost-longest scan over the trie: `市卫生健康委员会` wins over `卫生`. A form without
 * a level (`公安`, `医保局`) right after another level's character (`省公安厅`, `省医保局`)
 * names a unit the directory does not have, so it is skipped rather than resolved to the
 * city department.
 */
function findMatches(folded: string, index: DirectoryIndex): Match[] {
  const out: Match[] = [];
  let i = 0;
  // The trie walks code units; departments are BMP text, so that is exact.
  while (i < folded.length) {
    let node: TrieNode | undefined = index.root;
    let bestEnd = -1;
    let best: Target | null = null;
    for (let j = i; j < folded.length; j++) {
      node = node.next.get(folded[j]);
      if (!node) break;
      if (node.target) {
        bestEnd = j + 1;
        best = node.target;
      }
    }
    if (best && bestEnd > i) {
      const before = i > 0 ? folded[i - 1] : "";
      const otherLevel = !best.prefixed && LEVEL_CHARS.has(before) && best.level !== null && best.level !== before;
      if (best.name && !otherLevel) out.push({ start: i, end: bestEnd, name: best.name });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return out;
}

/** Words that join departments into one list: `市卫健委、市医保局`, `民政和卫健`. */
const LIST_JOINERS = new Set(["、", "和", "及", "以及", "与", "或", "/"]);

/**
 * A unit the directory does not know, inside a list (`市民政局、市司法局配合` when only
 * 市民政局 is listed): skipped so the role verb after the list still applies.
 */
const UNKNOWN_UNIT = "[^、,。;:\\s]{1,14}?(?:局|厅|委|办|部|院|会|队|中心|部门|单位|机关|署|站|所|联|团|行|室)";
const UNKNOWN_AFTER = new RegExp(`^(?:(?:、|和|及|以及|与)${UNKNOWN_UNIT})*`);
const UNKNOWN_BEFORE = new RegExp(`(?:${UNKNOWN_UNIT}(?:、|和|及|以及|与))+$`);

const CUE_HEAD = /^(?:由|建议|请|责成|交由|委托|要求|督促|会同|协同|联合|配合|协助|商请)+/;

/** After a list: `等部门`, `等有关单位`, `共同`, `积极` are skipped before the role verb. */
const AFTER_FILLER = /^(?:等(?:有关|相关)?(?:部门|单位|机构|方面)?)?\s*(?:共同|积极|主动|全力|密切|要|应|应当|须|需)?/;
const LEAD_AFTER = /^(?:牵头|负责|主责|主抓|主办|统筹)/;
const CO_AFTER = /^(?:配合|协助|协同|协办|参与|会办|协作|支持配合)/;
/** `A会同B…`, `A联合B…`: A leads and B assists. */
const JOINT_AFTER = /^(?:会同|联合|协调)/;
/** `由A…`, `建议A…`, `责成A…`: A is asked to act. */
const LEAD_BEFORE = /(?:由|建议|请|责成|交由|委托|要求|督促)$/;
const CO_BEFORE = /(?:会同|协同|联合|配合|协助|商请)$/;

const STRENGTH: Record<Role, number> = { lead: 3, co: 2, mentioned: 1 };

/**
 * The departments named in `text`, once each, with the strongest role any of their
 * mentions has, in order of first appearance.
 *
 * Roles: `由X牵头` / `X牵头` / `X负责` → lead; `X配合`, `会同X`, `X、Y等部门配合` → co;
 * `由A会同B制定` → A lead, B co; `建议X…` (X right after 建议) → lead; in a list after
 * 由/建议 the first is lead and the others co (`建议A、B联合出台`); otherwise mentioned.
 */
export interface DetectOptions {
  /** The document's level (`省`, `市`, `区`): bare stems resolve at it. */
  level?: string;
}

/** The level a document speaks at: 省, 市 or 区 (see documentLevel in levels.ts). */
export function documentLevel(_text: string, _index: DirectoryIndex | null): string {
  return "市";
}

export function detectDepartments(text: string, index: DirectoryIndex | null, _options: DetectOptions = {}): Mention[] {
  if (!index || index.size === 0 || !text) return [];
  const folded = fold(text);
  const matches = findMatches(folded, index);
  if (matches.length === 0) return [];

  // Group adjacent matches into lists.
  const lists: Match[][] = [];
  for (const m of matches) {
    const current = lists[lists.length - 1];
    const prev = current?.[current.length - 1];
    if (prev && LIST_JOINERS.has(folded.slice(prev.end, m.start).replace(/\s+/g, ""))) current.push(m);
    else lists.push([m]);
  }

  const found = new Map<string, Mention>();
  const record = (m: Match, role: Role) => {
    const prior = found.get(m.name);
    if (!prior) found.set(m.name, { name: m.name, mention: text.slice(m.start, m.end), role });
    else if (STRENGTH[role] > STRENGTH[prior.role]) {
      prior.role = role;
      prior.mention = text.slice(m.start, m.end);
    }
  };

  for (const list of lists) {
    const first = list[0];
    const last = list[list.length - 1];
    let before = folded.slice(Math.max(0, first.start - 48), first.start).trimEnd();
    // Unknown units earlier in the same list: ours is not the list's first member.
    const unknownBefore = UNKNOWN_BEFORE.exec(before);
    if (unknownBefore) {
      // The unknown unit may have swallowed the cue before it (`建议市文旅局、`): keep the cue.
      const cue = CUE_HEAD.exec(unknownBefore[0]);
      before = before.slice(0, unknownBefore.index).trimEnd() + (cue ? cue[0] : "");
    }
    let after = folded.slice(last.end, last.end + 96).trimStart();
    const unknownAfter = UNKNOWN_AFTER.exec(after);
    if (unknownAfter) after = after.slice(unknownAfter[0].length).trimStart();
    const filler = AFTER_FILLER.exec(after);
    after = after.slice(filler ? filler[0].length : 0).trimStart();
    list.forEach((m, i) => {
      let role: Role;
      if (LEAD_AFTER.test(after)) role = "lead";
      else if (CO_AFTER.test(after)) role = "co";
      else if (LEAD_BEFORE.test(before)) role = i === 0 && !unknownBefore ? "lead" : "co";
      else if (CO_BEFORE.test(before)) role = "co";
      else if (JOINT_AFTER.test(after)) role = "lead";
      else role = "mentioned";
      record(m, role);
    });
  }
  return [...found.values()];
}
