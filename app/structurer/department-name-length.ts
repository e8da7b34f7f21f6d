/**
 * How long a new body's name may run. The new-body reader (department-new.ts) takes a level prefix,
 * a body of words and a closing word; it caps the body at eight characters so that a clause does not
 * run into a name (`市里要加快建设…中心`). A public institution's official name is often longer
 * (`县农产品质量安全检测中心`, `市特种设备安全监督检验研究中心`, `县农村集体经济组织管理服务中心`): blind
 * writers name such bodies as actors, and the cap dropped them whole (department not found).
 *
 * A long name is read only where both of its edges are a name's: it closes with a word that only
 * closes names of bodies (中心, 委员会, 办公室, 管理局 and a force's 总队/支队/大队 — not 局/办/委/室, which
 * end everyday words), its words hold no verb of building or doing (a clause, `新建…中心`), and right
 * after it the sentence goes on as after a body: its predicate (`要`, `牵头`, `负责`, `开展`…), a role
 * word, or a list's joint or a clause's end. The left edge is the level prefix the caller checked.
 */
/** The longest body between the level prefix and the closing word. */
export const LONG_BODY_MAX = 14;
/** Past the everyday cap (department-new.ts): eight characters. */
export const SHORT_BODY_MAX = 8;

const LONG_SUFFIX = /^(?:委员会|办公室|管理局|指导中心|服务中心|中心|总队|支队|大队)$/;
/** Verbs of building or doing: a clause's words, not a name's (`建设`, `打造`, `推进`…). */
const CLAUSE_VERB = /建设|建立|设立|新建|建成|打造|改造|推进|推动|加快|加强|完善|提升|引导|鼓励|支持|依托|利用|通过|按照|围绕|发挥|实现|确保|探索|组建|成立|设置|布局|规划/;
/** What follows a body: a role or a verb of acting, or a break (the caller tests its predicate words). */
const AFTER_BODY = /^(?:[，。；、,;:：和与及（(]|$|牵头|配合|参与|协助|协办|主办|承办|负责|定期|开展|组织|做好|抓好|落实|提供|受理|承担|指导|制定|出台|建立|完善|实施|督促|监测|检测|检验|抽检|核定|清查)/;

/** May a body of 9–14 characters (`农产品质量安全检测` + `中心`) close a new name here? */
export function longNameReads(body: string, suffix: string, after: string, opensPredicate: boolean): boolean {
  if (body.length <= SHORT_BODY_MAX || body.length > LONG_BODY_MAX) return false;
  if (!LONG_SUFFIX.test(suffix) || CLAUSE_VERB.test(body)) return false;
  return AFTER_BODY.test(after) || opensPredicate;
}

/**
 * A long name's words as NOT_A_BODY (department-new.ts) should see them: its 全 stands for a whole
 * level (`全市`, `全县`: a clause's subject, not a name), but the word 安全 (safety) holds it and opens
 * many an inspection body's name (`县农产品质量安全检测中心`, `市特种设备安全监督检验研究中心`).
 */
export function nameWords(body: string): string {
  return body.replace(/安全/g, "");
}
