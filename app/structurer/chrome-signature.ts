/**
 * A signature in brackets under a speech or an article (`（民盟某省委员会）`,
 * `（省政协委员、某大学教授 某某某）`): the name of who spoke or wrote, as a party paper prints
 * it after each contribution. It looks like an aside (a line wholly in brackets after a
 * paragraph) and like a caption (short, no final punctuation), but it names a body or a
 * member with a post — the author, whom the document keeps (issue 12, 2026-12-03).
 * A reporter's credit in brackets (`（本报记者 某某 整理）`) is read by the credit rules first.
 */
import { MEMBER_WITH_POST } from "./chrome-masthead-kicker";

/** A body's name: `……委员会`, `……政协`, `……学社`, `……委会`, `……支部`. */
const BODY = /^[\u4e00-\u9fff]{2,24}(?:委员会|委会|政协|学社|联合会|商会|工会|支部|总支部)$/;
/** A member and a name: `市政协委员 某某`, `省政协常委 某某某`. */
const MEMBER = /^[\u4e00-\u9fff]{0,10}(?:委员|常委|代表)\s+[\u4e00-\u9fff·]{2,4}$/;

export function bracketedSignature(folded: string): boolean {
  const m = /^[(（]\s*([^()（）]{3,40}?)\s*[)）]$/.exec(folded);
  if (!m) return false;
  const inner = m[1];
  return BODY.test(inner) || MEMBER.test(inner) || MEMBER_WITH_POST.test(inner);
}

/**
 * Its opposite after the text: a list of people under a label, in brackets
 * (`（课题组成员：某某 某某 某某）`, `（参与调研：某某、某某）`) — who took part, a credit.
 * Two names at least, each of two to four Han characters; a body's name is no list.
 */
export function bracketedNameList(folded: string): boolean {
  return /^[(（]\s*[\u4e00-\u9fff]{2,8}\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:\s*(?:\s|、|,|，)\s*[\u4e00-\u9fff·]{2,4}){1,11}\s*[)）]$/.test(folded);
}
