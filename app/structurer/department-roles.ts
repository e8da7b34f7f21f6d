/**
 * What a sentence asks of the departments it names. Mentions next to each other
 * (`市卫健委、市医保局`, `公安、住建和卫健`) form a list; the list's role comes from the
 * words around it:
 *
 * | pattern | role |
 * | --- | --- |
 * | `由X牵头`, `X牵头`, `X负责`, `X统筹`, `由X、Y牵头` | lead (all) |
 * | `X配合`, `X协助`, `X参与`, `X、Y等部门配合` | co (all) |
 * | `会同X`, `联合X`, `配合X` (X after the verb) | co (all) |
 * | `A配合X开展…`, `A协助X对…` (X assisted, a verb of work after it) | lead (all) |
 * | `建议X…`, `由X…`, `请X…` (X right after) | the first lead, the others co |
 * | X opens its clause and carries the measure out (`市商务局将…纳入`, `各级财政要建立…`) | the first lead, the others co — co for all when the sentence already has a lead (`建议由A牵头，B制定统一标准`) |
 * | `明确X为…主体`, `X是…的责任主体` | lead |
 * | a post or a held noun after the list (`A、B等单位负责同志…`, `A、B等部门职责…`) | mentioned (department-predicates.ts) |
 * | `据X介绍`, `X相关负责人表示`, `X数据显示`, anything else | mentioned |
 */
import type { Role } from "./types";
import { HEADS_TAKE_ON, MEANS_BEFORE_CO, ONLY_RECEIVED, POST_AFTER, SPOKEN_OF, pastUnitsTail, supportsLead } from "./department-predicates";
import { APPROVES, NOT_REQUEST, SAYS_WILL, assistedUnder, namedAsPartner, onlyPresent, lightVerbLead, ownModal, partnerInSetup, separateDutyObject, skipApposition, skipMemberBeforePeople, skipTownshipMember, unitPlace } from "./department-clauses";
import { GRASSROOTS, ITEM_ORDINAL } from "./department-forms";

export interface Span {
  start: number;
  end: number;
}

/** Words that join departments into one list: `市卫健委、市医保局`, `民政和卫健`. */
export const LIST_JOINERS = new Set(["、", "和", "及", "以及", "与", "或", "/"]);

/**
 * A unit the directory does not know, inside a list (`市民政局、某某中心配合`): skipped so
 * the role verb after the list still applies.
 */
// Round 10: a unit's name never opens with a preposition (`向区委、区政府报送`: the list is the object).
const UNKNOWN_UNIT = "(?![向对据给被从在把将])[^、,。;:\\s]{1,14}?(?:部门|局|厅|委|办|部|院|会|队|中心|单位|机关|署|站|所|联|团|行|室|商|企业|公司|机构|组织)";
const UNKNOWN_AFTER = new RegExp(`^(?:(?:、|和|及|以及|与)${UNKNOWN_UNIT})*`);
const UNKNOWN_BEFORE = new RegExp(`(?:${UNKNOWN_UNIT}(?:、|和|及|以及|与))+$`);

const CUE_HEAD = /^(?:由|建议|请|责成|交由|委托|要求|督促|会同|联同|偕同|协同|联合|配合|协助|商请)+/;

