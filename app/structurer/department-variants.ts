/**
 * Tenth wave (2026-12-04, issue 12): a directory body written under a variant of its official
 * name. Institutional reforms merge and rename bureaus, and places name the same body their own
 * way: 市文化广电旅游局 is `市文化和旅游局` or `市文化广电和旅游局`, 市粮食和物资储备局 is `市粮食和储备局`.
 * The new-body reader (department-new.ts) read such a name whole and offered it as new — a
 * directory body flagged new.
 *
 * A would-be new body is that entry when, at the same level and with the same closing word (局,
 * 委员会, 厅, 办公室, 中心), its core without 和 (at least four characters) and the entry's core without
 * 和 open with the same two characters and one is a subsequence of the other. The entry must be the
 * only one that fits. What it does not do: a different field under the same opening (`市经济和
 * 信息化局` is no 市工业和信息化局) or a short core (`市文化局`) — those stay new.
 */
import type { DirectoryIndex, Entry } from "./department-index";
import { ROLE_STRENGTH, type Mention, type Node } from "./types";
import { walk } from "./department-walk";

// Twelfth wave: a prefecture's (州) or league's (盟) body is city-level, a banner's (旗) county-level,
// an autonomous region's provincial: their variant names are the directory's entries at that level.
const SHAPE = /^(自治区|省|市|区|县|州|盟|旗)(.+?)(委员会|办公室|中心|局|厅)$/;
const LEVEL_OF: Record<string, string> = { 自治区: "省", 省: "省", 市: "市", 区: "区", 县: "区", 州: "市", 盟: "市", 旗: "区" };

interface Core {
  level: string;
  core: string;
  suffix: string;
}

function core(name: string): Core | null {
  const m = SHAPE.exec(name);
  if (!m) return null;
  // Twelfth wave: 与 joins a merged bureau's fields as 和 does (`市自然资源与规划局`).
  const c = m[2].replace(/[和与]/g, "");
  return c.length >= 4 ? { level: LEVEL_OF[m[1]], core: c, suffix: m[3] } : null;
}

function subsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

const cores = new WeakMap<DirectoryIndex, Array<[Core, Entry]>>();

function entryCores(index: DirectoryIndex): Array<[Core, Entry]> {
  let list = cores.get(index);
  if (list) return list;
  const seen = new Set<Entry>();
  list = [];
  for (const byLevel of index.bySystem.values()) {
    for (const entries of byLevel.values()) {
      for (const e of entries) {
        if (seen.has(e)) continue;
        seen.add(e);
        const c = core(e.name);
        if (c) list.push([c, e]);
      }
    }
  }
  cores.set(index, list);
  return list;
}

/**
 * Twelfth wave: a city-level unit's name under a prefecture's or league's level word (`州政府办公室`,
 * `盟委宣传部`) is the city's entry of that name (`市政府办公室`) when the directory writes it whole.
 * One field's body is a bureau in one place and a commission in another (`民族宗教事务局` and
 * `民族宗教事务委员会`, `卫生健康委员会` and `卫生健康局`): the name with its closing word 局, 委员会 or 委
 * swapped for another of them is the same body when the directory holds that form at the level.
 */
const CLOSINGS = ["委员会", "局", "委"];
function namesake(index: DirectoryIndex, name: string): Entry | null {
  const same = /^[州盟]/.test(name) ? `市${name.slice(1)}` : name;
  const closing = CLOSINGS.find((c) => same.endsWith(c));
  const stem = closing ? same.slice(0, -closing.length) : same;
  const forms = closing ? [same, ...CLOSINGS.filter((c) => c !== closing).map((c) => stem + c)] : [same];
  for (const form of forms) {
    if (form === name || stem.length < 4) continue;
    const hit = walk(form, 0, index.root);
    if (hit && hit[0] === form.length && hit[1].kind === "entry") return hit[1].entry;
  }
  return null;
}

/** The directory entry a would-be new body's name is a variant of, or null. */
export function variantEntry(index: DirectoryIndex, name: string): Entry | null {
  const same = namesake(index, name);
  if (same) return same;
  const mine = core(name);
  if (!mine) return null;
  const fits = entryCores(index).filter(
    ([c]) =>
      c.level === mine.level &&
      c.suffix === mine.suffix &&
      c.core.slice(0, 2) === mine.core.slice(0, 2) &&
      (mine.core.length <= c.core.length ? subsequence(mine.core, c.core) : subsequence(c.core, mine.core)),
  );
  return fits.length === 1 ? fits[0][1] : null;
}

/**
 * Thirteenth wave: the system a new body's name reads as with its level word (`区人力资源和社会保障局`
 * and `区人社局` both read `区` + the city's 人社 entry), or null when its name reads as none.
 */
function newBodySystem(index: DirectoryIndex, name: string): string | null {
  const m = /^(自治区|省|市|区|县|州|盟|旗)(.{2,})$/.exec(name);
  if (!m) return null;
  for (const form of [`市${m[2]}`, m[2]]) {
    const hit = walk(form, 0, index.root);
    if (hit && hit[0] === form.length && hit[1].kind === "entry" && !hit[1].weak) return `${LEVEL_OF[m[1]]}:${hit[1].entry.name}`;
  }
  return null;
}

/**
 * Thirteenth wave: one body the directory lacks, written in full and then short in one document
 * (`区人力资源和社会保障局` … `区人社局`), is one new body, named as the document first names it.
 * The intro's mentions are read first, then the nodes' in reading order; a list that then holds
 * the name twice keeps it once, with the stronger role.
 */
export function oneNamePerNewBody(index: DirectoryIndex, intro: Mention[], nodes: Node[]): void {
  const lists = [intro];
  const visit = (n: Node): void => {
    lists.push(n.departments);
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  const first = new Map<string, string>();
  for (const list of lists) {
    for (const m of list) {
      const system = m.new ? newBodySystem(index, m.name) : null;
      if (!system) continue;
      const name = first.get(system);
      if (name === undefined) first.set(system, m.name);
      else m.name = name;
    }
    for (let k = list.length - 1; k > 0; k--) {
      const prior = list.findIndex((p) => p.name === list[k].name);
      if (prior === k) continue;
      if (ROLE_STRENGTH[list[k].role] > ROLE_STRENGTH[list[prior].role]) list[prior] = { ...list[prior], role: list[k].role, mention: list[k].mention };
      list.splice(k, 1);
    }
  }
}
