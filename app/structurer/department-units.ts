/**
 * A body's own units (issue #12, departments made general): a department is often named
 * with one of its internal units right after it — `公安出入境管理部门`, `市公安局交通管理支队`,
 * `市自然资源和规划局某某分局`, `市民政局养老服务中心`. The unit is part of the body, not
 * the start of the sentence's predicate, so the mention runs to the unit's end and the
 * role is read after the whole name (`公安出入境管理部门配合` → co).
 *
 * A unit is a short run of name characters (no function word, no verb of the sentence)
 * closed by a unit word; it never runs into the next department the matcher found.
 */
import type { Found } from "./department-resolve";

import { GRASSROOTS } from "./department-forms";
import { NOT_NAME_CHAR, unitEnd } from "./department-unit-names";

export { unitEnd } from "./department-unit-names";

/**
 * The people's congress is an assembly, like the CPPCC that writes most texts: its standing
 * committee is a body a proposal may address (`建议市人大常委会将…列入立法计划`), but its
 * office, working committees, members and officers are the assembly's own organs and posts
 * (`区人大常委会办公室`, `市人大常委会教科文卫工委`, `区人大常委会副主任`, `人大代表`),
 * never departments.
 */
const ASSEMBLY = /人民代表大会|人大/;
const ASSEMBLY_ORGAN = /^(?:[\u4e00-\u9fff]{0,10}?(?:工委|工作委员会|专门委员会|委员会|办公室|办公厅|代表|主任|委员|秘书长|机关)|办)/;

/** Is `m` an assembly named by one of its organs or posts? */
function assemblyOrgan(folded: string, m: Found): boolean {
  if (!m.names.some((n) => ASSEMBLY.test(n)) && !(m.isNew && ASSEMBLY.test(folded.slice(m.start, m.end)))) return false;
  const after = folded.slice(m.end, m.end + 14);
  const organ = ASSEMBLY_ORGAN.exec(after);
  return !!organ && !/[的和与及、对把在将要为向]/.test(organ[0]);
}

/** Does the body at `start` open its clause (at most a place name or a connective of four characters before it)? */
function opensClause(folded: string, start: number): boolean {
  const head = folded.slice(Math.max(0, start - 6), start);
  return /(?:^|[,;。!?:\n])[\u4e00-\u9fff]{0,4}$/.test(head) && !/[的对把在将向从由与和及、]$/.test(head);
}

/**
 * Twenty-first wave: a grass-roots unit named right after a body of its own system (`市人民检察院公益诉讼检察室`,
 * `县法院人民法庭`, `市公安局城关派出所`) is that body's seat, as any unit after its body is: one mention, so a list
 * of such seats (`A检察室、B法庭参与巡查`) stays one list and takes the role verb after it.
 */
function ownSeat(folded: string, body: Found | undefined, m: Found): boolean {
  const system = Object.hasOwn(GRASSROOTS, folded.slice(m.start, m.end)) ? GRASSROOTS[folded.slice(m.start, m.end)] : undefined;
  if (!body || body.isNew || !system || !body.names.some((n) => n.includes(system))) return false;
  const between = folded.slice(body.end, m.start);
  if (!/^[\u4e00-\u9fff]{0,8}$/.test(between) || NOT_NAME_CHAR.test(between)) return false;
  // Only where a list or a role verb goes on after the seat: a seat as a body's object (`市消防救援支队布局消防救援站，`) stays apart.
  return SEAT_THEN.test(folded.slice(m.end, m.end + 6));
}
const SEAT_THEN = /^(?:[、和及与]|(?:要|将|也|还)?(?:参与|配合|协助|协同|牵头|负责|会同|联合))/;

/** Extend each directory mention over the unit named right after it; an assembly's organ is no department. */
export function withUnits(folded: string, found: Found[]): Found[] {
  const seated: Found[] = [];
  for (const m of found) {
    const body = seated[seated.length - 1];
    if (ownSeat(folded, body, m)) seated[seated.length - 1] = { ...body, end: m.end };
    else seated.push(m);
  }
  return seated.filter((m) => !assemblyOrgan(folded, m)).map((m, k, kept) => {
    if (m.isNew) return m;
    const end = unitEnd(folded, m.end, kept[k + 1]?.start ?? folded.length);
    // Seventh wave: a subject needs its verb. A run that ends the clause right after a body
    // opening it (`市民政局引进港资养老机构，在社区…`) is the body's predicate and object, not a
    // unit of it: the clause would be left with no verb.
    if (end !== m.end && /^\s*[,;。!?]/.test(folded.slice(end, end + 2)) && opensClause(folded, m.start)) return m;
    // A bureau's own units are 处/科/中心/支队…; `部门`/`机构` after a name already closed by 局/厅/委/办
    // are other bodies, the object of a verb (`市数据局打通部门数据壁垒`), not a unit (`公安出入境管理部门`
    // follows a bare stem).
    if (end !== m.end && /(?:局|厅|委|办)$/.test(folded.slice(m.start, m.end)) && /(?:部门|机构)$/.test(folded.slice(m.end, end))) return m;
    return end === m.end ? m : { ...m, end };
  });
}