/** After a list: `等部门`, `共同`, `积极`, `按职责分工` (how the work is shared, not who does it) are skipped before the role verb. */
// Twenty-first wave: a modal or connective of its own too (`X也将配合`, `X将协助我局`, `X能牵个头`: a letter's 牵个头 is 牵头).
const AFTER_FILLER = /^(?:等(?:有关|相关)?(?:[\u4e00-\u9fff\d]{0,4}?(?:部门|单位|机构|组织|力量)|方面)?)?\s*(?:(?:共同|积极|主动|全力|密切|也|还|继续|将|要|能够?|可以|应当|应|须|需|按照?(?:各自)?(?:职责|职能)(?:分工)?)\s*){0,4}/;
const LEAD_AFTER = /^(?:牵(?:个|好)?头|负责(?!人|同志)|主责|主抓|主办|统筹)/;
// A role verb may be the object of a light verb: `X做好配合`, `X给予协助`, `X予以配合`.
const CO_AFTER = /^(?:(?:做好|搞好|给予|予以|加强|强化)?(?:配合|协助|协同|协办|参与|会办|协作)|支持配合)/;
/** `A会同B…`, `A联合B…`: A leads and B assists. */
// Seventh wave: Hong Kong's written register joins partners with 联同/偕同 (`市民政局應聯同市衛健委…`), as 会同.
const JOINT_AFTER = /^(?:会同|联同|偕同|联合|协调|共同|一起|一道|携手)/;
/**
 * Considering the proposal itself is not carrying a measure out: `请县人民政府研究办理。`
 * (the letter's closing request to its addressee), `X负责人表示，将认真研究委员建议`. The verb
 * takes the proposal (建议, 意见, 提案) or nothing as its object and ends the clause. Fourteenth
 * wave: the manner adverb may say how soon (`将抓紧研究委员建议`, `尽快`) — still only considering.
 */
const CONSIDER = /^(?:(?:相关|有关)?负责(?:人|同志)[\u4e00-\u9fff]{0,4}?(?:表示|介绍)\s*[,:]\s*(?:下一步)?(?:将|要|会)?)?(?:认真|积极|及时|进一步|抓紧|尽快|加紧|深入|仔细)?(?:研究|审议|审阅|阅处|研处|参阅|参考|吸纳|采纳|梳理)(?:办理|处理|采纳|吸纳|落实)?(?:(?:委员|代表|各方|大家)?(?:的|们的)?(?:建议|意见|提案|建议案)(?:内容)?)?\s*(?:[,。;!]|$)/;
/**
 * A causative verb before the list and a verb of setting up after it (`推动A与B建立…`,
 * `支持市供电公司建设…`): the list is the verb's doer. A noun after the list
 * (`推动民政、卫健、医保数据共享`) keeps it a modifier.
 */
const PIVOT_BEFORE = /(?:推动|推进|支持|鼓励|引导|促进)$/;
const PIVOT_VERB = /^(?:建立|建设|制定|出台|开展|完善|落实|实施|健全|签订|共建|设立|组建|探索|牵头)/;
/**
 * Or an adverbial that only a doer takes before its verb (`鼓励各区政府通过公开招标引入…`,
 * `支持市供电公司在老旧小区开展…`, `引导市农业农村局因地制宜推广…`): a preposition of means or
 * place, or a manner adverb, then a verb phrase — a noun after the list never opens so.
 */
const PIVOT_ADVERBIAL = /^(?:通过|依托|利用|借助|采取|采用|结合|按照|依据|根据|围绕|立足|在[^,。;]{1,16}?(?:开展|建设|建立|设立|实施|推广|试点|探索|布局|增设|改造)|积极|主动|加快|率先|先行|因地制宜|探索)/;
/** `由A…`, `建议A…`, `责成A…`: A is asked to act. */
// Fifteenth wave: a wish voiced to a body is a request too (`希望人社部门加强…`, `呼吁市住建局…`).
const LEAD_BEFORE = /(?:由|建议|请|责成|交由|委托|要求|督促|希望|呼吁)$/;
// Round 12: `协调X指导…` (a reply letter: the writer gets X to do part of the work) → co.
const ASSISTED_BEFORE = /(?:配合|协助)$/;
// The work the assisted body carries out, right after it (`开展`, `做好`, `对…进行`).
const ASSISTED_VERB = /^(?:开展|做好|推进|实施|落实|制定|编制|组织|完成|进行|抓好|建立|对|做)/;
const CO_BEFORE = /(?:会同|联同|偕同|协同|联合|配合|协助|商请|协调)$/;
/** Words that may open a clause before its subject: time, connectives, a modal, a scope (eighteenth wave: 沿 + any one character, `沿河各县政府`). */
// Fourth wave: an item's circled or bracketed number (`；②市供电公司简化…`, `(2)`, `2、`) opens the clause too.
// Twentieth wave: and an item's ordinal word without a comma (`二是各级财政…`, `其次省卫健委…`: department-forms.ts).
const CLAUSE_OPENER = new RegExp(`^(?:(?:同时|并且?|还|也|再|此外|另外|其中|对此|为此|随后|届时|下一步|今年|明年|去年|近年来|近日|日前|目前|当前|每年|每季度|每月|定期|年内|\\d{4}年(?:\\d{1,2}月)?|\\d{1,2}月(?:\\d{1,2}日)?|要|应|可|各|镇|乡|街道|社区|辖区|属地|当地|基层|沿(?![用袭革着])[\\u4e00-\\u9fff]|流域|边境|山区|农村|城区|相关|有关|中共|[\\u2460-\\u2473\\u2776-\\u277f]|\\(\\d{1,2}\\)|\\d{1,2}[、.]|${ITEM_ORDINAL})\\s*)*$`);
/**
 * A name that opens with a level (`市民政局`; the city-level 州 and 盟, the county-level 旗 of
 * autonomous areas: `州住建局`, `旗民政局`), so a place name before it belongs to it.
 */
