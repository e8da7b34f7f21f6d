/**
 * Seventh wave (2026-12-04): a report's review of past work (what was done) is background, not
 * measures. Work reports (常委会工作报告, 提案工作情况报告, 年度总结), replies and bulletins open with
 * what the body did — counted and dated (`九届四次会议以来，共收到提案612件`, `全年组织协商活动26
 * 次`, `立案提案已全部办复`) — before what it proposes. The grammar tells them apart from a target
 * (`每年开展一次培训`, `年内完成12所学校改造`): a tally of things done sits in a past frame
 * (`过去一年`, `……以来`, `去年`) or carries the perfective (`已`, `均已`, `累计`, `先后`, `共`, `了`).
 *
 * Functions take folded text (fold.ts: half-width punctuation).
 */

/** A count of things done: `612件`, `26次`, `318条`, `68.2%`, `十二件`. */
const TALLY = /\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:件|次|条|个|项|场|篇|人次|家|名|所|户|处|期|批|%)|[一二三四五六七八九十两百千]+(?:余|多)?(?:件|次|条|项|场|篇|批)(?!事)/;
/** A past frame: the period reviewed. */
const PAST_FRAME = /^(?:过去(?:的)?[一二三五两\d]?年|去年|上一?年度?|[一二三四五两\d]+年来|今年以来|[^,。;]{1,16}以来)/;
/** The perfective: done already, all of it, in total. */
const PERFECTIVE = /已经?|均已|全部|累计|先后|共(?:[\u4e00-\u9fff]{0,4}\d)|[\u4e00-\u9fff]了(?:[\u4e00-\u9fff]{0,12}\d|[一二三四五六七八九十两]+[件次条项场个])/;
/** A sentence that proposes, however it is dated: `建议`, a modal. */
const PROPOSES = /建议(?![案书])|应当|应该|必须|务必|要(?![求素点闻害])|须|需要/;

/** Does this sentence report things done — a tally in a past frame or with the perfective? */
export function reportsResults(sentence: string): boolean {
  const s = sentence.trim();
  if (!TALLY.test(s) || PROPOSES.test(s)) return false;
  return PAST_FRAME.test(s) || PERFECTIVE.test(s);
}

/** The first sentence of a paragraph (to `。；！？`), folded. */
function firstSentence(folded: string): string {
  const end = folded.search(/[。;!?]/);
  return end < 0 ? folded : folded.slice(0, end);
}

/**
 * A paragraph that reviews past work: its first sentence reports results and nothing in it
 * proposes (`建议`, not the noun `建议案`). Such a paragraph opens no item and makes a leaf background.
 */
export function reviewsPastWork(folded: string): boolean {
  const s = folded.trim();
  return reportsResults(firstSentence(s)) && !/建议(?![案书])/.test(s);
}

/**
 * A heading naming the period reviewed (`过去一年的主要工作`, `2026年工作回顾`, `九届四次会议以来的
 * 工作`): the review part, and all under it, is background.
 */
const REVIEW_TITLE = /^(?:过去(?:的)?[一二三五两\d]?年|去年|上一?年度?|[一二三四五两\d]+年来)|以来(?:的)?(?:主要)?工作|(?:工作)?回顾$/;

export function namesReview(title: string): boolean {
  return REVIEW_TITLE.test(title);
}

/**
 * Nineteenth wave (2026-12-05): a heading naming the results of a piece of work (`政策落实成效`,
 * `试点工作初步成果`, `建设推进成效`, `整治工作阶段性进展`): the work as a noun (落实, 推进, 试点, 工作 …),
 * then a noun of results ending the heading. An inspection's or a study's first part so reports what
 * the work has achieved before its problems and its advice: the situation found, background. A verb
 * acting on the results makes it a measure (`巩固整治成果`, `转化试点成果`); kinds.ts also keeps out a title
 * opened by a policy verb (MEASURE_OPENER: `推进……`, `落实……`).
 */
const RESULTS_TITLE = /^[\u4e00-\u9fff“”]{0,10}?(?:落实|实施|执行|推进|推行|建设|改革|试点|工作|治理|整治|运行|办理|改造)(?:的)?(?:主要|初步|阶段性|显著)?(?:成效|成果|成绩|进展)$/;

const ACTS_ON_RESULTS = /^(?:巩固|拓展|转化|用好|放大|保持|彰显|展示|检验|评估|总结|确保|宣传|推广|固化|共享)/;

export function namesResults(title: string): boolean {
  return RESULTS_TITLE.test(title) && !ACTS_ON_RESULTS.test(title);
}

/**
 * A heading naming a state found (`提案提出和审查情况`, `提案办理情况`: a situation noun at the end)
 * over text of its own — a leaf: it reports. Over numbered items (`重点工单办理情况` / `1．……`) it is
 * a list of cases, each read for itself, so this is asked of leaves only.
 */
export function namesSituation(title: string): boolean {
  return /情况$/.test(title);
}

/**
 * A heading stating what was achieved (`协商议政更加务实`, `民主监督取得新成效`, `履职能力有新提升`):
 * the review part's sub-headings; a measure names what is to be done, not how well it went.
 */
const ACHIEVED = /(?:更加|更为|日益|愈加)[\u4e00-\u9fff]{2}$|(?:取得|实现|见到|收到)(?:了)?(?:新|明显|积极|显著|实)?(?:的)?(?:成效|进展|突破|成果|成绩)$|(?:成效|效果)(?:明显|显著|初显)$|有(?:了)?新(?:作为|成效|突破|进展|提升|气象)$|迈出新步伐$/;

export function statesAchievement(title: string): boolean {
  const last = title.split(/[,，]/).pop() ?? title;
  return ACHIEVED.test(last.trim());
}

/**
 * Thirteenth wave (2026-12-04): the opposite frame — a target set for a date to come
 * (`到2027年底，全州……全部完成……，……达到80%以上`, `力争至2028年，……实现全覆盖`, `到2026年秋季学期末，……`). A handling
 * plan's or a work plan's `目标` section says what is to be done by when: a measure, though no
 * modal or policy verb stands in it. A sentence with `已` or `累计` is a result reported, not set.
 */
const TARGET = /^(?:力争|争取)?(?:到|至)\s*(?:\d{4}|本|今|明)年[^,。;]{0,8},[^。;]*(?:完成|达到|实现|建成|覆盖|超过|控制在)/;

export function setsTarget(folded: string): boolean {
  const s = firstSentence(folded.trim());
  return TARGET.test(s) && !/已经?|累计/.test(s);
}
