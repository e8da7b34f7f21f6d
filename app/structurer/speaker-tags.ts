/**
 * Where a page of several speakers puts each speaker's name when it is not the byline
 * under the headline (issue 12, 2026-12-03; docs/structure-format.md, "Documents: split
 * and alignment"):
 *
 * - a **speaker tag** before the headline: the name line behind a bracketed role label
 *   (`〖发言人〗县政协委员 某某`, `【作者】民盟某市委`, `[发言]…`) — the label says what the
 *   line is, the name line after it says who;
 * - a **closing signature** after the article: the whole name line in parentheses on a
 *   line of its own, right after the article's last sentence (`（省政协委员、某大学教授
 *   某某）`, `（民盟某省委员会）`). One such line proves nothing (a single article's
 *   author note); two or more, each but the last followed by a headline-shaped line, are a
 *   page whose articles are signed at their end: each signature closes its article and
 *   the line after it opens the next. Third wave (2026-12-03): the parenthesised name may
 *   also be glued to the article's last sentence (`……持续增收。（民建某州委员会）`).
 *
 * A reporter's or editor's credit in parentheses (`（本报记者 某某 整理）`, `（记者 某某 摄）`)
 * is no speaker: it stays chrome.
 */
import { parseAuthorLine, parseByline, SPEAKER_TAG, type Authorship } from "./authors";
import { PAGE_NUMBER } from "./chrome-patterns";
import { fold } from "./fold";
import { authorNoteLine, namedAuthorNote, STAFF_CREDIT } from "./author-notes";
import { isTitleLine } from "./paragraphs";
import { MEMBER_WORD, hanDensity } from "./line-shapes";
import { CAPTION_OPENER, PHOTO_CREDIT } from "./chrome-patterns";


/** The name line after a speaker tag (`〖发言人〗农工党某县总支部` → 农工党某县总支部), else null. */
export function speakerTag(text: string): Authorship | null {
  const f = fold(text);
  const m = SPEAKER_TAG.exec(f);
  if (!m) return null;
  const rest = text.trim().slice(m[0].trim().length).trim();
  if (!rest || STAFF_CREDIT.test(fold(rest))) return null;
  return parseByline(rest, fold(rest));
}

/** `（省政协委员、某大学教授 某某）` on a line of its own: the speaker's name in parentheses, else null. */
export function signatureInParentheses(text: string): Authorship | null {
  const t = text.trim();
  const m = /^[（(]([^（）()]{2,40})[）)]$/.exec(t);
  if (!m) return null;
  const inner = m[1].trim();
  const f = fold(inner);
  const forwarded = FORWARDED.exec(f);
  if (forwarded) {
    const who = inner.slice(0, forwarded[1].length).trim();
    // A reader is no member: who they are and their name, after a space (`某区居民 某某`, `某中学学生 某某`).
    if (STAFF_CREDIT.test(forwarded[1])) return null;
    return parseByline(who, fold(who)) ?? (/^[\u4e00-\u9fff·]{2,16}\s+[\u4e00-\u9fff×]{2,4}$/.test(forwarded[1]) ? { byline: who, organisation: null } : null);
  }
  // An author note (`（作者系市政协委员、某医院副院长）`) tells of the author in a sentence: no signature —
  // unless it ends with the author's name (namedAuthorNote), which makes it the piece's signature.
  const named = namedAuthorNote(inner);
  if (named) return named;
  if (STAFF_CREDIT.test(f) || /[。,;:!?]/.test(f) || /^(?:作者|笔者|发言人)/.test(f)) return null;
  // A reply wall signs each reply with the body that answers (`（市住房和城乡建设局）`).
  if (ANSWERING_BODY.test(f)) return { byline: inner, organisation: inner };
  return parseByline(inner, f);
}

/**
 * 2026-12-05 (twentieth wave): a letter a member passed on is signed with its writer and how it came
 * (`（某区居民 某某，经市政协委员某某转来）`, `（某小区业主 某某，由区政协委员某某转交）`): a preposition of the channel
 * (经, 由, 通过) and a verb of passing on (转来, 转交, 转递, 转达, 反映) after the comma. The writer before the comma
 * is the byline; the clause says only who carried the letter.
 */