const LEVEL_START = /^(?:省|市|区|县|州|盟|旗|自治区|地区)/;
/** A place name before a prefixed name (`青禾` in `青禾市民政局`, `某` in `某市住建局`). */
// Eighth wave: or a place chain (`榆州市明湖` in `榆州市明湖区住建局`): a higher level's place first.
const PLACE_BEFORE = /(?:[\u4e00-\u9fff]{2,4}[省市州盟])?(?:某|[\u4e00-\u9fff]{2,4})$/;
/** Verbs and prepositions that may stand right before a level prefix, where a place name would. */
// Round 10: and verbs that take a body or its system as their object (`接入县大数据中心平台`).
// Round 12: and verbs that consult a body (`征求市教育局意见`, `听取了县水利局汇报`), maybe with 了. Twenty-first wave: and
// verbs of going to a body (`委员们到市数据局调研`, `赴市医保局走访`): the body is the place visited, not a place name's.
const NOT_PLACE = /(?:依托|依靠|通过|借助|联合|会同|联同|偕同|协调|指导|督促|支持|推动|要求|组织|整合|争取|协助|配合|推进|鼓励|引导|安排|明确|接入|纳入|并入|引入|利用|运用|报请|提请|提交|移交|上报|报送|按照|根据|依据|征求|听取|邀请|约谈|咨询|会商|经商|商|经|由|向|对|在|从|经|为|与|和|及|将|把|据|请|让|使|给|被|到|赴|走进|来到|前往|深入)了?$/;
/** `由X牵头`, `X牵头`: the sentence already has its lead (`由A统筹，B具体实施`: any lead verb closing the clause before). */
const SENTENCE_LEAD = /(?:牵头|牵总|统筹|抓总|负总责)(?:负责|抓总)?\s*[,，]\s*$/;
/**
 * Fifth wave: the clause right before, in the same sentence, appoints a lead with 牵头 anywhere in it
 * (`建议由A牵头制定…办法，B做好…`, `A牵头编制…，B安排资金`), or closes on another lead word. Only
 * the clause RIGHT before: a body two clauses after A's (`A牵头，推动…，B完善…`) has a measure
 * of its own and leads (the corpus's convention since round 7b). 统筹 inside a clause is an
 * adverb (`A统筹推进…，B策划…`), 负责 a body's own task (`A负责…，B做好…`): neither counts.
 */
const CLAUSE_LED = /牵头|(?:牵总|统筹|抓总|负总责)(?:负责|抓总)?$/;
function ledClauseBefore(folded: string, start: number): boolean {
  const head = folded.slice(Math.max(0, start - 80), start).replace(/\s+$/, "");
  if (!head.endsWith(",")) return false;
  const clause = head.slice(0, -1).split(/[,;。:!?\n]/).pop() ?? "";
  return CLAUSE_LED.test(clause.trim()) && /^(?:建议|请)/.test(clause.trim());
}
/** `派出所、民兵配合`: members the directory does not know (people, not units) end the list before its verb. */
const BARE_THEN_CO = /^(?:[、和及与][\u4e00-\u9fff]{1,5}){1,3}(?:等[\u4e00-\u9fff]{0,6})?\s*(?:配合|协助|参与)/;

