/**
 * Parallel articles: a page of several documents shows it by repeating one shape — each
 * article opens with a headline and a name line (who wrote or speaks it) next to each
 * other, then its prose. When the same pair (same order, same decoration) stands two or
 * more times on a page, every pair opens a document, whatever words the name line uses
 * and whatever glyph decorates it (`◎ 某某`, `◇ 标题`, `【标题】`, none at all).
 *
 * A pair is: a headline-shaped line (short, no sentence inside, not a lead-in or a
 * subtitle) and, right above or below it, a name line (a byline the byline reader
 * accepts once a decorating glyph is set aside: a post and a name, a body, a member);
 * after the pair comes the article's text (a sentence, or a speaker's turn `某某：…`).
 * One pair alone proves nothing (a single article's headline over its byline); two
 * pairs of the same shape are a page of articles.
 */
import { parseByline, PARTY } from "./authors";
import { fold } from "./fold";
import { isTitleLine } from "./paragraphs";
import type { Block } from "./tree-drafts";

/**
 * A decorating glyph (not a letter, digit, CJK or bracket). Eighteenth wave: an account's pictograph
 * decorates a name line as a box glyph does (`🎙 省政协委员 某某`, `🎤 …`, `👤 …`): an emoji says no
 * word, so with its variation selector and joiner it is decoration too.
 */
const GLYPH = String.raw`[\s◎◇◆□■●○★☆▲△▼▽▶►◀※·•▪▫◦\p{Extended_Pictographic}\u{FE0F}\u{200D}]`;
/** Decorating glyphs before or after a line's words. */
const GLYPHS = new RegExp(`^${GLYPH}+|${GLYPH}+$`, "gu");
const LEADING_GLYPHS = new RegExp(`^${GLYPH}*`, "u");

/** A line's decoration: the glyphs it starts with (`◎`, `◇`, `🎙`, ``), so two pairs compare alike. */
function decoration(b: Block): string {
  return LEADING_GLYPHS.exec(b.folded)![0].replace(/\s/g, "");
}

export function withoutGlyphs(folded: string): string {
  return folded.replace(GLYPHS, "");
}

function plain(b: Block | undefined): b is Block {
  return !!b && b.kind === "para" && (b.line === null || b.line.family === "bullet");
}

/** A headline: title-shaped once glyphs are set aside; no subtitle dash, question, colon or field label. */
export function headlineLine(b: Block | undefined): boolean {
  if (!plain(b)) return false;
  const s = withoutGlyphs(b.folded);
  if (s.length < 4 || s.length > 40 || !isTitleLine(s)) return false;
  return !/^(?:——|—|--)/.test(s) && !/[?:]/.test(s) && !/^[(（【[]/.test(s) && !/[)）】\]]$/.test(s);
}

