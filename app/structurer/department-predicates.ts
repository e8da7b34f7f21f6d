/**
 * What the words right after a list of departments say about it (issue #12), used by listRoles
 * in department-roles.ts. Each reads the predicate — a post, a possessed noun, a responsibility
 * noun, a service to the work of a lead named earlier — past the list's `等单位` tail, which
 * belongs to the list and says nothing of its role:
 *
 * | after the list | role |
 * | --- | --- |
 * | a post (`市民政局局长`, `A、B等单位分管负责同志带队…`) | mentioned: the body's people, not the body |
 * | a noun the bodies hold (`A、B等部门职责存在交叉`, `X数据显示`) | mentioned: the noun is the subject |
 * | `是/为…的(第一)责任主体`, `作为牵头单位` | lead (read by ROLE_NOUN_AFTER in department-roles.ts) |
 * | `(在…上)给予支持`, `按要求报送数据`, after `A牵头`/`由A负责` in the sentence | co: a service to A's work |
 * | `积极争取…支持`, `做好与…的衔接`, after `A牵头` in the sentence | co: it links A's work to another's |
 */

/** `等单位`, `等有关部门` closing the list: part of the list, not of its predicate. */
const UNITS_TAIL = /^等(?:有关|相关)?[\u4e00-\u9fff\d]{0,4}?(?:部门|单位|机构|组织|力量)/;

/** The words after the list without its `等单位` tail. */
export function pastUnitsTail(rawAfter: string): string {
  return rawAfter.replace(UNITS_TAIL, "");
}

/** A post of the department, not the department: `市政府分管领导`, `市民政局局长`. */
// Round 12: and a government's head (`区政府副区长某某`). Fifteenth wave: and a government's or
// office's secretary-general (`自治区人民政府副秘书长就委员建议作了回应`): a post, like 局长.
export const POST_AFTER = /^(?:(?:分管|主要)?(?:领导|负责同志|负责人)|常委(?!会)|[\u4e00-\u9fff]{0,2}(?:局长|厅长|主任|处长|部长|书记|秘书长)|(?:常务)?副?(?:省长|市长|区长|县长|州长|盟长|主席))/;

/**
 * Nineteenth wave: a body's heads who take items on (`A、B等部门负责人现场认领其中14条`, `X有关负责同志当场
 * 领办其中6条`, `X负责人在会上认领了…建议`): a claimed item is the body's task, as what it says it will do is
 * (SAYS_WILL) — the body acts, the first leads and the others assist. Heads who are only present
 * (`负责同志现场回应`, `到会听取意见`) stay mentioned (POST_AFTER).
 */
export const HEADS_TAKE_ON = /^(?:相关|有关)?(?:分管|主要)?(?:负责(?:人|同志)|领导)(?:们)?(?:现场|当场|当即|在会上|会上|主动|逐一|分别)?(?:认领|领办|认办|承接)/;

/**
 * Nineteenth wave: a body that only received what others sent (`市残联此前也收到不少…反映`, `区信访局此前已接到
 * 多起投诉`): it is the one written to, so the clause reports how the problem came to light and asks nothing
 * of it — as a count of cases handled does (HANDLED_COUNT in department-roles.ts). Only receiving verbs
 * after an adverb of time or of repetition: handling ones (受理, 办结) may be a measure.
 */
// The adverb says it happened already; a clause that goes on after it (`12345热线接到诉求后一个工作日内转办`)
// is a procedure the body follows, so `后` in the clause keeps it out.
export const ONLY_RECEIVED = /^(?:(?:此前|之前|先前|早前|前期|近期|近日|日前|近年来|去年|今年以来)(?:也|都|还)?(?:曾经?|已经?|先后|陆续|多次|累计){0,2}|(?:也|都|还)?(?:曾经?|已经?|先后|陆续|多次|累计){1,2})(?:收到|接到|接获|收悉)(?![^,。;]*后)/;