/**
 * A field label right before a list: the unit column or field of a form, a notice or a
 * task list — `牵头单位：`, `责任部门 `, `配合单位:`, `协办单位（…）：`. The label's own word
 * says the role: 牵头/责任/主责/主办/负责 lead, 配合/协办/参与/会办/协作 co.
 */
// Tenth wave: also 落实/协助/承办单位, a bare role word as the label (`牵头：A 配合：B`) and one in
// lenticular brackets (`【牵头】A【配合】B`).
const FIELD_LABEL =
  /(?:(牵头|责任|主责|主办|负责|配合|协办|参与|会办|协作|落实|协助|承办)(?:单位|部门)(?:\([^)]{0,12}\))?\s*[:：]?|(?<![\u4e00-\u9fff])(牵头|主办|配合|协办|会办|协助)\s*[:：]|【(牵头|主办|责任|配合|协办|会办|协助)(?:单位|部门)?】)\s*$/;
const CO_FIELD = /^(?:配合|协办|参与|会办|协作|协助)$/;
/** `牵头单位为X`, `配合部门是X`: the label, a copula, the list. */
const LABEL_IS = /(牵头|责任|主责|主办|负责|配合|协办|参与|会办|协作)(?:单位|部门)(?:为|是)\s*$/;
/** `X作为牵头单位`, `X为配合单位`, `X是责任单位`: the list, a copula, a role noun. */
// Thirteenth wave: a scope closed by 的 may stand before the noun, and 主体 is one (`X是耕地保护的责任主体`).
const ROLE_NOUN_AFTER = /^(?:作为|为|是|担任)(?:[^,。;:!?]{1,16}?的)?(?:第一)?(牵头|责任|主责|主办|负责|配合|协办|参与|会办|协作)(?:单位|部门|主体)/;

export interface RoleContext {
  /** Is there an unknown unit before the list (then its first member is not the first)? */
  unknownBefore: boolean;
}

/** The first of a list leads and the others assist (all assist after an unknown first unit). */
function firstLeads(n: number, unknownFirst: boolean): Role[] {
  const roles: Role[] = [];
  for (let i = 0; i < n; i++) roles.push(i === 0 && !unknownFirst ? "lead" : "co");
  return roles;
}

/** Between two members of an enumeration: other members the directory does not know (`、林草、`). */
const BARE_BETWEEN = /^(?:[、和及与][\u4e00-\u9fff]{2,6}){1,4}[、和及与]$/;
/** `等单位`, `等有关部门` after a list (then `共同`, `一道` still say the list is a partner). */
const UNITS_TAIL = /^等(?:有关|相关)?[\u4e00-\u9fff\d]{0,4}?(?:部门|单位|机构|组织|力量)/;
/** The end of an enumeration of departments: `等部门`, `等有关单位`. */
const UNITS_END = /^(?:[、和及与][\u4e00-\u9fff]{2,6}){0,4}等(?:有关|相关)?(?:部门|单位|机构)/;

/**
 * `公安、林草、生态环境等部门开展联合执法`: bare stems the directory does not know stand
 * between two it knows, in a list closed by `等部门` — one enumeration, so one role.
 */
function bareMembers<T extends Span>(folded: string, prev: T, m: T): boolean {
  const between = folded.slice(prev.end, m.start).replace(/\s+/g, "");
  return between.length <= 30 && BARE_BETWEEN.test(between) && UNITS_END.test(folded.slice(m.end, m.end + 40));
}

/** A scope after a joiner (`县司法局和各乡镇司法所`): the list goes on. */
const SCOPE_AFTER_JOINER = /(?<=^[、和及与])(?:各(?:乡镇|街道|区县|县区|区|县|镇|乡|级)?|乡镇|街道|边防|边境|沿海|农村|城区|属地|辖区)$/;

