/**
 * Shapes added in round 13b (issue 12, holdout-12) for the tree stage.
 * - A table row set with bars (`1｜编制规划｜市某局｜10月｜已完成`: three bars or more) is a
 *   line of a table: text, never a heading, however short.
 * - A form's rationale or progress section is background, like 基本情况: the reasons of a
 *   proposal or motion (`提案理由`, `案由`, `理由及依据`) and the progress reported on a task
 *   (`工作进展`, `办理情况`, `落实情况`, `进展情况`).
 */
export const TABLE_ROW = /^[^|｜]*(?:[|｜][^|｜]*){3,}$/;

export const RATIONALE_TITLE = /^(?:(?:提案|建议|议案|立案)?理由(?:及依据|和依据)?|案由|(?:工作|办理|落实|推进|实施)?进展(?:情况)?|(?:办理|落实|完成|推进|实施)情况)$/;
