/**
 * Tells first sentences that are no measure's lead phrase (first written for holdout-11).
 * - A question the writer poses and then answers (`问题出在哪里？说到底……`, `怎么办？……`,
 *   `出路在哪里？……`): columns, blogs and WeChat essays open their paragraphs so; a measure's
 *   lead phrase is an instruction ending in `。`, never a question.
 * - Sixteenth wave (2026-12-05): a greeting (`各位领导好！`, `您好！`): a letter or a board message addresses its
 *   reader before it says anything; who is greeted and `好` with an exclamation is no instruction.
 * - A first-person statement (`我们深有感触。`, `某某：我对此很乐观。` after a speaker's label): an interviewee's or
 *   columnist's own view or feeling; a measure names what is to be done, not who speaks.
 */
export function notALeadPhrase(sentence: string, end: string, rest = ""): boolean {
  if (end === "?") return true;
  if (reportsWithoutAsking(rest)) return true;
  if (end === "!" && /^[\u4e00-\u9fff]{0,6}好$/.test(sentence.trim())) return true;
  // A speaker's label (`某某：`) is no part of the sentence.
  const first = sentence.replace(/^(?:[\u4e00-\u9fff]{2,4}|[A-Za-z]{1,2})\s*:\s*/, "");
  // (`我有两点建议。`, `我提了三条建议。` announce the measures that follow: not this rule's.)
  if (/^(?:我|我们|本人|笔者)(?!国|省|市|区|县|州|旗|镇|乡|村)/.test(first) && !/建议|意见|看法|想法|思考|办法|措施/.test(first)) return true;
  return isComment(first);
}

/**
 * Eighth wave (2026-12-04): a short sentence that comments on what came before — an item's
 * illustration or evidence paragraph (`这并非个例。`, `他们的做法很管用。`, `效果十分明显。`,
 * `路终于通了。`) — is no lead phrase, so the paragraph stays the text of the item above it. What it
 * reads: a subject pointing back (这/那/此, 他/她/它), a degree adverb before the predicate
 * (很, 非常, 十分 …: a measure is an instruction, not a description), or a closing `了` (a change that
 * has happened). `此外`/`此次` and `这一` before a measure's noun are no pointer back.
 */
function isComment(first: string): boolean {
  if (first.length > 16 || first.includes(",")) return false;
  if (/^(?:这(?!一)|那|此(?!外|次)|他|她|它)/.test(first)) return true;
  return /(?:很|非常|十分|特别|相当|颇为|格外)[\u4e00-\u9fff]{1,4}$/.test(first) || /[\u4e00-\u9fff]了$/.test(first);
}


/**
 * Sixteenth wave (2026-12-05): what follows a short first sentence in a reporter's piece. A news piece says
 * where it learnt a fact (`据悉`, `据了解`, `记者了解到`, `获悉`), who said what (`表示`) and what bodies are
 * doing (`正在`, `已经`, `目前`): it reports. A measure's text asks someone to act; with no word that asks
 * (`建议`, `应`, `要`, `须`, `需`, `呼吁`, `希望`, `请`) the short sentence opens the report, it heads no measure.
 */
const REPORTS = /据悉|据了解|据介绍|了解到|获悉|表示|正在|已经|目前/;
const ASKS = /建议|呼吁|希望|应|要|须|需|请/;

export function reportsWithoutAsking(rest: string): boolean {
  return REPORTS.test(rest) && !ASKS.test(rest);
}
