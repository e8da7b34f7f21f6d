/**
 * Department-like bodies the directory lacks, offered to staff as new entries: a body
 * named like a department after a level prefix (`市老龄办`, `省通信管理局`), and the
 * bodies of vertically managed systems named without a level (`海关`). Split from
 * department-match.ts, which calls these where no directory form reads further.
 */
/** A body named like a department after a level prefix: `市老龄办`, `省通信管理局`, `市委督查室`; round 12: `市中心血站`. */
import { NOT_PREFIX_BEFORE } from "./department-forms";
import type { TrieNode } from "./department-index";
import { walk } from "./department-walk";
import { federationBody } from "./department-federations";
import { longNameReads, nameWords, SHORT_BODY_MAX } from "./department-name-length";

// Twelfth wave: 州 (an autonomous prefecture) and 盟 (a league) open a body as 市 does — the
// level reader already takes them as prefixes of directory forms (`州医保局`), not of new names.
// Thirteenth wave: a government's own office under its full name (`州人民政府督查室`, `市人民政府研究室`)
// opens with 人民政府 as the short one does with 政府 (`市政府督查室`).
const NEW_BODY =
  /(?:自治区|省|市|区|县|旗|州|盟)(委|人民政府|政府|级)?([\u4e00-\u9fff]{1,14}?)(委员会|办公室|管理局|指导中心|服务中心|中心|总队|支队|大队|血站|局|厅|办|委|室|部)/y;
/** A 2–4-character place name and a lower level (`明湖区`, `云溪县`), not a word (`社区`, `城区`). */
function lowerLevelInside(body: string): boolean {
  const m = /^[\u4e00-\u9fff]{1,3}([\u4e00-\u9fff])([区县旗])/.exec(body);
  return (!!m && !NOT_PREFIX_BEFORE[m[2]]?.has(m[1])) || TOWNSHIP_INSIDE.test(body);
}
/**
 * Eighteenth wave: a township by its place (`某镇`, `鸬溪镇`, `某乡`) inside a would-be name (`峧阳市某镇电商服务中心`)
 * makes it the township's own unit, which the conventions do not name (乡镇 and their organisations). Two
 * characters or 某 before 镇/乡: `城乡`, `返乡` have one.
 */
const TOWNSHIP_INSIDE = /^(?:某|[\u4e00-\u9fff]{2})[镇乡](?![村镇])/;

/** After a short form's 委, a 会 that opens a word of its own: 会同, 会商, 会签, 会议, 会上, 会后, 会前. */
const COMMITTEE_VERB_AFTER = /^会[同商签议上后前]/;
/** `市安委办`: 委 then 办 is one name. */
const AFTER_WEI = /^(?:办公室|办)/;
/** A suffix character that is a word with the next one: `办理`, `局面`, `委托`, `室内`, `中心城区`. */
const SUFFIX_WORD: Record<string, RegExp> = {
  办: /^[理法事结好成件公学案]/,
  局: /^[面部限势长]/,
  委: /^[托员屈婉]/,
  室: /^[内外]/,
  厅: /^[长堂]/,
  中心: /^[城区]/,
  部: /^[分署门长]/,
};
/**
 * A character before the suffix that makes an everyday word with it: `格局`, `布局`, `大局`,
 * `全局`, `结局`, `开局`, `变局`, `困局`, `破局`, `当局`; `门厅`, `客厅`, `餐厅`, `展厅`.
 * (`新局` is left out: `文广新局` is a bureau.)
 */
export const WORD_BEFORE_SUFFIX: Record<string, RegExp> = {
  局: /[格布大全结开变僵困破残终定时骗饭棋赛败危当]$/,
  厅: /[门客餐展舞歌茶]$/,
};
export const NOT_A_BODY = /事项|网上|可|的|和|与|等|及|为|在|对|将|政协|人大|法院|检察院|医院|卫生院|学校|学院|大学|中学|小学|幼儿园|公司|集团|银行|协会|学会|商会|研究会|联合会|合作社|公园|广场|车站|居委|村委|社区|街道|乡镇|党支部|党委|支部|民盟|民进|民建|民革|致公|九三|台盟|农工|工商联|代表|委员(?!会)|群众|居民|市民|领导(?!小组)|场|内|外|各|全|本|我|该|级以|长|副/;

/** Verbs of building or having inside a would-be name: `建成…中心` reports facilities. */
// Round 12: and a would-be name that opens with one (`在主产县建设…初加工中心`: the 县 ends a place word).
const BUILT = /建成|新建|建有|建设了|拥有|现有|共有|设立了|组建了|^(?:建设|建立|设立|组建|成立|打造|布局|设置|规划建设)/;