const FORWARDED = /^([^,;。]{2,30}),\s*(?:经|由|通过)[^,;。:]{2,24}(?:转来|转交|转递|转达|反映)$/;

/** A signature in parentheses that names who forwarded the letter (FORWARDED). */
function forwardedSignature(text: string): boolean {
  const m = /^[（(]([^（）()]{2,40})[）)]$/.exec(text.trim());
  return !!m && FORWARDED.test(fold(m[1].trim()));
}

/**
 * Twentieth wave: what a letters page prints right under a letter's signature and before the next letter's
 * headline — a reporter's follow-up or a department's answer, labelled before a colon (`记者追踪：…`, `部门回复：…`,
 * `编者附记：…`): a label of two to six Han characters, a colon, then prose that ends a sentence. It is the
 * letter's, so the next letter opens under it.
 */
export function followUpParagraph(text: string): boolean {
  const f = fold(text.trim());
  return /^[\u4e00-\u9fff]{2,6}:\s*\S/.test(f) && f.length >= 20 && /[。!?]$/.test(f);
}

/** A government body's name alone, as a reply is signed: ends in 局, 委, 委员会, 厅, 办, 办公室, 中心, 政府. */
const ANSWERING_BODY = /^[\u4e00-\u9fff]{2,24}(?:局|委|委员会|厅|办|办公室|中心|人民政府)$/;

/** A member's title or a party/federation body: what a speaker's bare name line names. */
const SPEAKER_WORD = new RegExp(`${MEMBER_WORD.source}|无党派`);

/**
 * A signature line: the name in parentheses (`（民盟某省委员会）`) or after a dash
 * (`——市政协委员 某某`), or a bare name line naming a member or a party (`民盟某省委员会`);
 * `bare` tells which, since a bare name line could as well stand above the next headline.
 */