/** `X相关负责人表示`, `X数据显示`, `X的`, `X关于…的汇报`: the department is spoken of, not asked to act. */
// Thirteenth wave: and a noun of the bodies' remit as the subject (`A、B等部门职责存在交叉`,
// `职能重叠`, `权责不清`): the sentence describes their duties; it asks nothing of them.
// Twentieth wave: 发布/通报/公布 report news only when what follows is the news (`X发布的数据`, `X通报，`, `X公布了`);
// with an object of its own (`省高级人民法院发布典型案例`, `X发布用眼健康指南`) the body carries a measure out.
// Twenty-first wave: and a body that replies (`X回复：`, `X答复称，`) or reports at a meeting (`A、B汇报了…进展`,
// `X作了情况说明`) or convenes a meeting (`区政府召开…推进会`: the meeting gives the tasks, to others): its words are
// reported; a reply that says what it will do is SAYS_WILL's (department-clauses.ts). An adverb may stand before
// the verb of saying (`供电部门又说…`).
export const SPOKEN_OF = /^(?:(?:相关|有关)?(?:处室|科室|业务处室|部门)?(?:分管|主要)?负责(?:人|同志)|(?:分管|主要)?领导|[\u4e00-\u9fff]{0,2}(?:局长|厅长|主任|处长|书记|部长|院长|队长|科长)|数据|统计|职责|职能|权责|介绍|表示|透露|称|说|获悉|(?:发布|通报|公布)(?=[^\u4e00-\u9fff]|$|的|称|显示|(?:了|有关|相关)*(?:数据|信息|消息|情况|结果|[^\u4e00-\u9fff]|$))|官网|网站|关于|的|之|是|作为|为(?:成员单位|成员|组长|副组长|牵头单位)|[:：]|(?:又|也|还|却|则|都)(?:介绍|表示|称|说)|(?:组织|主持)?召开|(?:回复|答复|回应)(?:称|说)?\s*[,:]|(?:分别|先后|逐一|也)?(?:汇报|作了?(?!为)[^,。;:]{0,8}?(?:汇报|说明|发言)))/;

/** `X提供气象数据支撑`, `X给予技术支持`: the list supports another's work (co). */
// Seventeenth wave: and guidance (`X提供营养配餐指导`, `给予技术指导`): advice on another's work, not a measure of its own.
// Twenty-first wave: also `予以支持`, and how it is shared before (`按职责予以支持`, `积极提供…保障`).
const SUPPORT_AFTER = /^(?:负责|要|应|将)?(?:按照?(?:各自)?职责(?:分工)?|积极|主动|全力|大力)?(?:提供|给予|予以|做好)[^,;。!?]{0,12}(?:支撑|支持|保障|指导)(?:[,;。!?]|$)/;
/**
 * Fourteenth wave: work that only joins the lead's up with another's — seeking support from a
 * higher level for it (`积极争取中央预算内投资支持`: the higher level gives, not B) or fitting it to
 * another plan (`做好与国土空间规划的衔接`, `做好项目对接`) — serves A's measure as `提供支撑` does.
 */
const LINK_AFTER = /^(?:负责|要|应|将)?(?:积极|主动|全力|努力)?(?:争取[^,;。!?]{1,16}?(?:支持|倾斜)|做好[^,;。!?]{0,14}?(?:衔接|对接))(?:[,;。!?]|$)/;
/**
 * Thirteenth wave: data handed over as asked (`按要求报送数据`, `及时推送预警信息`) feeds the platform
 * or ledger another body builds: a service to its work, like `提供数据支撑`. Sharing (`A与银行共享
 * 数据`) goes both ways and collecting (`归集`) is the builder's own work: neither is read here.
 */
const DATA_AFTER = /^(?:按要求|按规定|按时|及时|定期)?(?:报送|上报|推送|汇交|提供)[^,;。!?]{0,6}(?:数据|信息|资料)(?:[,;。!?]|$)/;
/** Thirteenth wave: the field the support is given in (`在用地审批上`, `在项目审批方面`) comes first. */
const SUPPORT_SCOPE = /^(?:在|从)[^,;。!?]{1,12}?(?:上|方面|中)/;
/**
 * Seventh wave: support that is money (`县财政给予以奖代补支持`, `提供资金保障`) is the giver's own
 * budget measure, not a service to the lead's work (`提供气象数据支撑`): the giver leads.
 */