/**
 * Round 10: a level's supply and marketing cooperative (`县供销社`), a body like 残联, not a 合作社.
 * Fourth wave: and a level's council for the promotion of international trade (`市贸促会`,
 * `省国际贸易促进委员会`), a body a proposal asks to act, though its name ends in 会 (not 协会, 商会).
 */
/**
 * Twelfth wave: an association the law charges with public duties is a body a proposal asks to
 * act, though 协会 otherwise names a private club (`市书法家协会`, `市餐饮行业协会`: not offered).
 * The class: the consumers' association (消费者协会, the 消费者权益保护法 gives it its duties), the
 * self-employed and private-enterprise associations the market regulator runs (个体劳动者协会,
 * 私营企业协会), the family-planning and ageing associations the health system runs (计划生育协会,
 * 老龄协会). Read after a level prefix only, as the cooperative is.
 */
const PUBLIC_ASSOCIATION = "(?:消费者|个体劳动者|私营企业|计划生育|老龄)协会";
/**
 * Fourteenth wave: a level's archives (`县档案馆`, `市档案馆`) is the body the archives law charges
 * with keeping and opening the public records (its bureau merged into the party office in 2018,
 * the 档案馆 acts in its place), so a proposal asks it to act as it asks a bureau. Other 馆 are
 * venues (图书馆, 文化馆, 博物馆: a place to visit, not a body), as 学校 and 医院 are.
 */
const PUBLIC_ARCHIVES = "档案馆";
const SUPPLY_COOP = new RegExp(`(?:自治区|省|市|区|县|旗|州|盟)(?:(?:供销合作社|供销社)(?:联合社)?|贸促会|(?:国际)?贸易促进委员会|${PUBLIC_ASSOCIATION}|${PUBLIC_ARCHIVES})`, "y");

/**
 * Twelfth wave: 州 and 盟 end many place names (`砚州议事厅`, `民盟`), so they open a new body only
 * where they stand as a level of their own — after a clause break or a word that takes a body
 * (`。州疾控中心…`, `由盟疾控中心…`: PLACE_OPEN below) — or in a passage that speaks of that level as
 * its own: 我州, 全州, 本州, 州委, 州政府, 州政协 (the same with 盟, and 盟行署). Other level
 * characters always may.
 */
const OWN_LEVEL: Record<string, RegExp> = {
  州: /[我全本]州|州(?:委|政府|政协|人民政府)/,
  盟: /[我全本]盟|(?<![民联同结台])盟(?:委|行署|行政公署|政协)/,
};
export function ownLevelWord(folded: string, i: number): boolean {
  const own = OWN_LEVEL[folded[i]];
  return !own || PLACE_OPEN.test(folded.slice(Math.max(0, i - 2), i)) || own.test(folded);
}

/**
 * Thirteenth wave: a level word inside a would-be name that opens a directory body's own name
 * running to the name's end (`市政府明确由市教育局`, `市政府责成市卫生健康委员会`) starts a second
 * name: the would-be name is the first body, a verb and the body it charges, not one new body.
 * (A lower level's place inside, `市明湖区民政局`, is a place chain: lowerLevelInside.)
 */
function secondNameInside(folded: string, from: number, end: number, root: TrieNode): boolean {
  for (let k = from; k < end - 2; k++) {
    if (!LEVEL_CHAR.test(folded[k])) continue;
    const own = walk(folded, k, root);
    if (own && own[0] === end && own[1].kind === "entry") return true;
    const rest = walk(folded, k + 1, root);
    if (rest && rest[0] === end && rest[1].kind === "entry" && !rest[1].weak) return true;
  }
  return false;
}
const LEVEL_CHAR = /[省市区县旗州盟]/;
/**
 * Sixteenth wave: a bare 室 after a level is mostly a room (`县…活动室`, `市…实验室`), so it needed the
 * party committee's or government's word (`市委督查室`, `市政府研究室`); a 研究室 is an office by its own
 * word — the party history or local chronicles office a level keeps (`市党史研究室`, `县地方志研究室`).
 */
const RESEARCH_OFFICE = /^[\u4e00-\u9fff]{1,4}研究$/;

/**
 * Fourteenth wave: a county's or district's party committee beside its government (`报送县委、县政府`,
 * `区委区政府`, `县委和政府`) is that level's committee, a body the directory lacks (it lists the
 * city's and the province's only). Read only with the government after it: alone, `县委` mostly opens
 * a post or a longer name (`县委书记`, `县委常委`, `县委编办`), which other readers take. `团县委` is
 * the Youth League's (department-match.ts reads it first).
 */