/** Group mentions into lists: neighbours separated only by a list joiner (and a scope). */
export function groupLists<T extends Span>(folded: string, mentions: T[]): T[][] {
  const lists: T[][] = [];
  for (const m of mentions) {
    const current = lists[lists.length - 1];
    const prev = current?.[current.length - 1];
    let between = folded.slice(prev?.end ?? 0, m.start).replace(/\s+/g, "").replace(SCOPE_AFTER_JOINER, "");
    if (Object.hasOwn(GRASSROOTS, folded.slice(m.start, m.end))) between = between.slice(0, between.length - (unitPlace(between, NOT_PLACE)?.length ?? 0)); // `、荻港派出所`
    if (prev && (LIST_JOINERS.has(between) || bareMembers(folded, prev, m))) current.push(m);
    else lists.push([m]);
  }
  return lists;
}

/** The roles of a list's members, in order. */
export function listRoles(folded: string, list: Span[]): Role[] {
  const first = list[0];
  const last = list[list.length - 1];
  // A line break ends a clause (a heading line over the paragraph): keep it for clauseOpener.
  let before = folded.slice(Math.max(0, first.start - 48), first.start).replace(/[ \t\u3000]+$/, "");
  if (/\n\s*$/.test(before)) before = before.trimEnd() + "\n";
  // Round 10: a place name between a cue and a prefixed name (`会同砚湖` + `市发改委`) is the name's.
  // Fifteenth wave: so is a township's before a grass-roots unit (`会同荻港派出所`, `。芦荻消防救援站加强…`).
  const unit = Object.hasOwn(GRASSROOTS, folded.slice(first.start, first.end));
  if (unit || LEVEL_START.test(folded.slice(first.start, first.start + 3))) before = before.replace(CUE_PLACE, (m, cue: string, place: string) => (NOT_PLACE.test(place) ? m : cue));
  if (unit) before = before.slice(0, before.length - (unitPlace(before, NOT_PLACE)?.length ?? 0));
  // Unknown units earlier in the same list: ours is not the list's first member.
  // (Only a text that ends with a list joiner can hold one: skip the costly pattern otherwise.)
  const unknownBefore = /[、和及与]$/.test(before) ? UNKNOWN_BEFORE.exec(before) : null;
  if (unknownBefore) {
    // The unknown unit may have swallowed the cue before it (`建议市文旅局、`): keep the cue.
    const cue = CUE_HEAD.exec(unknownBefore[0]);
    before = before.slice(0, unknownBefore.index).trimEnd() + (cue ? cue[0] : "");
  }
  // (A unit after the name — `某某分局`, `出入境管理部门` — is part of the mention: department-units.ts.)
  let after = skipTownshipMember(skipMemberBeforePeople(folded.slice(last.end, last.end + 96).trimStart())); // before an unknown unit ending in 会 (`到会`)
  const unknownAfter = /^[、和及与]/.test(after) ? UNKNOWN_AFTER.exec(after) : null;
  if (unknownAfter) after = after.slice(unknownAfter[0].length).trimStart();
  after = skipApposition(separateDutyObject(after)); // twelfth wave: `作为主管部门，要…`, `负责人行天桥…`
  const rawAfter = after;
  const filler = AFTER_FILLER.exec(after);
  after = after.slice(filler ? filler[0].length : 0).trimStart();

  const firstLead = (): Role[] => firstLeads(list.length, !!unknownBefore);
  // Tenth wave: after a partnering verb (`会同市公安局研究`) the list studies WITH the clause's subject: co, below.
  // …and a body a paper is submitted to for approval (`报请区政府批准`, `提请市政府审定`) only approves it.
  if (HEADS_TAKE_ON.test(pastUnitsTail(rawAfter)) && openerAllows(folded, first.start, before)) return firstLead(); // heads claim items: the body acts
  if ((POST_AFTER.test(pastUnitsTail(rawAfter)) && !SAYS_WILL.test(pastUnitsTail(rawAfter))) || (CONSIDER.test(rawAfter) && !CO_BEFORE.test(before)) || (/(?:报请|提请|呈请|呈报|报送|提交|报)$/.test(before) && /^(?:批准|审定|审批|审议|同意|决定)/.test(rawAfter)) || APPROVES.test(rawAfter) || onlyPresent(before, rawAfter)) return list.map(() => "mentioned");
  // A labelled field of a form or notice (`牵头单位：A`, `配合单位 B、C`) gives its role to every name in it.
  const field = FIELD_LABEL.exec(before) ?? LABEL_IS.exec(before);
  const word = field && (field[1] ?? field[2] ?? field[3]);
  if (word) return list.map(() => (CO_FIELD.test(word) ? "co" : "lead"));
  // The same role nouns after the list: `X作为牵头单位`, `X为配合单位`, `X是责任主体`.
  const noun = ROLE_NOUN_AFTER.exec(rawAfter);
  if (noun) return list.map(() => (CO_FIELD.test(noun[1]) ? "co" : "lead"));
  // Fourth wave: `消防部门配合住建部门开展排查`: the body assisted (the object of 配合/协助) does the
  // work the verb after it names; the one before the verb helps it. (`会同B`, `联合B` name a partner: co.)
  if (ASSISTED_BEFORE.test(before) && !CO_AFTER.test(after) && ASSISTED_VERB.test(after)) return list.map(() => "lead");
  // `A会同B统筹开发…`: B is the object of 会同; the verb after it is the clause's (A's).
  if (CO_BEFORE.test(before) && !CO_AFTER.test(after)) return list.map(() => "co");
  if (LEAD_AFTER.test(after)) return list.map(() => "lead");
  if (CO_AFTER.test(after) || BARE_THEN_CO.test(rawAfter) || assistedUnder(before, rawAfter) || MEANS_BEFORE_CO.test(after)) return list.map(() => "co");
  if (LEAD_BEFORE.test(before) && !NOT_REQUEST.test(before)) return firstLead();
  // `推动A与B建立联席会议制度`: the list is the doer of the verb after it (a pivot), so it acts.
  if (PIVOT_BEFORE.test(before) && (PIVOT_VERB.test(after) || PIVOT_ADVERBIAL.test(after))) return firstLead();
  if (CO_BEFORE.test(before)) return list.map(() => "co");
  if (/明确$/.test(before) && /^(?:为|作为)/.test(after)) return list.map(() => "lead");
  // Round 12b: `（A……，）与X联合…`: X is the partner of the clause's subject, not its lead.
  if (/(?:与|同|和)$/.test(before) && (JOINT_AFTER.test(after) || JOINT_AFTER.test(rawAfter.replace(UNITS_TAIL, "")))) return list.map(() => "co");
  if (partnerInSetup(before, after)) return list.map(() => "co");
  if (JOINT_AFTER.test(after)) return firstLead();
  // A question (`市民政局将如何推进…？`) asks; it assigns nothing.
  if (/^[^。!?;\n]*[?？]/.test(folded.slice(last.end, last.end + 120))) return list.map(() => "mentioned");
  if (subjectOfClause(folded, first.start, before, rawAfter)) {
    // `建议由A牵头，B制定统一标准`: B does A's work (twelfth wave: unless B has a modal; not after `加强统筹，`).
    const head = folded.slice(Math.max(0, first.start - 40), first.start);
    if (((SENTENCE_LEAD.test(head) && !lightVerbLead(head)) || ledClauseBefore(folded, first.start)) && !ownModal(rawAfter)) return list.map(() => "co");
    // `由A牵头，引导…，B提供气象数据支撑`, `B按要求报送数据`: B serves A's work (department-predicates.ts).
    if (supportsLead(folded, first.start, rawAfter)) return list.map(() => "co");
    return firstLead();
  }
  const says = SAYS_WILL.exec(rawAfter);
  if (says && openerAllows(folded, first.start, before)) {
    // Fourteenth wave: a reply by a body the passage already named as a partner keeps the partner's role.
    if (namedAsPartner(folded, first, CO_BEFORE, CO_AFTER)) return list.map(() => "co");
    // Eighth wave: `…表示，将配合做好摸底`: what it says it will do is a role verb's (co).
    return CO_AFTER.test(rawAfter.slice(says[0].length).replace(/^(?:积极|主动|全力|继续|认真)/, "")) ? list.map(() => "co") : firstLead();
  }
  return list.map(() => "mentioned");
}