// Twenty-first wave: and investment (`在中央预算内投资中予以支持`, `予以倾斜支持`): money too.
const FUNDS = /资金|补助|补贴|奖补|以奖代补|经费|贴息|财力|投入|投资|倾斜/;
/** A lead named earlier in the sentence: `A牵头`, `由A统筹`, and (thirteenth wave) `由A负责`. */
// Sixteenth wave: or bodies that carry the work out together (`A会同B制定…`, `A、B联合举办…`,
// `A、B共同举办…`): the first of them leads, so support given after it serves their work.
// 共同 only after a list (`A、B共同`): alone it is an adverb of anybody (`各方共同推进`).
const SENTENCE_HAS_LEAD = /牵头|牵总|统筹|抓总|负总责|由[^,;。!?]{1,24}?负责|会同|联同|偕同|联合(?!体|会)|[、和与及][^,;。!?]{1,16}?共同/;

/**
 * Fourth wave: `由A牵头，引导…，B提供气象数据支撑`: B supports A's work (co). `B组织巡诊` after
 * A's clause is B's own measure (it leads), and so is money (`B给予贴息`).
 */
export function supportsLead(folded: string, start: number, rawAfter: string): boolean {
  const clause = pastUnitsTail(rawAfter);
  const said = clause.replace(SUPPORT_SCOPE, "");
  const links = LINK_AFTER.test(said);
  if (!SUPPORT_AFTER.test(said) && !DATA_AFTER.test(said) && !links) return false;
  // (The scope may hold the money: `在资金上给予支持`.) Money sought from above is not B's to give.
  if (!links && FUNDS.test(clause.split(/[,;。!?]/)[0])) return false;
  const sentence = folded.slice(Math.max(0, start - 80), start).split(/[。;\n]/).pop() ?? "";
  return SENTENCE_HAS_LEAD.test(sentence) || BODY_LED_CLAUSE.test(sentence) || MEASURE_CLAUSE_FIRST.test(sentence);
}

/**
 * Eighteenth wave: or the sentence opens with a measure and no doer (`二是加快建设线上零工平台，市数据局提供
 * 技术支撑`, `（二）…。搭建…平台，市数据局提供技术支持`): after an item's mark, a verb of building or doing
 * — the support serves that measure, whoever carries it out; a body's name first would be BODY_LED_CLAUSE.
 */
const MEASURE_CLAUSE_FIRST = /^\s*(?:[一二三四五六七八九十]是|\(?[一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、]|建议|要|应)?\s*(?:加快|加强|建设|建立|完善|推进|推动|开展|实施|制定|健全|搭建|打造|构建|探索|上线|开发)[^,;。!?]{2,30},/;

/**
 * Seventeenth wave: or an earlier clause of the sentence opens with a body that directs or carries the
 * work out (`市市场监管局督促食堂落实…，街道组织…，市卫健委提供…指导`, `县交通运输局督促企业…`): a body's
 * name, maybe a modal, then a verb of directing or doing — the work is that body's, the support serves it.
 */
const BODY_LED_CLAUSE = /(?:^|[,:])\s*[\u4e00-\u9fff]{1,14}?(?:局|委|厅|部门|政府|署)(?:要|应|将|须)?(?:督促|组织|牵头|统筹|制定|落实|开展|建立|部署|推动)/;

/**
 * Sixteenth wave: how a body takes part, said between it and the role verb (`县供销社以合作方式参与`,
 * `市供电公司以入股形式参与`, `县红十字会通过志愿服务协助`): a means adverbial, skipped so the role
 * verb after it still gives co. Only before a co verb: a means before any other verb says how a
 * subject carries the measure out (lead, as before).
 */
// Sixteenth wave: or the staff it sends (`区人民法院派员参与`, `市公安局抽调民警协助`, `市卫健委选派骨干医生
// 参与`, `安排专人配合`): the body lends people to another's work — the role verb after them still gives co.
export const MEANS_BEFORE_CO = /^(?:以[^,。;:、\s]{1,6}?(?:方式|形式|身份|名义)|通过[^,。;:、\s]{1,8}?|(?:派员|派人|委派|派出|抽调|选派)[^,。;:、\s]{0,6}?|安排(?:专人|专班|人员|力量))(?=(?:积极|主动)?(?:配合|协助|协同|协办|参与))/;
