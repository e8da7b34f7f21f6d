/**
 * The name of a body's own unit after the body (`交通管理支队`, `城关派出所`): a short run of
 * name characters closed by a unit word, with no function word and no verb of the sentence.
 * Split from department-units.ts so that resolving a name (department-resolve.ts) can read it.
 */
/** Words that close a unit's name inside a body. */
// Twenty-first wave: and a court's own bench (`市中级人民法院环境资源法庭`), so a list of them (`A检察室、B法庭参与巡查`)
// stays one list and takes the role verb after it.
const UNIT_WORD = "(?:部门|机构|支队|大队|中队|总队|分局|分中心|分所|办公室|管理处|中心|法庭|处|科|所|站)";
const UNIT = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?${UNIT_WORD}`);
/** Characters of the sentence around a name, never of the name: function words and joiners. */
export const NOT_NAME_CHAR = /[的和与及对把在将要应为向从由并也还已就被让使给等或其各全每该本我此需须可会能]/;
/** Verbs that carry the sentence on after a body (`市民政局牵头成立…中心`). */
const VERB = /牵头|负责|配合|协助|会同|联合|参与|协调|加强|加大|建立|推进|推动|开展|落实|做好|制定|指导|督促|组织|完善|设立|成立|组建|建设|开设|增设|设置|新建|提供|出台|实施|纳入|引导|支持|鼓励|统筹|依托|利用|整合|采取|进行|实行|发挥|履行|承担|深入|定期|主动|积极|共同|及时|结合|依法|严格|全面|进一步|探索|研究|优化|强化|提升|规范|健全|明确|简化/;

/** After 所, a character that makes it the particle of `所需`/`所有`/`所属`/`所谓`…: no office. */
const PARTICLE_SUO_AFTER = /^[需有属得以谓用述说]/;

/** End of a unit's name right after `end`, before `limit`, or `end` when none follows. */
export function unitEnd(folded: string, end: number, limit: number): number {
  const m = UNIT.exec(folded.slice(end, Math.min(limit, end + 12)));
  if (!m) return end;
  const run = m[0];
  // `市医保局相关处室负责人`: `相关`/`有关` qualify a unit in general, they name none.
  if (NOT_NAME_CHAR.test(run) || VERB.test(run) || /^(?:相关|有关)/.test(run)) return end;
  // 所 before a verb is the nominaliser (`县财政局保障所需经费`, `所有`, `所属`), no unit's 所. Not 在:
  // after a place and 所 it is the preposition (`区市场监管局柿林所在街道设立专窗`).
  if (run.endsWith("所") && PARTICLE_SUO_AFTER.test(folded.slice(end + run.length, end + run.length + 1))) return end;
  return end + run.length;
}
