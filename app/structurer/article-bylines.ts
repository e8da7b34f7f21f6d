/**
 * How a page of several articles shows where each one starts, besides a marked byline
 * (`□ 某某`, `记者 某某`) — rules added in round 7b (issue 12):
 *
 * - an unmarked byline under a headline that names a member or a party's committee
 *   (`省政协委员 某某 代表某党省委`, `民盟市委`, `九三学社某市委员会`) and is followed by the
 *   speech's prose: a speech digest page prints its bylines bare;
 * - a news brief's lead (`本报讯（记者 某某）…`, `本报讯 …`) right under a headline: the
 *   brief carries its byline inside its first paragraph;
 * - 2026-12-03 (third wave): a **pen name** under a headline, set off by a glyph (`○ 晓风`,
 *   `● 江岸`): a commentary, an essay or a 短评 beside a news report is signed with a pen name
 *   of two to four characters, which no vocabulary of posts or bodies can know. What makes
 *   the line a name is its shape and the page's use of the glyph: the glyph opens no other
 *   line of the text (a bulleted list repeats its glyph on line after line).
 */
import { namesNoOne, parseByline } from "./authors";
import { fold } from "./fold";
import { filedOn } from "./head-dates";
import type { Block } from "./tree-drafts";

/** A member's title or a party/federation body: what a speech digest's byline names. */
const SPEAKER_WORD = /委员|常委|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|工商联|无党派/;

function plainLine(b: Block | undefined): b is Block {
  return !!b && b.kind !== "list" && b.line === null;
}

export function unmarkedByline(b: Block | undefined, next: Block | undefined): boolean {
  // Bylines carry no sentence marks, quotes or dashes (a subtitle `——某某会议发言摘登` does).
  if (!plainLine(b) || b.folded.length > 30 || /[。,;:!?“”"「」—]/.test(b.folded) || !SPEAKER_WORD.test(b.folded)) return false;
  // The speech's prose follows: a paragraph that ends a sentence.
  if (!next || next.kind === "list" || !/[。!?;]/.test(next.folded)) return false;
  return !!parseByline(b.text, b.folded);
}

/**
 * Nineteenth wave (2026-12-05): a byline set after a dash under its headline (`——市政协委员 某某`,
 * `——农工党某市委员会`), the speech's prose under it: a consultation page signs each speech so, where
 * others set a glyph (`□`, `★`). The words after the dash are an unmarked byline's (a member or a
 * party's body, no mark or quote); a 副题 after a dash (`——在……上的发言`, `——“……”协商会发言摘编`)
 * names an occasion, never only who speaks.
 */
export function dashByline(b: Block | undefined, next: Block | undefined): boolean {
  if (!plainLine(b)) return false;
  const m = /^\s*(?:——|—|--)\s*(\S.*)$/.exec(b.text);
  if (!m || !/^\s*(?:——|—|--)/.test(b.folded)) return false;
  const rest = m[1].trim();
  return unmarkedByline({ ...b, text: rest, folded: fold(rest) }, next);
}

/** `本报讯（记者 某某）11月18日，…`, `本台讯 …`: a news brief's opening. */
export function newsBriefLead(b: Block | undefined): boolean {
  return plainLine(b) && /^\s*(?:本报|本刊|本台|本网)讯/.test(b.folded) && /[。!?]/.test(b.folded);
}

/**
 * Twelfth wave: a dateline opening a report's first paragraph — the wire's or the paper's own
 * (`新华社霈州1月15日电（记者 某某）…`, `中新网某地3月2日电 …`, `本报某县5月6日讯 …`): an issuer (an
 * agency, a paper, a site, a station: a name ending in 社/网/报/台, or 本报/本刊/本台/本网), a place of
 * one to eight Han characters, a month and day, and 电 or 讯. Every report a roundup collects
 * opens with one, so the headline right above it opens that report; the dateline names its
 * own date and issuer (`datelineOf`).
 */
const DATELINE = /^\s*((?:本报|本刊|本台|本网)|[\u4e00-\u9fff]{1,6}(?:社|网|报|台))(?:[\u4e00-\u9fff·]{1,8})(\d{1,2})月(\d{1,2})日(?:电|讯)/;

export function datelineLead(b: Block | undefined): boolean {
  return plainLine(b) && DATELINE.test(b.folded) && /[。!?]/.test(b.folded);
}

/**
 * What a report of a roundup takes from its own dateline rather than from the page: the day it
 * was filed (`filedOn`: the page's year, or the year before — a January page collecting
 * December reports) and the issuer as source. A paper's own
 * dateline (`本报`) gives nothing: the report is filed in that paper, under its masthead's date. Read from the document's first intro line that opens
 * with a dateline; null when there is none.
 */
export function datelinedHead(introLines: readonly string[], pageDate: string | null): { date: string | null; source: string | null } | null {
  for (const line of introLines) {
    const m = DATELINE.exec(fold(line));
    if (!m) continue;
    // The paper's own dateline (`本报某县5月12日讯`) files the report in the paper: its masthead's date stands.
    if (/^本/.test(m[1])) return null;
    return { date: filedOn(Number(m[2]), Number(m[3]), pageDate), source: m[1] };
  }
  return null;
}

/** Glyphs that may set off a pen name. */
const NAME_GLYPH = /^\s*([○●◎☆★▲△◇◆□■])\s*/;
const PEN_NAME = /^[\u4e00-\u9fff·]{2,4}$/;

/**
 * The glyphs of `blocks` that set off pen names only: each line the glyph opens is a glyph
 * and two to four characters of a name, right under a headline-shaped line (`isHeadline`).
 */
export function penNameGlyphs(blocks: readonly Block[], isHeadline: (b: Block | undefined) => boolean): Set<string> {
  const named = new Set<string>();
  const other = new Set<string>();
  blocks.forEach((b, i) => {
    const m = NAME_GLYPH.exec(b.text);
    if (!m) return;
    const rest = b.text.slice(m[0].length).trim();
    // Eighteenth wave (2026-12-05): a glyph over a section's short heading (`◆现状调查`, `◆委员建议`) is the article's
    // section line, no pen name under a headline — those words name no one (authors.ts, namesNoOne).
    if (PEN_NAME.test(rest) && !namesNoOne(fold(rest)) && isHeadline(blocks[i - 1])) named.add(m[1]);
    else other.add(m[1]);
  });
  for (const g of other) named.delete(g);
  return named;
}

/** A pen name set off by one of `glyphs` (`○ 晓风`), else false. */
export function penName(b: Block | undefined, glyphs: ReadonlySet<string>): boolean {
  if (!b || b.kind === "list" || !glyphs.size) return false;
  const m = NAME_GLYPH.exec(b.text);
  if (!m || !glyphs.has(m[1])) return false;
  const rest = b.text.slice(m[0].length).trim();
  return PEN_NAME.test(rest) && !namesNoOne(fold(rest));
}

/**
 * A line that is a glyph and a pen name, whatever the page does with the glyph elsewhere (`△ 江畔`): a
 * commentary's byline when it stands under its headline (chrome-caption-line.ts keeps it from the captions).
 */
export function glyphPenName(line: string): boolean {
  const m = NAME_GLYPH.exec(line);
  return !!m && PEN_NAME.test(line.slice(m[0].length).trim());
}