/** A name line: a byline once glyphs are set aside (no sentence, no comma, short). */
export function nameLine(b: Block | undefined): boolean {
  if (!plain(b)) return false;
  const f = withoutGlyphs(b.folded);
  if (f.length < 2 || f.length > 40 || /[。,;:!?“”"「」—]/.test(f)) return false;
  const o = b.text.replace(GLYPHS, "");
  return !!parseByline(o, fold(o));
}

/** The article's text: a sentence, or a speaker's turn (`记者：…`, `某某：…`). */
function prose(b: Block | undefined): boolean {
  return !!b && b.kind !== "heading" && (/[。!?;]/.test(b.folded) || /^[\u4e00-\u9fff]{1,8}:/.test(b.folded));
}

interface Pair {
  start: number;
  shape: string;
}

/**
 * Indexes where the page's parallel articles start (the first line of each pair), when
 * two or more pairs share one shape; otherwise none.
 */
export function parallelStarts(blocks: Block[]): number[] {
  const pairs: Pair[] = [];
  for (let i = 0; i + 2 < blocks.length; i++) {
    const [a, b, c] = [blocks[i], blocks[i + 1], blocks[i + 2]];
    if (!prose(c)) continue;
    // A byline reads title-shaped too: the headline is the line that is no name line.
    if (headlineLine(a) && !nameLine(a) && nameLine(b)) pairs.push({ start: i, shape: `T${decoration(a)}|N${decoration(b)}` });
    else if (nameLine(a) && headlineLine(b) && !nameLine(b)) pairs.push({ start: i, shape: `N${decoration(a)}|T${decoration(b)}` });
    else continue;
    i += 1;
  }
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(p.shape, (counts.get(p.shape) ?? 0) + 1);
  let best = "";
  for (const [shape, n] of counts) if (n > (counts.get(best) ?? 0)) best = shape;
  const starts = pairs.filter((p) => p.shape === best).map((p) => p.start);
  return starts.length >= 2 ? starts : [];
}

/**
 * 2026-12-04 (fifteenth wave): a bulletin's items. A work bulletin (工作简报, 政协信息) or an account's
 * weekly round-up reports what its bodies did, one item each, and heads each item with its actor as
 * subject (`市政协农业农村委员会就……开展协商`, `民进某区委会就……开展调研`) over the item's prose, with no
 * name line: the actor stands in the headline. A crosshead inside one article names a theme, not the
 * CPPCC or a party as subject, so two or more such headlines over prose are a page of items.
 */
const ACTOR = new RegExp(`^(?:[\u4e00-\u9fff]{0,4}[省市县区州旗])?政协|^(?:${PARTY.source})`);

/**
 * A headline says what the body did (`区政协召开……协商会`): longer than a body's name or a byline
 * (`民进某区委会`, `市政协委员 某某`), and with no space between a post and a name.
 */
export function actorHeadline(folded: string): boolean {
  const words = withoutGlyphs(folded);
  const actor = (ACTOR.test(words) && !PERSON_OF_ACTOR.test(words)) || MEMBER_ACTOR.test(words);
  return words.length >= 12 && words.length <= 40 && !/\s/.test(words) && isTitleLine(words) && actor;
}

/**
 * 2026-12-05 (twentieth wave): a bulletin also heads an item with its members as subject and a verb of proposing
 * (`委员建议加快……`, `委员们呼吁……`, `政协委员建言……`): the members' voice is the actor, as the body's is. A caption
 * shows members doing something in a scene (`委员们在……查看`), never proposing, so the verb keeps it out.
 */
const MEMBER_ACTOR = /^(?:政协)?委员们?(?:建议|呼吁|建言|提议|献策)/;

/**
 * A photo caption names the body's people, not the body, as subject (`市政协主席某某一行到某镇调研`,
 * `民进市委会主委某某在座谈会上发言`): a post right after the body's name is a caption's shape, and a page
 * may carry two such captions — they must not be read as two items' headlines.
 */
const PERSON_OF_ACTOR = new RegExp(
  `^(?:[\u4e00-\u9fff]{0,4}[省市县区州旗])?政协(?:[\u4e00-\u9fff]{2,10}?委员会)?(?:副?主席|副?主任|常委(?!会)|委员(?!会)|秘书长|领导|一行)` +
    `|^(?:${PARTY.source})(?:[\u4e00-\u9fff]{0,6}?委员?会)?(?:副?主委|副?主席|副?会长|常委(?!会)|委员(?!会))`,
);

export function actorHeadlineStarts(blocks: Block[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (headlineLine(blocks[i]) && actorHeadline(blocks[i].folded) && !headlineLine(blocks[i + 1]) && prose(blocks[i + 1])) starts.push(i);
  }
  return starts.length >= 2 ? starts : [];
}

/** The byline of a name line whose decorating glyph the byline reader does not know (`◎ 某某`). */
export function glyphlessByline(b: Block): ReturnType<typeof parseByline> {
  const o = b.text.replace(GLYPHS, "");
  return o === b.text.trim() ? null : parseByline(o, fold(o));
}
