/**
 * Role rules read from a clause's structure (twelfth wave, issue #12), used by listRoles in
 * department-roles.ts. Each says where a clause's subject and predicate really are, so the
 * role patterns there read the right words:
 *
 * | what the clause does | before | now |
 * | --- | --- | --- |
 * | `市城管局负责人行天桥的保洁`: 负责 takes an object opening with 人 (人行, 人才, 人口 …) | mentioned (read as the post 负责人) | lead |
 * | `市住建局负责人表示，将…` (the post, without 有关) | mentioned | lead, as `X有关负责人表示，将…` |
 * | `市民政局作为行业主管部门，要…`: an apposition between the subject and its verb | mentioned | lead |
 * | `建议A牵头…，B将…纳入…`: B's clause has a modal of its own | co | lead |
 * | `A要加强统筹，B要…`: 统筹 as the object of a light verb appoints no lead | co | lead |
 * | `市民政局等6部门联合印发` (a count in digits) | mentioned | A lead, as `等六部门` |
 * | `会议邀请A、B参加`: 请 inside 邀请/申请/聘请 asks nothing of A | A lead | mentioned |
 * | `在A的配合下` | mentioned | co, as `在A配合下` |
 * | `A同意后，由B…`: a body that approves | lead | mentioned |
 * | `A、B有关同志参加座谈`: the body's people attend | A lead, B co | mentioned |
 * | `A、B和部分街道负责同志到会`: an unknown last member before the people | A lead, B co | mentioned |
 * | `邀请A、B参与论证`: bodies invited to take part in another's meeting | co | mentioned |
 * | `由A牵头，与X协商…`: X is the other side of A's talks | mentioned | co |
 */

/**
 * Nouns that open with 人 and are the object of 负责 (`负责人行天桥`, `负责人才引进`, `负责人口普查`,
 * `负责人防工程`): after 负责 the 人 is theirs, not the post 负责人 — unless a verb of saying follows
 * (`负责人员表示`).
 */
const DUTY_OBJECT = /^负责(?=人[行才口居防身群流力工文事脸车员](?![\u4e00-\u9fff]?(?:表示|介绍|说|称|指出|透露)))/;

/** Set 负责 apart from an object opening with 人, so the post patterns (`负责人`) do not read it. */
export function separateDutyObject(after: string): string {
  return DUTY_OBJECT.test(after) ? "负责 " + after.slice(2) : after;
}

/**
 * `X表示，将…`, `X有关负责人表示将…`, `X负责人说，下一步将…`: the department says what it will do.
 * (A verb of saying — 表示, 介绍, 称, 说 — then 将/要.) Seventeenth wave: a word for when may stand before
 * 将 (`今年将会同…`, `年内将…`, `近期将…`: a department's answer under its kicker, page-pieces.ts).
 */
// Twenty-first wave: and a reply (`X回复：将…`, `X答复称，下一步将…`), as in a letters column or a reply letter.
export const SAYS_WILL = /^(?:(?:相关|有关)?负责(?:人|同志))?(?:又|也|还|都)?(?:表示|介绍|称|说|(?:回复|答复|回应)(?:称|说)?)\s*[,:]?\s*(?:下一步|下阶段|今年|明年|年内|年底前|近期|今后|接下来)?\s*,?\s*(?:将|要)/;

/**
 * An apposition between the subject and its verb: `市民政局作为行业主管部门，要…`, `X作为责任主体
 * 加强…`. The noun phrase (closed by 部门, 单位, 机构, 机关, 主体, 力量) says what X is; the verb
 * after it is X's. A role noun (`作为牵头单位`) is read by the role-noun rule, and a leading
 * group's member (`作为成员单位`) is no apposition: both are left.
 */
const APPOSITION = /^作为(?!(?:牵头|责任|主责|主办|负责|配合|协办|参与|会办|协作)(?:单位|部门)|成员)[^,。;:!?]{1,12}?(?:部门|单位|机构|机关|主体|力量)\s*,?\s*(?=[\u4e00-\u9fff])/;

/** The words after the list without an apposition (`作为主管部门，`) before the verb. */
export function skipApposition(after: string): string {
  const m = APPOSITION.exec(after);
  return m ? after.slice(m[0].length) : after;
}

/**
 * B's clause opens with a modal or a future marker of its own (`市人社局将…纳入`, `B要…`, `B应…`):
 * B commits to a measure of its own and carries it out — it does not just do part of the work of
 * the lead named in the clause before (`建议由A牵头，B制定统一标准`: co). The modal may follow a
 * connective (`也`, `还`, `同时`) or the list's `等部门`.
 */
const OWN_MODAL = /^(?:等(?:有关|相关)?[\u4e00-\u9fff\d]{0,4}?(?:部门|单位|机构))?\s*(?:也|还|则|同时)?(?:将|要|应当|应|须|需|必须|务必)(?!求)/;
export function ownModal(rawAfter: string): boolean {
  return OWN_MODAL.test(rawAfter);
}

