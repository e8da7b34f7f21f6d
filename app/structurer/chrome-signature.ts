/**
 * A signature in brackets under a speech or an article (`（民盟某省委员会）`,
 * `（省政协委员、某大学教授 某某某）`): the name of who spoke or wrote, as a party paper prints
 * it after each contribution. It looks like an aside (a line wholly in brackets after a
 * paragraph) and like a caption (short, no final punctuation), but it names a body or a
 * member with a post — the author, whom the document keeps (issue 12, 2026-12-03).
 * A reporter's credit in brackets (`（本报记者 某某 整理）`) is read by the credit rules first.
 */
import { neighbourIndex, type LineInfo } from "./chrome-lines";
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

/** A 公文 date in full: `2026年2月28日`, `二〇二六年二月二十八日`. */
const FULL_DATE = /^(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
/** An issuer's name on its own line: a body (`…委员会`, `…政协`, `…局`, `…办公室`, `…人民政府`), no punctuation. */
const ISSUER = /^[\u4e00-\u9fff]{2,24}(?:委员会|政协|局|厅|办公室|办|人民政府|政府|中心)$/;

/**
 * Seventeenth wave: the date that signs a covering letter before the document it sends (`……现印发给你们，
 * 请认真抓好落实。` / maybe the issuer / `2026年2月28日` / `2026年……工作方案` / the attached text). Dates alone
 * are otherwise read against the first and last line of text, and an attachment after the letter puts
 * this one inside. A date in full right after a closed paragraph (or after the issuer under it) and
 * over a heading-like line — no prose — is the letter's signature date: every such line of the corpus
 * and the opened batches is one. A diary's date stamp heads prose; a timeline's stamps carry a label.
 */
export function coverLetterDate(infos: readonly LineInfo[], i: number): boolean {
  if (!FULL_DATE.test(infos[i].folded)) return false;
  let p = neighbourIndex(infos, i, -1);
  if (p >= 0 && ISSUER.test(infos[p].folded)) p = neighbourIndex(infos, p, -1);
  if (p < 0 || !/。$/.test(infos[p].folded)) return false;
  const n = neighbourIndex(infos, i, 1);
  if (n < 0) return false;
  const next = infos[n].folded;
  return next.length <= 40 && !/[。!?;,:]/.test(next) && !infos[n].marker;
}
