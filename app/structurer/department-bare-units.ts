/**
 * A body named bare — its field and a unit word (`能源局`, `疾控中心`, `畜牧兽医站`), no level —
 * standing as a clause's subject or a member of a list of bodies, where the directory has no form
 * for it (issue #12, nineteenth wave). Texts shorten a body of their own level this way once the
 * level is plain (`由自治区住房和城乡建设厅牵头，能源局、市场监管局参与`), and the conventions
 * offer it as new under the name as written. A bare field and unit word is also a facility
 * (`服务中心`, `充电站`) or a word (`格局`, `站点`), so the name is read only where a body stands:
 * after a clause break or a word that takes a body, and before a predicate, a role word, or a
 * joiner and a second body (`畜牧兽医站与派出所共享…`).
 */
import type { TrieNode } from "./department-index";
import type { Found } from "./department-resolve";
import { walk } from "./department-walk";
import { NOT_A_BODY, PREDICATE_OPENING, WORD_BEFORE_SUFFIX } from "./department-new";

const UNIT = /局|中心|站/g;
/** Where a bare name may open: a word that takes a body, read before the name. */
const OPENER = /(?:[由请据被给和与及、]|会同|联合|协同|配合|协助|督促|支持|推动|指导|商请|邀请)$/;
const HAN = /[\u4e00-\u9fff]/;
/** A name's characters are never function words, numerals or a level's word. */
const NOT_NAME = /[的和与及对把在将要应为向从由并也还已就被让使给等或其各全每该本我此需须可会能一二三四五六七八九十个批第]/;
/** Verbs of using or building a place before it (`利用环卫工作站`): the name is a facility. */
const USED = /利用|依托|通过|借助|建设|建成|新建|增设|改造|设立/;
/** Fields whose words hold a character NOT_NAME reads as a function word (应急: 应 is also the modal). */
const FIELD_WORDS = /应急|能源|可再生/g;
const LEVEL_OPENING = /^(?:自治区|[省市区县旗州盟乡镇村])/;
/**
 * A centre or station of these fields is a facility people use, not a body a proposal asks to act
 * (`文化中心`, `服务站`, `充电站`, `污水处理站`, `电站`), or a gauge (`水位站`, `雨量站`, `监测站`).
 */
const FACILITY = /服务|活动|文化|体育|会展|会议|展览|演艺|购物|商业|物流|数据|充电|加油|换电|加气|客运|公交|地铁|收费|救助|处理|转运|中转|集散|配送|研发|孵化|创新|培训|指挥|调度|展示|游客|养老|康养|党群|便民|驿|网点|车|港|码头|机场|雨量|水位|测|电/
/** A unit word that is a word with the next character (`局面`, `站点`, `中心城区`). */
const SUFFIX_WORD: Record<string, RegExp> = { 局: /^[面部限势长]/, 中心: /^[城区]/, 站: /^[点台位长稳在起出上到队]/ };
/** After the name: a role word or a verb of the predicate. */
const ROLE_AFTER = /^(?:参与|牵头|配合|负责|协助|会同|共同|联合|分别|依法|按职责)/;
/** Adverbs of addition or contrast that may stand between a subject and its modal or verb. */
const ADVERB_BEFORE_PREDICATE = /^(?:也|还|则|都|均|亦|同时)/;
/** After the name: a joiner and a second body, named with its own unit word. */
const SECOND_BODY = /^[与和及、][^\s、，。；：等的和与及]{1,10}?(?:局|所|站|委|办|队|院|厅|中心|部门)/;

/**
 * Twenty-first wave: a public service's telephone number written right before the bare name
 * (`120急救中心`, `999急救中心`) is part of it: the number is how the body is known, as a level is
 * (holdout-29 `news-agency-02`). A service number is three to five digits after a non-digit; a count
 * has its measure word between (`3个急救中心`), a year four digits opening with 2.
 */
const SERVICE_NUMBER = /(?:^|[^\d.])([19]\d{2,4})$/;

function nameStart(folded: string, at: number): number {
  let j = at;
  while (j > 0 && HAN.test(folded[j - 1]) && !OPENER.test(folded.slice(Math.max(0, j - 2), j))) {
    if (at - j >= 6) return -1;
    j--;
  }
  return j;
}

function bareUnitAt(folded: string, at: number, unit: string, root: TrieNode): Found | null {
  const end = at + unit.length;
  if (SUFFIX_WORD[unit].test(folded.slice(end, end + 1))) return null;
  const start = nameStart(folded, at);
  const field = start < 0 ? "" : folded.slice(start, at);
  if (field.length < 2 || LEVEL_OPENING.test(field) || NOT_NAME.test(field.replace(FIELD_WORDS, "")) || USED.test(field) || NOT_A_BODY.test(field)) return null;
  if (unit !== "局" ? FACILITY.test(field) : WORD_BEFORE_SUFFIX.局.test(field)) return null;
  // A form the directory knows reads it (`市场监管局`, `疾控局`).
  if ((walk(folded, start, root)?.[0] ?? 0) >= end) return null;
  // Twenty-first wave: an adverb between the name and its predicate (`999急救中心也将负责…`, `还要`, `则由`)
  // is the predicate's own; the predicate is read after it.
  const after = folded.slice(end, end + 14).replace(ADVERB_BEFORE_PREDICATE, "");
  if (!ROLE_AFTER.test(after) && !PREDICATE_OPENING.test(after) && !SECOND_BODY.test(after)) return null;
  const number = SERVICE_NUMBER.exec(folded.slice(Math.max(0, start - 6), start));
  return { start: start - (number?.[1].length ?? 0), end, names: [], isNew: true, weak: false };
}

/** The found mentions with the bare units no other reader took, in text order. */
export function withBareUnits(folded: string, found: Found[], root: TrieNode): Found[] {
  const extra: Found[] = [];
  for (const m of folded.matchAll(UNIT)) {
    const unit = bareUnitAt(folded, m.index, m[0], root);
    // A weak stem at the name's start (`疾控` of `疾控中心`) gives way to the whole name.
    if (unit && !found.some((f) => !f.weak && f.start < unit.end && f.end > unit.start)) extra.push(unit);
  }
  if (!extra.length) return found;
  const kept = found.filter((f) => !extra.some((u) => f.start < u.end && f.end > u.start));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