/**
 * `加强统筹，`, `做好统筹，`: 统筹 (or 牵头) as the object of a light verb is a measure of the clause's
 * own subject, not the appointment of a lead (`由区政府统筹，B具体实施`).
 */
// Twentieth wave: or 统筹 as the pool a sum is put into, the object of 纳入 (`将路灯电费纳入…资金统筹，供电公司…`): a noun.
const LIGHT_VERB_LEAD = /(?:(?:加强|强化|做好|搞好|抓好|注重|注意)(?:统筹|牵头)(?:负责|抓总)?|纳入[^,。;!?]{0,16}?统筹)\s*,\s*$/;
export function lightVerbLead(head: string): boolean {
  return LIGHT_VERB_LEAD.test(head);
}

/**
 * Verbs that end in 请 but ask nothing of their object: `邀请X参加` (X is invited), `申请X资金`,
 * `聘请X` — the request cue `请X…` does not apply.
 */
export const NOT_REQUEST = /(?:邀|申|聘)请$/;

/** `在X的配合下`, `在X大力协助下`: X assists the clause's subject (as `在X配合下`). */
export function assistedUnder(before: string, rawAfter: string): boolean {
  return /在$/.test(before) && /^的?(?:大力|积极|密切|全力)?(?:配合|协助|协同)下/.test(rawAfter);
}

/** `市政府同意后，由B…`, `X批准后实施`: the body approves what another carries out. */
export const APPROVES = /^(?:批准|同意|审定|审批|审议通过)(?:后|之后|以后)/;

/**
 * `市残联、市民政局有关同志陪同调研`, `A等单位相关处室同志列席`: the body's people (同志, 工作人员,
 * 干部) attend, accompany or sit in — a verb of attending (参加, 出席, 列席, 到会, 陪同, 参会, 与会,
 * 旁听) — so the body is named in passing, as with its 负责同志. People who carry out a measure
 * (`市民政局工作人员要上门核查`) are left to the other rules.
 */
// Fifteenth wave: or the body sends its people (`A、B派员列席`, `X派人参加`).
export const PEOPLE_ATTEND = /^(?:等(?:有关|相关)?(?:单位|部门))?(?:的)?(?:相关|有关)?(?:(?:处室|科室|业务处室|部门)?(?:同志|工作人员|干部)(?:等|们)?(?:\d+|[一二三四五六七八九十]+)?(?:人|名)?|派(?:员|人|出人员))(?:参加|出席|列席|到会|陪同|参会|与会|旁听|随同)/;

/**
 * Twenty-first wave: a body that is only there — its people or the body itself at a meeting (`A等6个成员单位参加会议`,
 * `X列席`), a member of a leading group's roster (`等8个成员单位`), a body invited (invitedToAttend) or one consulted
 * before a reply (`经与A、B会商，现答复如下`: the writer's own work, the bodies only agreed to the text, as after `经商`).
 * A body that takes part in work (`参加联合执法`, `由A牵头，B、C等单位参加，建立…`) keeps its co: 参加 must take a meeting.
 */
const BODY_ATTENDS = /^(?:等[^,。;:]{0,10}?(?:单位|部门|机构))?(?:也|均|分别|还)?(?:(?:出席|列席|到会|与会|参会)|参加了?(?:会议|座谈|协商|活动|[^,。;:]{0,8}?会(?=\s*[,。;]|$)))/;
const MEMBER_UNITS = /^等(?:有关|相关)?(?:[\d一二三四五六七八九十]+个)?成员(?:单位|部门)/;
// Only talks: `经与A、B等单位共同研究` makes them partners in the work (co), as `与A共同研究` does.
const CONSULTED = /^(?:等[^,。;:共]{0,10}?)?(?:会商|协商|磋商|商议)(?:一致)?\s*(?:后)?\s*[,;]/;
export function onlyPresent(before: string, rawAfter: string): boolean {
  if (PEOPLE_ATTEND.test(rawAfter) || invitedToAttend(before, rawAfter) || BODY_ATTENDS.test(rawAfter) || MEMBER_UNITS.test(rawAfter)) return true;
  return /经(?:与|同|和)?$/.test(before) && CONSULTED.test(rawAfter);
}

/**
 * Fourteenth wave: `…县应急管理局要联合供电公司开展排查…。供电公司表示，将尽快…`: the body that replies
 * was named earlier in the passage as a partner — right after a partnering verb (`partnerBefore`:
 * 会同, 联合, 配合 …) or right before a role verb of help (`partnerAfter`: 配合, 协助 …). Its reply
 * restates its share of that measure, so it stays co; a body named only in its reply leads. (The
 * role reader passes its own patterns, so the two readings cannot drift apart.)
 */
export function namedAsPartner(folded: string, first: { start: number; end: number }, partnerBefore: RegExp, partnerAfter: RegExp): boolean {
  const name = folded.slice(first.start, first.end);
  for (let at = folded.lastIndexOf(name, first.start - 1); at >= 0; at = at > 0 ? folded.lastIndexOf(name, at - 1) : -1) {
    if (partnerBefore.test(folded.slice(Math.max(0, at - 2), at)) || partnerAfter.test(folded.slice(at + name.length, at + name.length + 6))) return true;
  }
  return false;
}

