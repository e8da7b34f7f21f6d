/**
 * Line shapes the tree stage reads — bylines with an office, actor clauses, vocatives, barred
 * table rows, rationale titles (first written for holdout-12).
 * - A speaker's byline may name an office held in a body (`省妇联副主席 某某`, `市工商联会长
 *   某某`): on a page of speeches it starts an article like a member's byline.
 * - A first clause closed by `；` that opens with an actor (`市财政局对…给予补贴；市公安局…`)
 *   is a sentence of a list of who does what, not a lead phrase naming the measure.
 * - A paragraph that addresses the audience (`各位代表，…`, `同志们：…`, `各位委员、朋友们，…`)
 *   closes a speech or report: narrative, never a measure's lead phrase.
 * - A table row set with bars (`1｜编制规划｜市某局｜10月｜已完成`: three bars or more) is a
 *   line of a table: text, never a heading, however short.
 * - A form's rationale or progress section is background, like 基本情况: the reasons of a
 *   proposal or motion (`提案理由`, `案由`, `理由及依据`) and the progress reported on a task
 *   (`工作进展`, `办理情况`, `落实情况`, `进展情况`).
 */
export const TABLE_ROW = /^[^|｜]*(?:[|｜][^|｜]*){3,}$/;

export const RATIONALE_TITLE = /^(?:(?:提案|建议|议案|立案)?理由(?:及依据|和依据)?|案由|(?:工作|办理|落实|推进|实施)?进展(?:情况)?|(?:办理|落实|完成|推进|实施)情况)$/;

export const VOCATIVE = /^(?:各位(?:代表|委员|同志|来宾|嘉宾|领导|朋友|老师|家长)|同志们|朋友们|代表们|委员们|女士们|先生们)(?:[、和](?:同志们|朋友们|各位[\u4e00-\u9fff]{2}))?\s*[,:!]/;

export const ACTOR_OPENING = /^(?:[省市县区州盟]|自治区)[\u4e00-\u9fff]{1,14}?(?:局|委|厅|办|集团|公司|中心|法院|检察院|工会|妇联|团委|残联)/;

