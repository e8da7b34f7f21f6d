/**
 * 2026-12-03 (fourth wave): a 公文's title names its issuing body first — `某某县住房和城乡建设局`
 * / `关于……的答复` — and a narrow layout sets the body's name on a line of its own right over
 * the `关于` line. That line is the title's first part, never a column label; the whole title is
 * body + `关于…`. What it reads: a 公文 number above (`某住建函〔2026〕38号`: the office's own numbered
 * document, whose title has the standard form 发文机关 + 关于 + 事由 + 文种), the line directly above the
 * title (no blank between) a bare body's name (Han only, an office's suffix), and a title that opens with
 * `关于` and ends in a kind an office issues in its own name (答复, 函, 通知 …). A committee over its
 * `关于…的调研报告` is the report's author, its byline; an unnumbered letter (`某某区城市管理局` /
 * `关于…的答复` pasted without its 文号) keeps the short title, as before.
 * It does not join a body over any other headline (an e-paper's column over a report stays a column).
 */
import { OCCASION } from "./chrome-masthead-kicker";
import { isByline, type HeadLine } from "./head-lines";

const BODY_NAME = /^[\u4e00-\u9fff]{3,24}(?:局|厅|委员会|委|办公室|办|政府|院|中心|公司|集团|部|处|站|所|署|会)$/;
/** A 公文's kinds that an office issues in its own name (a reply, a letter, a notice), not a text a committee authors (`调研报告`). */
const ABOUT_TITLE = /^关于[^。;!?]{4,60}(?:答复|复函|函|批复|通知|通报|决定|请示|意见)$/;
/** A 公文's number (`某住建函〔2026〕38号`): the head of an office's own document, whatever its kind. */
const DOC_NUMBER = /[〔[(（［]\s*\d{4}\s*[〕\])）］]\s*\d{1,4}\s*号/;

/** The line index of the issuing body's name over the title line, or -1. */
export function issuerOverTitle(infos: readonly HeadLine[], titleLine: number): number {
  if (titleLine < 1) return -1;
  const above = infos[titleLine - 1];
  if (!above || !above.text) return -1;
  const title = infos[titleLine].folded.trim();
  const name = above.folded.trim();
  const numbered = infos.slice(0, titleLine - 1).some((x) => DOC_NUMBER.test(x.folded));
  return numbered && ABOUT_TITLE.test(title) && BODY_NAME.test(name) && !/文件$/.test(name) ? titleLine - 1 : -1;
}

/**
 * 2026-12-04 (seventh wave): a speech printed on its own (`在全市…推进会上的讲话` / `市政协主席 某某` /
 * `（2026年4月16日）` / `同志们：`). Round 12 made the occasion line a label: on a page of speeches it stands
 * over each speech's own headline. With no headline in the head at all and the speaker's name line right
 * under it, the occasion is the speech's title. Returns its line (the label's reason cleared), or -1.
 */
export function occasionTitle(infos: HeadLine[], bodyStart: number): number {
  const i = infos.findIndex((x, k) => k < bodyStart && !!x.text && OCCASION.test(x.folded.trim()));
  const next = i >= 0 ? infos.findIndex((x, k) => k > i && !!x.text) : -1;
  if (i < 0 || next < 0 || !isByline(infos[next]) || infos.slice(0, i).some((x) => !!x.text && !x.reason)) return -1;
  infos[i].reason = null;
  return i;
}

/** A meeting's topic field (`议题：…`): the meeting's subject, not a title field such as `题目：`. */
const TOPIC_FIELD = /^(?:协商)?议题\s*[:：]/;
/** A record's own heading (`某某村村民议事会议事记录`, `某某社区协商议事会会议纪要`): Han only, ending in the record's kind. */
const RECORD_HEADING = /^[\u4e00-\u9fff]{4,28}(?:记录|纪要)$/;

/**
 * 2026-12-04 (fifteenth wave): a meeting record opens with its own heading, then its fields
 * (`议题：` / `时间：` / `地点：`). The topic field names what the meeting discussed; the heading right
 * above it (no blank, a record's kind at its end, no breadcrumb or programme marks) names the
 * document, so it is the title and the topic stays the record's text. Returns the heading's line, or -1.
 */
export function recordOverTopic(infos: readonly HeadLine[], fieldLine: number): number {
  const above = infos[fieldLine - 1];
  if (fieldLine < 1 || !above?.text || above.reason || !TOPIC_FIELD.test(infos[fieldLine].folded.trim())) return -1;
  return RECORD_HEADING.test(above.folded.trim()) ? fieldLine - 1 : -1;
}
