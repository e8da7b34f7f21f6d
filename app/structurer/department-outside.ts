/**
 * Bodies outside the province–city–district tree the directory describes, offered to staff
 * as new entries under the name the text gives them (issue #12, departments: levels,
 * classes and roles). Three classes, each read by its shape rather than by a list of names:
 *
 * - a **special administrative region's** department: the region (`香港`, `澳门`, optionally
 *   `特别行政区`/`特区` and `政府`), then a short name closed by the words SAR governments
 *   use for their bodies (`署`, `处`, `局`, `委员会`, `办公室`): `香港卫生署`, `澳门社会工作局`;
 * - the **production and construction corps** and its divisions: `兵团` or `第N师`
 *   (optionally `新疆生产建设` before it, a division's city after it), then a bureau's name:
 *   `兵团水利局`, `第八师农业农村局`. Read as one name, so the bureau's stem (`水利局`) is not
 *   taken for the city's 水务局;
 * - a **zone's administrative committee**: a development, high-tech or new zone's
 *   `管委会` (`高新区管委会`, `经济技术开发区管理委员会`), named without the place before it.
 *
 * - a **national** body (third wave, 2026-12-03): `国家` then a name closed by a unit word
 *   (`国家医保局`, `国家卫生健康委员会`, `国家税务总局`), `国务院` and its offices, and the
 *   ministries of the State Council, a closed class (`教育部`, `民政部`, `住房和城乡建设部`),
 *   with `部` not opening `部门`, `部署`, `部分` (`公安部署警力` is a verb). Before, a ministry's
 *   stem was read as the city's bureau (`教育部` → 市教育局).
 *
 * None of these has a level of the tree, so none is resolved to a directory entry.
 */
import { WORD_BEFORE_SUFFIX } from "./department-new";

/** Characters a body's short name never holds: function words, people, a place's inhabitants. */
const NOT_NAME = /[的在和与及对为将是有了到把被从向等、]|长者|居民|市民|群众|老人|学生|企业|大学|学院|学校|医院|公司|银行|协会|商会/;

/**
 * Fifth wave: SAR bureaus join their two portfolios with 及 or 与 (`民政及青年事务局`, `劳工及福利局`,
 * `文化体育及旅游局`): between two words of two or more characters it is part of the name.
 */
const SAR_JOIN = /(?<=[\u4e00-\u9fff]{2})[及与](?=[\u4e00-\u9fff]{2})/g;
const REGION = /(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?([\u4e00-\u9fff]{2,10}?)(?:署|处|局|委员会|办公室)/y;
const CORPS = /(?:新疆生产建设)?(?:兵团(?:第[一二三四五六七八九十\d]{1,3}师)?|第[一二三四五六七八九十\d]{1,3}师(?!范))(?:[\u4e00-\u9fff]{1,3}市)?([\u4e00-\u9fff]{1,8}?)(?:委员会|办公室|局|委|办)(?![员理事法])/y;
// Tenth wave: also the short forms `经开区`, `临空经济区`, `合作区`, `园区`.
const ZONE = /(?:经济技术|高新技术产业|高新技术|经济)?(?:开发区|经开区|高新区|新区|保税区|自贸区|综合保税区|示范区|试验区|工业园区|产业园区|临空经济区|合作区)(?:管委会|管理委员会)/y;

const NATION = /国家(?!金融监督管理总局)(?:[\u4e00-\u9fff]{1,10}?)(?:总局|委员会|局|委|署|办公室)(?![员理事长])|国务院(?:办公厅|[\u4e00-\u9fff]{2,8}?(?:办公室|办|委员会))?/y;
const MINISTRY = /(?:中华人民共和国)?(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|民政|司法|财政|人力资源和?社会保障|人社|自然资源|生态环境|住房和?城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|文旅|退役军人事务|应急管理|公安|审计)部(?![门署分位队件落长委])/y;

export const OUTSIDE_CODES = new Set([..."香澳新兵第经高开保自综示试工产临合国中外教科民司财人生住交水农商文退应公审"].map((c) => c.charCodeAt(0)));

/** End of a body outside the tree starting at `i`, or 0. */
export function outsideBody(folded: string, i: number): number {
  for (const re of [REGION, CORPS]) {
    re.lastIndex = i;
    const m = re.exec(folded);
    // `兵团协同治水格局`: a word ending in the suffix character (`格局`) is no body.
    if (m && !NOT_NAME.test(re === REGION ? m[1].replace(SAR_JOIN, "") : m[1]) && !WORD_BEFORE_SUFFIX[m[0].slice(-1)]?.test(m[0].slice(0, -1))) return i + m[0].length;
  }
  ZONE.lastIndex = i;
  const zone = ZONE.exec(folded);
  if (zone) return i + zone[0].length;
  for (const re of [NATION, MINISTRY]) {
    re.lastIndex = i;
    const m = re.exec(folded);
    if (m && !NOT_NAME.test(m[0]) && !WORD_BEFORE_SUFFIX[m[0].slice(-1)]?.test(m[0].slice(0, -1))) return i + m[0].length;
  }
  return 0;
}