const COMMITTEE_WITH_GOVERNMENT = /([区县旗])委(?=[、和及与]?\1?(?:人民)?政府)/y;

export function newBody(folded: string, i: number, root?: TrieNode): [number, string] | null {
  COMMITTEE_WITH_GOVERNMENT.lastIndex = i;
  if (folded[i - 1] !== "团" && COMMITTEE_WITH_GOVERNMENT.test(folded)) return [i + 2, folded.slice(i, i + 2)];
  SUPPLY_COOP.lastIndex = i;
  const coop = SUPPLY_COOP.exec(folded);
  if (coop && ownLevelWord(folded, i)) return [i + coop[0].length, coop[0]];
  const federation = federationBody(folded, i, NOT_A_BODY); // `省青联`, `市慈善总会` (department-federations.ts)
  if (federation && ownLevelWord(folded, i)) return federation;
  NEW_BODY.lastIndex = i;
  const m = NEW_BODY.exec(folded);
  if (!m) return null;
  const [, kind, body, suffix] = m;
  if (!ownLevelWord(folded, i)) return null;
  // `政务服务大厅` is a hall, not a 厅 (round 10).
  if (suffix === "厅" && body.endsWith("大")) return null;
  // Round 12b: a venue (`省会议中心`, `市会展中心`, `县体育中心`) is a place, not a body.
  if (suffix === "中心" && /(?:会议|会展|展览|体育|演艺)$/.test(body)) return null;
  // …and a term of an assembly (`政协某市第十一届委员会`) is the assembly, not a new body.
  if (/^第[一二三四五六七八九十百\d]{1,4}届/.test(body)) return null;
  // Twenty-first wave: a council's full name before its committee's (`政协某区委员会经济委员会`, a 公文's signature): the
  // CPPCC's own committee, which authors the text — the README names no CPPCC committee.
  if (/^.委员会/.test(folded.slice(i, i + 4)) && /政协[\u4e00-\u9fff]{1,8}$/.test(folded.slice(0, i))) return null;
  // `市委常委`, `县委常委`: a member of the standing committee, a post, not a body.
  if (kind === "委" && body === "常" && suffix === "委") return null;
  // Tenth wave: an official two-part name joins its fields with 和 (`县发展和改革局`, `区文化和旅游局`).
  // Twelfth wave: or with 与, as merged bureaus often are (`市海洋与渔业局`, `县科学技术与工业信息化局`);
  // such a name may run to ten characters, its first field to six (`县文化广播电视和旅游局`).
  // Fourteenth wave: the lazy body stops before 管理局 (`政务服务和大数据` + `管理局`): the name's second field
  // is read with its 管理 (`大数据管理`), as the whole name is an official one (`县政务服务和大数据管理局`).
  const fields = suffix === "管理局" ? `${body}管理` : body;
  const joinedName = /^[\u4e00-\u9fff]{2,6}[和与][\u4e00-\u9fff]{2,5}$/.test(fields) && /^(?:局|管理局|委员会|厅)$/.test(suffix) && !NOT_A_BODY.test(fields.replace(/[和与]/, ""));
  // Twenty-first wave: a public institution's official name may run longer where both its edges read as a name's (department-name-length.ts).
  const after = folded.slice(i + m[0].length, i + m[0].length + 3);
  const longName = longNameReads(body, suffix, after, PREDICATE_OPENING.test(after));
  if (kind === "级" || (body.length > (joinedName ? 10 : SHORT_BODY_MAX) && !longName) || (NOT_A_BODY.test(longName ? nameWords(body) : body) && !joinedName) || (suffix === "室" && !kind && !RESEARCH_OFFICE.test(body)) || (suffix === "部" && kind !== "委")) return null;
  // Eighth wave: a place chain (`榆州市明湖区民政局`): the lower level's place and level name the
  // body, read from that level character on, not a city body `市明湖区民政局`.
  if (lowerLevelInside(body)) return null;
  let end = i + m[0].length;
  if (root && secondNameInside(folded, end - suffix.length - body.length + 1, end, root)) return null;
  if (SUFFIX_WORD[suffix]?.test(folded.slice(end, end + 1))) return null;
  // A word ending in the suffix character is no body (`格局`, `布局`, `大局`: `省市县联动推进格局`).
  if (WORD_BEFORE_SUFFIX[suffix]?.test(body)) return null;
  // `我市建成县级物流配送中心6个`: facilities built and counted, not a body.
  if (BUILT.test(body) || /^\d+\s*[个家座所处]/.test(folded.slice(end, end + 4))) return null;
  // A committee's office is one name: `市安委办`, `省委机构编制委员会办公室`.
  const more = suffix === "委" || suffix === "委员会" ? AFTER_WEI.exec(folded.slice(end, end + 3)) : null;
  if (more) end += more[0].length;
  // Tenth wave: `管委会` (a zone's administrative committee) closes with 会: `县工业园区管委会`;
  // twelfth wave: so does every committee's short form in 委会 (`市消委会`, `县妇委会`), unless
  // the 会 opens the verb or noun after the name (`市消委会同…`, `会商`, `会议`).
  else if (suffix === "委" && folded[end] === "会" && !COMMITTEE_VERB_AFTER.test(folded.slice(end, end + 2))) end += 1;
  end = cutAtPredicate(folded, i, end);
  return [end, folded.slice(i, end)];
}

