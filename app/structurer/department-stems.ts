/**
 * A bare stem as the first half of a word (issue #12, departments made general). The
 * directory's bare stems (`文旅`, `医保`, `住建`, `公安`) name a department when they stand
 * where a body stands — opening a clause as its subject (`公安加强巡查`), after a verb that
 * takes a body (`协调公安…`, `推动民政、卫健…`), in a list of departments, before `部门`, a
 * modal or a role verb. Inside a clause, glued to the noun after it, a stem is the modifier
 * of that noun and names no body: `推进文旅融合发展`, `实现卫生院医保门诊统筹`,
 * `加强住建领域监管`. Such a mention is dropped.
 */
import type { Found } from "./department-resolve";
import { ITEM_ORDINAL, type Level } from "./department-forms";
import type { DirectoryIndex } from "./department-index";
import { resolveDirect } from "./department-resolve";
import { walk } from "./department-walk";

/** A name closed by a unit word (or a level prefix before it) is never a bare stem. */
const UNIT_END = /(?:局|厅|委|办|部门|中心|队|所|院|会|联|团|公司|集团|站|署|室|部|行|社|机关|热线|府|协|关|处|机构|组织|方)$/;
const LEVEL_START = /^(?:省|市|区|县|州|盟|旗|自治区)/;
/** What may follow a stem that names a body: a joiner, 等, 部门, a modal, a role verb, punctuation. */
// Thirteenth wave: 要 and 需 only as modals, not opening the nouns 要求 and 需求 (`冷藏和卫生要求`).
const BODY_AFTER = /^(?:[、和与及或等的]|部门|系统|要(?!求)|应|须|需(?!求)|将|可|会|也|还|都|已|正|再|共同|牵头|负责|配合|协助|参与|会同|联合|协调|主管|主责|统筹|按照|依法|加强|加大|开展|推动|推进|落实|做好|制定|指导|督促|组织|完善|建立|出台|牵|对|把|在|与)/;
/** Nouns of firms and trades: a stem before them names a sector, not a body. */
const SECTOR_AFTER = /^(?:企业|行业|产业|从业)/;
/** The rest of a list after a stem, closed by 等 and a noun of trades (not `等行业主管部门`, a body). */
const SECTOR_LIST_AFTER = /^(?:[、和及与][\u4e00-\u9fff]{2,4}){0,4}等(?:[\u4e00-\u9fff]{2})?(?:产业|行业|业态)(?!主管|部门|管理)/;
/** A verb or preposition that takes a body as its object (`协调公安…`, `由住建…`). */
// Fifteenth wave: not the 请 of 申请/聘请, whose object is a thing or a person (`申请粮食烘干设备补贴`).
const BODY_BEFORE = /(?:由|建议|(?<![申聘])请|责成|会同|协同|联合|配合|协助|协调|督促|指导|推动|支持|要求|依托|依靠|通过|借助|整合|争取|组织|引导|鼓励|商请|邀请|联系|会商|约谈|征求|听取|向|对|与|和|及|、|等)$/;

function clauseBefore(folded: string, start: number): string {
  const head = folded.slice(Math.max(0, start - 30), start);
  const cut = Math.max(...[..."。,;:!?\n，；：、）)”"].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1).trim();
}

/** Drop bare stems used as the modifier of the noun after them, inside a clause. */
export function dropModifiers(folded: string, found: Found[]): Found[] {
  return found.filter((m, k) => {
    const form = folded.slice(m.start, m.end);
    if (UNIT_END.test(form)) return true;
    // Fifth wave: a level and a stem with no unit word to close them (`区粮食`, `县财政`), offered as a
    // new body, is read as the stem alone is: `县财政统筹资金` names a body, `项目区粮食亩产` does not
    // (the 区 ends a place word; the stem modifies the noun after it).
    // Thirteenth wave: so is a level and a stem the directory holds at that level (`县民政` → 区民政局):
    // `拨打各县民政服务热线` names the hotline, not the bureau.
    const unclosedNew = LEVEL_START.test(form);
    if (m.isNew && !unclosedNew) return true;
    // Fourteenth wave: a list closed by 等 and a noun of trades (`发展文旅、康养等产业`, `农业、文旅等产业`)
    // lists sectors, whatever joins its members: the stem names its trade, not the bureau.
    if (SECTOR_LIST_AFTER.test(folded.slice(m.end, m.end + 24))) return false;
    const next = folded.slice(m.end, m.end + 4);
    if (!/^[\u4e00-\u9fff]/.test(next) || BODY_AFTER.test(next)) return true;
    // Thirteenth wave: glued to a noun of firms or a trade (`由旅游企业经营`, `文旅企业`, `农业产业`),
    // the stem names the sector whatever stands before it: the firms are no department.
    if (SECTOR_AFTER.test(next)) return false;
    // A neighbour in a list (`民政、卫健、医保数据`): the list names departments.
    const prev = found[k - 1];
    if (prev && /^\s*[、和与及]\s*$/.test(folded.slice(prev.end, m.start))) return true;
    // Fifth wave: after `、` with no department before it, the stem is a member of a list of
    // things (`在就医、乘车、文旅场馆等场景中`): glued to its noun it modifies it.
    // Thirteenth wave: so after 和/及 (`明确面积、冷藏和卫生要求`); not after 与, which may join partners
    // (`数据与公安、民政共享`).
    if (/[、和及]\s*$/.test(folded.slice(Math.max(0, m.start - 3), m.start))) return false;
    const opener = clauseBefore(folded, m.start);
    if (BODY_BEFORE.test(opener)) return true;
    // `我县粮食生产连年丰收`: 我/本/全/该 and the level make a place word (our county), whose stem
    // then modifies the noun after it — the clause does not open with a body.
    if (unclosedNew && /[我本全该]$/.test(opener)) return false;
    if (!opener) return true;
    // Only time words and connectives before it: the stem opens its clause as the subject.
    return !/[\u4e00-\u9fff]{2,}$/.test(opener) ? true : OPENS_CLAUSE.test(opener);
  });
}