/**
 * Does the list open its clause as the subject that carries the measure out? Only time
 * words and connectives may stand before it in the clause, and it must not be spoken of
 * (`…负责人表示`, `…数据显示`, `…的`) or end the clause.
 */
/** The words of `before` since the last clause break, without a place name before the list. */
function clauseOpener(before: string): string {
  const from = Math.max(before.lastIndexOf("。"), before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("\n"), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("”"));
  // Markup is no word (`2. **完善设施。** 市自然资源和规划局在…`: the list opens its clause).
  return before.slice(from + 1).replace(/[*_#>`~]+/g, "").trim();
}

/** May the list open its clause: only time words, connectives or a place name before it? */
function openerAllows(folded: string, start: number, before: string): boolean {
  let opener = clauseOpener(before);
  if (opener === before.trim() && start > 48) return false;
  // `青禾市民政局` is matched from `市`: the place name before it is part of the name.
  if (LEVEL_START.test(folded.slice(start, start + 3)) && !CLAUSE_OPENER.test(opener) && !NOT_PLACE.test(opener)) {
    opener = opener.replace(PLACE_BEFORE, "").replace(/中共$/, "");
  }
  return CLAUSE_OPENER.test(opener);
}

/** A cue word, then a place name right before a prefixed name. */
// Fifteenth wave: and 与/同 before a partner (`并与檀坞派出所建立…机制`: see partnerInSetup).
const CUE_PLACE = /(由|建议|请|责成|交由|委托|要求|督促|会同|联同|偕同|协同|联合|配合|协助|商请|与|同)((?:[\u4e00-\u9fff]{2,4}[省市州盟])?[\u4e00-\u9fff]{2,4})$/;
/** A figure reported as reached or counted: `去年达到2.1万件`, `累计受理1200件`. */
const REPORTED_FIGURE = /(?:达到|达|累计|共计|同比|增长|下降)[^,。;]{0,6}\d[\d.]*\s*(?:万|亿)?\s*(?:件|起|人次|人|户|个|家|%)/;

/**
 * A count of cases handled (`12345热线受理投诉3100余件`, `接到求助电话800多个`) in a clause without a
 * modal reports what was done; it assigns nothing.
 */
const HANDLED_COUNT = /(?:受理|接到|收到|接听|办结|查处|处置)[^,。;]{0,12}?\d[\d.]*\s*(?:余|多)?\s*(?:万|亿)?\s*(?:件|起|宗|个|条|次|人次)/;
const MODAL = /要|应|将|须|需|力争|确保|计划|拟/;
/** Past time opening a clause (`去年全市12345热线受理…`): the clause reports, it assigns nothing. */
const PAST_OPENER = /(?:去年|前年|上年|往年|过去|近年来|近几年|多年来|以来|截至(?:目前|去年|今年)?)/;

function subjectOfClause(folded: string, start: number, before: string, after: string): boolean {
  if (!openerAllows(folded, start, before)) return false;
  if (PAST_OPENER.test(clauseOpener(before))) return false;
  // Round 10: a clause that reports a figure (`…的诉求去年达到2.1万件`) assigns nothing.
  const clause = after.split(/[,。;!?]/)[0];
  if (REPORTED_FIGURE.test(clause) || (HANDLED_COUNT.test(clause) && !MODAL.test(clause))) return false;
  const next = after.replace(/^等(?:有关|相关)?(?:[\d一二三四五六七八九十两]+个?)?(?:部门|单位|机构)?/, "").trimStart();
  if (!next || /^[,。;!?、]/.test(next) || SPOKEN_OF.test(next) || ONLY_RECEIVED.test(next)) return false;
  return /^[\u4e00-\u9fff]/.test(next);
}