/**
 * Fifteenth wave: a grass-roots unit named with its township or community before it (`荻港派出所`,
 * `芦荻消防救援站`, `城关司法所`): the place belongs to the unit, as a place name belongs to a prefixed
 * name (`青禾市民政局`). The place is two to four Han characters that are no verb taking a body or a
 * facility (`依托派出所`, `建设消防站`: the words before are the clause's, not the unit's), nor a cue
 * that asks a body to act (`联合司法所`, `希望派出所`).
 */
const PLACE_OF_UNIT = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})$/;
const NOT_UNIT_PLACE = /(?:建设|建立|建成|新建|设立|设置|增设|配建|改造|依托|依靠|整合|联系|通过|借助|利用|推动|支持|发挥|加强|强化|小型|微型|乡镇|街道|社区|村级|辖区|当地|基层|属地|各地|希望|呼吁|期待|期望|期盼|建议)$|[的了对向与和及在把将由请为从给被]/;
/** The place before a grass-roots unit, or null; `notPlace` holds the verbs and cues that take a body (`联合`, `由`). */
export function unitPlace(before: string, notPlace: RegExp): string | null {
  const m = PLACE_OF_UNIT.exec(before);
  return m && !NOT_UNIT_PLACE.test(m[1]) && !notPlace.test(m[1]) ? m[1] : null;
}

/**
 * Fifteenth wave: `（A……，）并与辖区派出所建立联勤联动机制`: after 与/同 the body is the partner of the
 * clause's subject in a joint arrangement it sets up with it (a mechanism, a link-up, co-operation):
 * co, as after 会同. A scope word between 与 and the body (`辖区`, `属地`, `各`) is the body's.
 */
const PARTNER_BEFORE = /(?:与|同|和)(?:辖区|属地|当地|所在地|各|相关|有关)?$/;
const JOINT_SETUP = /^(?:建立|健全|完善|构建|形成|签订|签署|实行|实现|开展)[^,。;!?]{0,12}?(?:机制|联动|协作|合作|对接|会商|联防|联勤|联调|联席)/;
/**
 * Seventeenth wave: or the other side of talks the clause's subject holds with it (`由A牵头，与X协商增加…`,
 * `与市供电公司商定…计划`, `與香港運輸署磋商`): X agrees to A's measure as a partner does — co.
 */
const TALKS = /^(?:协商|磋商|商定|商议|洽商|会商)/;
export function partnerInSetup(before: string, after: string): boolean {
  return PARTNER_BEFORE.test(before) && (JOINT_SETUP.test(after) || TALKS.test(after));
}

/**
 * Seventeenth wave: a last member the directory does not know between a list and its people
 * (`A、B和部分街道负责同志到会`, `A及各乡镇分管负责人参加`, `A和相关社区负责同志`): the people are every
 * member's, so the words after that member are the list's own (a post: mentioned by POST_AFTER).
 */
const MEMBER_BEFORE_PEOPLE = /^[和及与、](?:部分|各|相关|有关|所在|辖区)?[\u4e00-\u9fff]{1,6}?(?=(?:的)?(?:相关|有关)?(?:分管|主要)?(?:领导|负责同志|负责人|同志|工作人员|干部))/;
export function skipMemberBeforePeople(after: string): string {
  return after.replace(MEMBER_BEFORE_PEOPLE, "");
}

/**
 * Twentieth wave: a township tier closing a list of subjects (`市人社局、各街道限时办结…`, `县民政局、各乡镇每月开展…`,
 * `旗民政局、各苏木镇…`, `各区教育局、街道限时处理…`): the conventions name no township, street or community body, so
 * nothing was found for it and the list seemed to end on a joiner; the words after it are the whole list's predicate.
 * (Not when a unit's name goes on after the word: `、社区微型消防站建立…` is a member of its own.)
 */
const TOWNSHIP_MEMBER = /^[、和及与](?:各|所在|辖区|属地|相关)?(?:乡镇|街道|镇街|镇|乡|苏木(?:镇)?|社区)(?:人民政府|政府|办事处)?(?=[\u4e00-\u9fff])(?!等|[\u4e00-\u9fff]{0,5}?(?:站|中心|所|室|队|会|院|部门|单位|机构))/;
export function skipTownshipMember(after: string): string {
  return after.replace(TOWNSHIP_MEMBER, "");
}

/**
 * Seventeenth wave: bodies invited to take part (`邀请A、B参与论证`, `会议邀请A、B参加`, `特邀X出席`)
 * join the inviter's meeting or study at its call; the work stays the inviter's, so they are named in
 * passing, as a body's people who attend are. The role verb after them (参与) gives no co here.
 */
const INVITED = /(?:邀请|特邀|邀)$/;
const TAKES_PART = /^(?:等[^,。;:]{0,8}?)?(?:派员|派人)?(?:参与|参加|出席|列席|到会|旁听)/;
export function invitedToAttend(before: string, rawAfter: string): boolean {
  return INVITED.test(before) && TAKES_PART.test(rawAfter);
}