/**
 * Eleventh wave: a would-be name that holds a shorter one followed by a predicate ends with the
 * shorter one (`县政府办跟踪督办` is 县政府办 + 跟踪督办): the same test as after a directory form.
 */
function cutAtPredicate(folded: string, i: number, end: number): number {
  for (let k = i + 3; k < end - 1; k++) {
    if (NAME_END.test(folded[k - 1]) && predicateAfterForm(folded, k, end)) return k;
  }
  return end;
}
const NAME_END = /[办局委厅室]/;

/**
 * Eleventh wave: where a directory form ends inside a would-be new name, the words after it must
 * read as more of a name. A verb, a role word, a modal or a preposition there opens the predicate
 * (`建议市政府办加强督办` is 市政府办 asked to 加强督办, not a body `市政府办加强督办`), so the
 * directory form is the name (a conjunction does not: `市文化和旅游局` joins a name's fields). Read only on that tail: a name's own inner words (`市委政策研究室`)
 * are not tested.
 */
export const PREDICATE_OPENING =
  /^(?:加强|加快|加大|推动|推进|牵头|研究|制定|负责|会同|联合|配合|协调|协助|督办|督促|落实|开展|组织|指导|统筹|完善|建立|出台|做好|抓好|跟踪|定期|挂牌|尽快|积极|切实|进一步|认真|及时|主动|要|应|须|需|可|将|已|对|在|向|把|按|就|从)/;

const BARE_SUFFIX = /^(?:室|中心|办公室|办|局|委员会|委|厅|处|科|所|站|组)$/;

/** Does the text from `reach` (where a directory form ends) to a new body's end open a predicate? */
export function predicateAfterForm(folded: string, reach: number, end: number): boolean {
  const m = reach < end ? PREDICATE_OPENING.exec(folded.slice(reach, end)) : null;
  // A verb word right before a suffix alone is a name's own (`市政府研究室`, `市委督办室`).
  return !!m && !BARE_SUFFIX.test(folded.slice(reach + m[0].length, end));
}

/**
 * Bodies named without a level, offered as new when the directory has no form for them:
 * those of a vertically managed system (`海关`, `海事局`, `出入境边防检查站`, `海警`, a
 * branch of the central bank: `人民银行某省分行`; civil aviation, the telecom regulator,
 * the postal regulator and the financial regulator's branches: `民航部门`, `通信管理局`,
 * `邮政管理部门`, `国家金融监督管理总局某市监管分局`, a province's `…某省监管局`), and the offices every level keeps under
 * one name (a chief system's office: `河长办`, `林长办`; `关工委`; round 10: the registration
 * and trading centres, `不动产登记中心`, `公共资源交易中心`; seventeenth wave: the marriage registry,
 * `婚姻登记机关`/`县婚姻登记处`, and the consumers' association the consumer-protection law charges,
 * `消费者协会`/`市消协`; and civil aviation's regional offices named by their region or city,
 * `民航某省监管局`, `民航某某安全监督管理局`). A level prefix right before one
 * is part of its name (`县河长办`; department-match.ts).
 */
const VERTICAL =
  /海关|海事(?:局|部门)|边检站|边检(?=部门|机构)|出入境边防检查站|出入境边防检查总站|海警(?:局|支队|大队|工作站)?|(?:中国)?人民银行(?:[\u4e00-\u9fff]{1,8}?(?:分行|支行|营业管理部))?|[河湖林田路]长办(?:公室)?|关工委|关心下一代工作委员会|民航(?:[\u4e00-\u9fff]{2,5}?(?:安全监督管理局|地区管理局|监管局)|部门|管理局|局)|婚姻登记(?:机关|处|中心)|消费者协会|消协|(?:通信|邮政)管理(?:部门|局)|国家金融监督管理总局(?:[\u4e00-\u9fff]{1,8}?监管(?:分局|支局|局))?|金融监管(?:部门|分局|支局)|不动产登记(?:中心|局)|公共资源交易中心/y;
