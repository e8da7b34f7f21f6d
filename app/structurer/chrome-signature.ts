/**
 * A signature in brackets under a speech or an article (`（民盟某省委员会）`,
 * `（省政协委员、某大学教授 某某某）`): the name of who spoke or wrote, as a party paper prints
 * it after each contribution. It looks like an aside (a line wholly in brackets after a
 * paragraph) and like a caption (short, no final punctuation), but it names a body or a
 * member with a post — the author, whom the document keeps (issue 12, 2026-12-03).
 * A reporter's credit in brackets (`（本报记者 某某 整理）`) is read by the credit rules first.
 */
import { MEMBER_WITH_POST } from "./chrome-masthead-kicker";
import type { LineInfo } from "./chrome-lines";

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

/**
 * Seventeenth wave: the date under a cover letter that issues a document (`……现将《……方案》印发给你们，请认真抓好落实。`
 * / `2026年2月28日` / `……方案`). A 印发 notice signs and dates its letter, then prints the document it issues
 * under it, so the date line stands inside the text, where the position rule for lone dates (before the
 * first or after the last line) cannot see it. It is the letter's signature date when the line above
 * closes a sentence (or is a bare signature under one) and the line below is a headline — no sentence
 * punctuation, no number: the issued document's title. A date heading a diary's or a timeline's
 * entry has prose under it, not a title.
 */
export function coverLetterDate(infos: readonly LineInfo[], i: number): boolean {
  const live = (j: number) => j >= 0 && j < infos.length && !!infos[j].text && !infos[j].reason;
  const step = (j: number, dir: 1 | -1) => {
    for (let k = j + dir; k >= 0 && k < infos.length; k += dir) if (live(k)) return k;
    return -1;
  };
  const closes = (j: number) => j >= 0 && /[。!]$/.test(infos[j].folded.trim());
  let above = step(i, -1);
  if (above >= 0 && !closes(above)) {
    const f = infos[above].folded.trim();
    if (f.length > 24 || !/^\p{Script=Han}+$/u.test(f)) return false;
    above = step(above, -1);
  }
  if (!closes(above)) return false;
  const below = step(i, 1);
  if (below < 0 || infos[below].marker) return false;
  const g = infos[below].folded.trim();
  return g.length >= 6 && g.length <= 40 && !/[。,;:!?、]/.test(g) && infos[below].verdict !== "date" && !!infos[step(below, 1)]?.text;
}