export function signatureLine(text: string): { who: Authorship; bare: boolean } | null {
  const enclosed = signatureInParentheses(text);
  if (enclosed) return { who: enclosed, bare: false };
  const f = fold(text.trim());
  if (f.length > 40 || STAFF_CREDIT.test(f) || /[。,;:!?“”"「」]/.test(f)) return null;
  const dash = /^(?:——|—|--)\s*(?!访)/.exec(f);
  const rest = dash ? text.trim().slice(dash[0].length).trim() : text.trim();
  // Eighteenth wave: a bare name line with the person's unit in brackets (`市政协委员 某某（某集团副总经理）`) heads a
  // voice (authors.ts namedWithUnit); only a dash makes it a signature after the text.
  if (!dash && (!SPEAKER_WORD.test(f) || /^[□■◇◆●○▲△·•【〖[［(（]/.test(f) || /\)$/.test(f))) return null;
  const who = parseByline(rest, fold(rest)) ?? (dash ? postAfterName(rest) : null);
  return who ? { who, bare: !dash } : null;
}

/**
 * Sixteenth wave: a dash signature may put the member's post in brackets after the name
 * (`——市政协委员 某某（某集团副总经理）`), or the name first and the member's posts in brackets
 * (`——某某（市政协委员、某律师事务所主任）`, as an author line writes it: parseAuthorLine). Either way
 * the brackets hold who the speaker is, so the line is a name line; the byline keeps the brackets.
 */
function postAfterName(rest: string): Authorship | null {
  const m = /^(.{2,30}?)\s*[（(][^（）()]{2,30}[）)]$/.exec(rest);
  if (!m) return null;
  const name = m[1].trim();
  const asAuthor = `${rest}:`;
  return parseByline(name, fold(name)) || parseAuthorLine(asAuthor, fold(asAuthor)) ? { byline: rest, organisation: null } : null;
}

const SENTENCE_END = /[。！？!?”」』]\s*$/;

/**
 * A signature glued to the article's last sentence (`……形成合力。（民盟某省委员会）`): the
 * sentence, then the whole name line in parentheses, else null. `text` is the line before it.
 */
export function gluedSignature(text: string): { who: Authorship; text: string } | null {
  const trimmed = text.trim();
  // The pattern must end in `）`/`)` (the trim took the trailing space its `\s*$` allows): a
  // line ending otherwise — nearly every line — is rejected here without the lazy scan.
  const close = trimmed.charCodeAt(trimmed.length - 1);
  if (close !== 0xff09 && close !== 0x29) return null;
  const m = /^(.{10,}?[。！？!?])\s*([（(][^（）()]{2,40}[）)])\s*$/.exec(trimmed);
  if (!m) return null;
  const who = signatureInParentheses(m[2]);
  return who ? { who, text: m[1] } : null;
}

/** A closing signature on its own line (after a sentence) or glued to the last sentence. */
export function closingSignature(text: string, afterSentence: boolean): { who: Authorship; bare: boolean; text: string | null } | null {
  const own = afterSentence ? signatureLine(text) : null;
  // Twentieth wave: a forwarded letter's signature says who carried it (`，经某某转来`): that clause is the letter's
  // text, so the whole line stays in it while the writer becomes the byline.
  // Twenty-first wave: so does an author note that ends with the name (namedAuthorNote): the note is the piece's text.
  if (own) return { ...own, text: forwardedSignature(text) || authorNoteLine(text) ? text.trim() : null };
  const glued = gluedSignature(text);
  return glued ? { who: glued.who, bare: false, text: glued.text } : null;
}

/** A line that may be a headline: short, no sentence inside, not a subtitle or a bracketed note. */
function headlineShaped(line: string): boolean {
  const f = fold(line.trim());
  return f.length >= 4 && f.length <= 40 && isTitleLine(f) && !/^(?:——|—|--|[(（【[])/.test(f) && !/[:?]$/.test(f);
}

/**
 * Sixteenth wave: a PDF's page break may fall between a signature and the next headline: the
 * page's number (`— 5 —`) and its running header (a line the text already showed, word for word)
 * stand outside the text. Read only after a signature, so the look back is rare.
 */
function pageFurniture(lines: readonly string[], k: number): boolean {
  const t = lines[k].trim();
  if (PAGE_NUMBER.test(fold(t))) return true;
  for (let j = 0; j < k; j++) if (lines[j].trim() === t) return true;
  return false;
}

/**
 * The indexes of a page's closing signatures among `lines` (any strings; blank ones are
 * skipped): two or more signature lines, each right after a line that ends a sentence,
 * and each but the last right before a headline-shaped line. Otherwise none. Bare name
 * lines (no parentheses or dash) count only when the last of them ends the page's text
 * (no headline after it): names standing above headlines would have one after the last.
 * One pass.
 */
export function closingSignatures(lines: readonly string[]): number[] {
  const found: Array<{ at: number; headlineAfter: boolean; bare: boolean }> = [];
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const signature = prev >= 0 ? closingSignature(lines[i], SENTENCE_END.test(lines[prev])) : null;
    if (signature) {
      let next = i + 1;
      while (next < lines.length && (!lines[next].trim() || pageFurniture(lines, next))) next++;
      // Twentieth wave: a letter's follow-up (`记者追踪：…`) may stand between its signature and the next headline.
      if (next < lines.length && followUpParagraph(lines[next]) && !signature.bare) {
        let after = next + 1;
        while (after < lines.length && !lines[after].trim()) after++;
        if (after < lines.length && headlineShaped(lines[after])) next = after;
      }
      found.push({ at: i, headlineAfter: next < lines.length && headlineShaped(lines[next]), bare: signature.bare });
    }
    prev = i;
  }
  if (found.length < 2 || !found.slice(0, -1).every((s) => s.headlineAfter)) return [];
  if (found.some((s) => s.bare) && found[found.length - 1].headlineAfter) return [];
  return found.map((s) => s.at);
}

/**
 * The lines the chrome stage must leave to the document splitter: a page's closing
 * signatures, and each speaker tag right above a headline-shaped line (a name line, never
 * a caption between two articles). Indexes into `lines`, one pass.
 */
export function speakerLines(lines: readonly string[]): number[] {
  const out = closingSignatures(lines);
  out.push(...namesOverHeadlines(lines));
  for (let i = 0; i < lines.length; i++) {
    if (!SPEAKER_TAG.test(fold(lines[i])) || !speakerTag(lines[i])) continue;
    let next = i + 1;
    while (next < lines.length && !lines[next].trim()) next++;
    if (next < lines.length && headlineShaped(lines[next])) out.push(i);
  }
  return [...new Set(out)];
}

/** A speech's headline: headline-shaped, and no field (`附件：…`, `主题：…`) — no colon at all. */
function speechHeadline(line: string): boolean {
  return headlineShaped(line) && !/[:：]/.test(line);
}

/**
 * A speaker's name line, unmarked: a post and a name or a body, no sentence, no staff credit. 2026-12-05: nor a
 * photo's caption or credit (`▲资料图` under one section and over the next heading reads as a name line).
 */
function bareNameLine(line: string): boolean {
  const f = fold(line.trim());
  if (f.length < 4 || f.length > 40 || STAFF_CREDIT.test(f) || /[。,;:!?“”"「」—]|[-=~*_]{2}/.test(f)) return false;
  if (CAPTION_OPENER.test(f) || PHOTO_CREDIT.test(f)) return false;
  return hanDensity(f) >= 0.6 && !!parseByline(line.trim(), f);
}

/**
 * Fifth wave: a page of speakers that prints each speaker's name line right above (or right
 * under) the speech's headline, with the speech after (`市政协委员、某街道党工委书记 某某` /
 * `盘活存量资源` / prose), two or more times in the same order. Standing between the previous
 * speech's last sentence and a short line, the name line reads as a photo caption to the
 * chrome stage; repeated in one order, it is the page's shape (parallel-articles.ts splits
 * the page from it), so the name lines are kept. One pass; the byline reader runs only on
 * short lines next to a headline-shaped one.
 */
function namesOverHeadlines(lines: readonly string[]): number[] {
  const live: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].trim()) live.push(i);
  const above: number[] = [];
  const below: number[] = [];
  // Twelfth wave: pairs behind a photo's caption (`图为协商会现场` between the lede and the first name line).
  const aboveCaptioned: number[] = [];
  const belowCaptioned: number[] = [];
  // Only a pair right after a sentence (the previous speech, the page's lede) is at risk of
  // reading as a caption, and only such a pair is a speech's head: a page's kicker over its
  // headline (`两会特别报道·代表之声` under the masthead) stands after no sentence.
  for (let k = 1; k + 2 < live.length; k++) {
    const [a, b, c] = [lines[live[k]], lines[live[k + 1]], lines[live[k + 2]]];
    if (!/[。！？!?；;]/.test(c)) continue;
    const afterSentence = SENTENCE_END.test(lines[live[k - 1]]);
    if (!afterSentence && !(k >= 2 && SENTENCE_END.test(lines[live[k - 2]]) && captionBetween(lines[live[k - 1]]))) continue;
    if (speechHeadline(b) && bareNameLine(a) && !bareNameLine(b)) (afterSentence ? above : aboveCaptioned).push(live[k]);
    else if (speechHeadline(a) && bareNameLine(b) && !bareNameLine(a)) (afterSentence ? below : belowCaptioned).push(live[k + 1]);
  }
  // A pair behind a caption counts once the page shows the order after a sentence at least once:
  // the caption line is the chrome stage's, the name line under it the speech's.
  const aboveAll = above.length ? [...above, ...aboveCaptioned].sort((x, y) => x - y) : [];
  const belowAll = below.length ? [...below, ...belowCaptioned].sort((x, y) => x - y) : [];
  const best = aboveAll.length >= belowAll.length ? aboveAll : belowAll;
  return best.length >= 2 ? best : [];
}

/**
 * A photo's caption or credit between the previous speech's last sentence and a speaker's name
 * line (`图为协商会现场`, `（记者 某某 摄）`): one short line that says no sentence and is no name.
 */
function captionBetween(line: string): boolean {
  const f = fold(line.trim());
  return f.length >= 2 && f.length <= 30 && !/[。;:!?；：]/.test(f) && !bareNameLine(line);
}