export const VERTICAL_CODES = new Set([..."海边出人中河湖林田路关民通邮国金不公婚消"].map((c) => c.charCodeAt(0)));

/** End of a vertical body at `i` that reads further than the directory's form there (ending at `directEnd`), or 0. */
export function verticalBody(folded: string, i: number, directEnd: number): number {
  VERTICAL.lastIndex = i;
  const m = VERTICAL.exec(folded);
  if (!m || directEnd >= i + m[0].length) return 0;
  // A registry's 处 or 中心 without a level is its venue (`把婚姻登记处打造成…`); 机关 names the authority.
  if (/^婚姻登记[处中]/.test(m[0]) && !LEVEL_CHAR.test(folded[i - 1] ?? "")) return 0;
  // Tenth wave: a system named with its unit noun (`海关部门`, `海警机构`, `边检部门`) is offered under
  // the name the text uses, as `民航部门` and `邮政管理部门` are.
  const end = i + m[0].length;
  const unit = /^(?:部门|机构)/.exec(folded.slice(end, end + 2));
  return unit && !/(?:局|站|部门|中心|行|部|办|公室|会|队)$/.test(m[0]) ? end + 2 : end;
}

/**
 * Seventh wave: a national system's field office is named by its place (`嵛关海关`, `拱北海关`,
 * `满洲里边检站`, `某港海事局`): one body, offered as new under that name. The place is the 2–4
 * characters between a clause break or a word that takes a body (`会同`, `由`, `从`) and the
 * system's name; they hold no function word, no verb that takes a body and no word of place in
 * general (`当地`, `口岸`, `边境`: `当地海关` is the system, not a named office).
 */
const NAMED_OFFICE = /^(?:海关|海事|边检|出入境边防|海警)/;
const PLACE_OPEN = /(?:^|[^\u4e00-\u9fff]|[由请从向在对与和及同经据为被给]|建议|会同|联合|协同|协调|配合|协助|推动|支持|督促|依托|商请|邀请|联系)$/;
const NOT_PLACE_WORD = /[的和与及对把在将要应为向从由并也还已就被让使给等或其各全每该本我此需须可会能]|会同|联合|协同|协调|配合|协助|推动|支持|督促|依托|商请|邀请|联系|加强|建议|当地|属地|口岸|边境|所在|驻地|沿海|沿边|有关|相关|地方|直属|隶属|全国|国家|中国|今年|去年|目前|同时|此外|其中|以及|主管|垂直|一线|基层/;
const LEVEL_END = /[省市区县旗州盟]$/;
/** Sixteenth wave: 州 and 盟 end many place names (`璪州`, `瑷州`): see placeEndsInLevel. */
const PLACE_LEVEL_END = /[州盟]$/;

/**
 * Sixteenth wave: a place name ending in 州 or 盟 (`璪州海关`, even in that prefecture's own text beside
 * 我州) is a place, not a level prefix before the office: the loop below still asks for 2–4 characters
 * with no function word (`全州`, `我州`, `由州` are not places) after a clause break or a word that takes
 * a body. `市海关`, `县海关` stay a level and the system.
 */
function placeEndsInLevel(place: string): boolean {
  return PLACE_LEVEL_END.test(place);
}

/** Length of a place name right before the named office at `i` (0 when none). */
export function officePlace(folded: string, i: number, end: number): number {
  if (!NAMED_OFFICE.test(folded.slice(i, end))) return 0;
  for (let len = 2; len <= 4 && len <= i; len++) {
    const place = folded.slice(i - len, i);
    if (!/^[\u4e00-\u9fff]+$/.test(place) || NOT_PLACE_WORD.test(place) || (LEVEL_END.test(place) && !placeEndsInLevel(place))) return 0;
    if (PLACE_OPEN.test(folded.slice(Math.max(0, i - len - 2), i - len))) return len;
  }
  return 0;
}

/** End of a level's people's government at `i` (`县政府`, round 12b: also `县人民政府`), or 0. */
export function levelGovernmentEnd(folded: string, i: number): number {
  if (folded.startsWith("政府", i + 1)) return i + 3;
  // A league's government is its administrative office (`盟行政公署`, `盟行署`): city-level, like 盟.
  if (folded[i] === "盟") return folded.startsWith("行政公署", i + 1) ? i + 5 : folded.startsWith("行署", i + 1) ? i + 3 : 0;
  return folded.startsWith("人民政府", i + 1) ? i + 5 : 0;
}
