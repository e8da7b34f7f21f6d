/**
 * Round 13 (issue 12, holdout-11): first sentences that are no measure's lead phrase.
 * - A question the writer poses and then answers (`问题出在哪里？说到底……`, `怎么办？……`,
 *   `出路在哪里？……`): columns, blogs and WeChat essays open their paragraphs so; a measure's
 *   lead phrase is an instruction ending in `。`, never a question.
 * - A first-person statement (`我们深有感触。`, `某某：我对此很乐观。` after a speaker's label): an interviewee's or
 *   columnist's own view or feeling; a measure names what is to be done, not who speaks.
 */
export function notALeadPhrase(sentence: string, end: string): boolean {
  if (end === "?") return true;
  // A speaker's label (`某某：`) is no part of the sentence.
  const first = sentence.replace(/^(?:[\u4e00-\u9fff]{2,4}|[A-Za-z]{1,2})\s*:\s*/, "");
  // (`我有两点建议。`, `我提了三条建议。` announce the measures that follow: not this rule's.)
  return /^(?:我|我们|本人|笔者)(?!国|省|市|区|县|州|旗|镇|乡|村)/.test(first) && !/建议|意见|看法|想法|思考|办法|措施/.test(first);
}

