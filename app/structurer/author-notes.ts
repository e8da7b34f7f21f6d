/**
 * Author notes after a piece (`（作者系市政协委员、某医院副院长）`): who wrote it, told in a sentence. Twenty-first wave
 * (2026-12-05; docs/structure-format.md, "Pieces of a page"): a note that ends with the author's name signs the
 * piece as a name line in parentheses does (speaker-tags.ts signatureInParentheses).
 */
import { parseByline, type Authorship } from "./authors";
import { fold } from "./fold";

/** A credit of the paper's own staff, never a speaker's name. */
export const STAFF_CREDIT = /记者|通讯员|实习生|整理|编辑|责编|摄|供稿|提供|来源|执笔|据/;

/** The note's subject and verb: `作者系`, `作者为`, `笔者是` (Traditional `為` too). */
const AUTHOR_NOTE = /^(?:作者|笔者)\s*(?:系|为|為|是)\s*/;

/**
 * The byline of an author note that ends with the author's name (`作者系市政协委员、某医院副院长 某某某`,
 * `作者为县政协常委 某某`): after the verb, a post and a name after a space, as a name line writes them; else null.
 * A staff credit (`作者系本报记者 某某`) stays a credit; a note with no name after a space (`作者系某中学校长`) says
 * only who the author is, and a page of such pieces is split by its other lines.
 */
export function namedAuthorNote(inner: string): Authorship | null {
  const verb = AUTHOR_NOTE.exec(fold(inner));
  if (!verb) return null;
  const rest = inner.slice(verb[0].length).trim();
  const rf = fold(rest);
  if (STAFF_CREDIT.test(rf) || /[。;:!?]/.test(rf) || !/[\s\u3000][\u4e00-\u9fff·]{1,3}[\u4e00-\u9fff某×]$/.test(rest)) return null;
  return parseByline(rest, rf);
}

/** A line wholly in parentheses holding an author note (`（作者系……）`): the note is the piece's text. */
export function authorNoteLine(text: string): boolean {
  const m = /^[（(]([^（）()]{2,40})[）)]$/.exec(text.trim());
  return !!m && AUTHOR_NOTE.test(fold(m[1].trim()));
}