/** Words before a stem that leave it opening its clause (twentieth wave: an item's ordinal, `二是各级财政…`). */
const OPENS_CLAUSE = new RegExp(`^(?:同时|并|还|也|此外|另外|其中|为此|下一步|今年|明年|目前|要|应|各级|相关|有关|${ITEM_ORDINAL})$`);

/** After a found member: `、林草`, `和水利` — a further member the directory does not know bare. */
const NEXT_MEMBER = /^[、和及]([^、,。;:!?\s\d等和及与]{2,6}?)(?=[、和及]|等|部门)/;
const UNIT_WORD_CLOSE = /^(?:等(?:有关|相关)?)?部门/;

/**
 * The unit word closing an enumeration serves every member (`联合交通运输、林草等部门` =
 * 交通运输部门 and 林草部门): a bare member the directory knows only with `部门` after it is
 * read as that generic form. Only members after a found one, in a list closed by `(等)部门`.
 */
export function listedStems(folded: string, found: Found[], index: DirectoryIndex, level: Level): Found[] {
  if (found.length === 0 || !folded.includes("部门")) return found;
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    out.push(m);
    const stop = found[k + 1]?.start ?? folded.length;
    const added: Found[] = [];
    let at = m.end;
    for (let step = 0; step < 6 && at < stop; step++) {
      const next = NEXT_MEMBER.exec(folded.slice(at, Math.min(stop, at + 12)));
      if (!next) break;
      const start = at + 1;
      const end = start + next[1].length;
      const generic = `${next[1]}部门`;
      const hit = walk(generic, 0, index.root);
      if (hit && hit[0] === generic.length && hit[1].kind === "entry") {
        const resolved = resolveDirect(generic, 0, hit[0], hit[1], index, level);
        if (resolved) added.push({ ...resolved, start, end });
      }
      at = end;
    }
    if (added.length && UNIT_WORD_CLOSE.test(folded.slice(at, at + 6))) out.push(...added);
  }
  return withEarlierMembers(folded, out, index, level);
}

/** What may stand before an earlier member: a clause break, a joiner, a verb that takes a body. */
const MEMBER_OPEN = /(?:^|[^\u4e00-\u9fff]|[由请与和及对同、]|建议|会同|联合|协调|配合|协助|推动|督促|组织|要求|指导)$/;

/**
 * Seventh wave: the unit word closing the list serves the members before the found one too
 * (`林草、生态环境部门配合` = 林草部门 and 生态环境部门). Only when the found member is itself a
 * generic form closed by `部门` (the unit word stands right after the list), and the earlier
 * member, with `部门`, is a form of the directory; the member must open its clause or follow a
 * verb that takes a body.
 */
function withEarlierMembers(folded: string, found: Found[], index: DirectoryIndex, level: Level): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k];
    const prevEnd = out[out.length - 1]?.end ?? 0;
    if (m.isNew || !/部门$/.test(folded.slice(m.start, m.end)) || m.start - prevEnd < 3) {
      out.push(m);
      continue;
    }
    const added: Found[] = [];
    let at = m.start;
    for (let step = 0; step < 4 && at - prevEnd >= 3 && /[、和及]/.test(folded[at - 1]); step++) {
      const member = earlierMember(folded, at - 1, prevEnd, index, level);
      if (!member) break;
      added.unshift(member);
      at = member.start;
    }
    out.push(...added, m);
  }
  return out;
}

/** The member ending at `end` (before its joiner): 2–6 Han characters opening after MEMBER_OPEN whose `部门` form is an entry. */
function earlierMember(folded: string, end: number, floor: number, index: DirectoryIndex, level: Level): Found | null {
  for (let len = 2; len <= 6 && end - len >= floor; len++) {
    const start = end - len;
    const member = folded.slice(start, end);
    if (!/^[\u4e00-\u9fff]+$/.test(member)) return null;
    if (!MEMBER_OPEN.test(folded.slice(Math.max(floor, start - 2), start))) continue;
    const generic = `${member}部门`;
    const hit = walk(generic, 0, index.root);
    if (!hit || hit[0] !== generic.length || hit[1].kind !== "entry") continue;
    const resolved = resolveDirect(generic, 0, hit[0], hit[1], index, level);
    if (resolved) return { ...resolved, start, end };
  }
  return null;
}
