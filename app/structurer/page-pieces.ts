/**
 * Pieces a page prints after a finished article (issue 12, sixteenth wave; docs/structure-format.md,
 * "Documents on a page: a brief, a letter or a reply after an article"). A newspaper page fills the
 * space under its main report with short pieces, and a public inquiry board prints the bureau's reply
 * under the resident's message. None of them carries the dated account line a pasted article has, so
 * the cut of pasted-articles.ts never saw them, and one article's name line proves no page of articles
 * (document-segments.ts needs two starts). Each piece says what it is by the shape of its head:
 *
 * - **a brief in the paper's own voice**: a headline right over a paragraph that opens with the
 *   paper's lead (`本报讯`, `本报讯（记者 某某）`, `本报某县5月6日讯`). Only the paper's own lead:
 *   a wire's dateline (`新华社…电`) also heads the items of a roundup, whose lede is no article;
 * - **a column's label glued to the headline** by a colon (`委员来信：…`, `读者来信：…`, `短评：…`):
 *   a closed class of column names (the genres of GENRE_NAME (authors.ts columnHeadline), letters from members, readers and
 *   residents, news flashes). A label names the kind of piece, never a section of the report above;
 * - **a who-and-when row under the headline** (`留言人：某某 留言时间：2026-04-11`, `答复单位：… 答复
 *   时间：…`, `办理单位：… 办理日期：2026年8月9日`): a board prints one under the message and one under
 *   each reply. A second such head after prose opens the reply; one head alone proves nothing.
 *
 * Every piece shares the page: it takes the page's date and source when its own part names none.
 */
import { parseByline } from "./authors";
import { fold } from "./fold";
import { MEMBER_WORD } from "./line-shapes";
import { GENRE_NAME } from "./genre-kickers";
import { signatureInParentheses } from "./speaker-tags";

/**
 * Seventeenth wave (2026-12-05): a department's answer printed under the members' pieces it answers
 * (`【部门回应】`, `〖部门回复〗`, `■ 官方答复`): a body's word (部门, 职能部门, 官方) and a word for answering
 * (回应, 回复, 答复). Like a genre's name it says what kind of piece follows, never a section of a report.
 */
const REPLY_NAME = "(?:部门|职能部门|官方)(?:回应|回复|答复)";

/**
 * A kicker on a line of its own over a piece a page prints after its main article: a genre's name
 * (`短评`, `【编后】`, `记者手记`: GENRE_NAME) or a department's answer (REPLY_NAME), in brackets of any
 * kind (`【】`, `〖〗`, `〔〕`, `[]`, `（）`) or none, maybe after a box or triangle glyph (`■ 短评`), as before
 * a column's label (glyphKicker in authors.ts). Never a section of a report.
 */
const PIECE_KICKER = new RegExp(`^(?:[□■◇◆●○▲△]\\s*)?[【[〔〖(（]?\\s*(?:${GENRE_NAME}|${REPLY_NAME})\\s*[】\\]〕〗)）]?$`);

export function pieceKicker(f: string): boolean {
  return PIECE_KICKER.test(f);
}

/**
 * Eighteenth wave: a department's answer may carry its kicker on the headline's line, glued by a colon
 * (`部门回应：加快推进数字乡村试点`, `部门答复：年内新开优化线路20条`), as a column's label is (authors.ts
 * columnHeadline). The words after it are the answer's headline; the line is no speaker's (`民盟某市委：…`).
 */
const REPLY_HEADLINE = new RegExp(`^\\s*${REPLY_NAME}\\s*:\\s*\\S`);

export function replyHeadline(f: string): boolean {
  return REPLY_HEADLINE.test(f) && f.length <= 40 && !/[。!?;]$/.test(f.trim());
}

/**
 * The headline of an answer names who answers before a colon, then what it will do (`区城市管理局：年底前建成5个
 * 规范化夜市摊区`): a name of two to fourteen characters without marks, then a headline (`headline`). Read
 * only under a piece's kicker, where the line cannot be a speaker's line over a speech.
 */
export function answerHeadline(f: string, headline: (rest: string) => boolean): boolean {
  const m = /^([^\s。,;:!?、“”]{2,14}):\s*(\S.*)$/.exec(f);
  return !!m && headline(m[2]);
}


/**
 * Nineteenth wave (2026-12-05): the writer's name line under a signed piece's headline (`县政协委员 某某`,
 * `民盟某市委员会`): a member's post and name or a body, thirty characters at most, no mark or quote. Under a
 * genre's kicker glued to a headline (`委员手记：…`, `调研手记：…`) after a finished article it says the
 * piece is the member's own, whether or not the article above is signed.
 */
export function memberNameLine(text: string): boolean {
  const t = text.trim();
  const f = fold(t);
  return f.length >= 2 && f.length <= 30 && !/[。,;:!?“”"「」—]/.test(f) && MEMBER_WORD.test(f) && !!parseByline(t, f);
}

/** The paper's own lead: `本报讯`, `本刊讯`, `本报某县5月6日讯`, then a sentence. */
const OWN_LEAD = /^(?:本报|本刊|本台|本网)(?:[\u4e00-\u9fff·]{1,8}\d{1,2}月\d{1,2}日)?讯/;

/** A paragraph opening with the paper's own news lead and saying a sentence. */
export function ownBriefLead(f: string): boolean {
  return OWN_LEAD.test(f) && /[。!?]/.test(f);
}

/**
 * A who-and-when row: a label of two to six Han characters, a colon and who (no space inside), then
 * a label ending in 时间/日期, a colon and a date with its year.
 */
const WHO_WHEN = /^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S{1,30}\s+[\u4e00-\u9fff]{0,4}(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]/;

export function whoWhenRow(f: string): boolean {
  return f.length <= 60 && WHO_WHEN.test(f.trim()) && !/[。!?;]/.test(f);
}

/** A salutation on its own line (`城南居民：`, `网友您好：`): a reply opens with one before its prose. */
export function salutation(f: string): boolean {
  return /^[^。,，;；!?！？\s]{2,16}[:：]$/.test(f.trim());
}

/** A board's short section label over a reply's head (`部门回复`, `回复内容`): a few Han characters, nothing else. */
export function sectionLabel(f: string): boolean {
  return /^[\u4e00-\u9fff]{2,6}$/.test(f.trim());
}

/** A word for who writes and a name, in brackets (`（读者 某某）`, `（城南居民 某某）`): a letter's writer. */
const WRITER_IN_BRACKETS = /^[（(]\s*([\u4e00-\u9fff]{2,8}[\s\u3000]+[\u4e00-\u9fff某×]{2,4})\s*[）)]$/;

/**
 * A piece signed in brackets at its end (`（市政协委员 某某）`, `（读者 某某）`), right after its last
 * sentence — past at most four lines of the page's tail (`【打印本页】`, an editor's credit) under it.
 * Returns the signature's line in `lines` and the byline, else null. One signature closes the piece
 * it ends; the page's other pieces are already cut.
 */
export function pieceSignature(lines: readonly string[]): { at: number; byline: string } | null {
  const live = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  for (let k = live.length - 1; k >= 1 && k >= live.length - 5; k--) {
    const line = lines[live[k]].trim();
    if (!/[。！？!?”」]$/.test(lines[live[k - 1]].trim())) continue;
    const who = signatureInParentheses(line);
    if (who) return { at: live[k], byline: who.byline };
    const writer = WRITER_IN_BRACKETS.exec(line);
    if (writer) return { at: live[k], byline: writer[1] };
  }
  return null;
}

/**
 * A page guide's entries (`· headline`, `① headline`, `2. headline`: a bullet or a number, then a headline of
 * 4–40 characters) by their wording, each at its first line. A piece the guide lists is no cut: the chrome
 * stage reads the guide against every headline it lists, so the page stays one part.
 */
export function guideEntries(folded: readonly string[]): Map<string, number> {
  const guided = new Map<string, number>();
  folded.forEach((f, i) => {
    const entry = /^[·•●◆▪◇■□①-⑳\d.、\s-]+(\S.{3,39})$/.exec(f);
    if (entry && !guided.has(entry[1])) guided.set(entry[1], i);
  });
  return guided;
}

/** A jump-out line at the foot of an article's first page (`（下转第3版）`, `(转第四版)`): the article stops on this page. */
const JUMP_OUT = /^[(（]\s*(?:下转|转至|转|下接)\s*(?:第\s*)?[一二三四五六七八九十\dA-Z]{1,3}\s*版\s*[)）]$/;

export function jumpOut(f: string): boolean {
  return JUMP_OUT.test(f.trim());
}

/** A jump-back line: `（上接第1版）`, `(接第一版)`, `（上接A3版）`, maybe with the article's headline after it on the line. */
const JUMP_BACK = /^[(（]\s*(?:上接|接|续)\s*(?:第\s*)?[一二三四五六七八九十\dA-Z]{1,3}\s*版\s*[)）]\s*(.*)$/;

/**
 * Twenty-first wave (2026-12-05): an article an e-paper jumps to a later page comes back under a jump-back line
 * that repeats its headline (`（上接第1版）盯紧野塘野河…`, or `（上接第1版）` over the headline on the next line) —
 * after the other pieces the page printed between (a brief, a commentary). The text under that line is the earlier
 * article's, never the piece above it: its departments and items belong to the document its headline names.
 * Returns, for each part (by index of `starts`) that holds such a line, the line and the earlier part it goes back to.
 * The headline must stand word for word as a line of the earlier part: a jump line alone proves nothing.
 */
export function jumpsBack(lines: readonly string[], starts: readonly number[]): Map<number, { at: number; to: number; head: number }> {
  const found = new Map<number, { at: number; to: number; head: number }>();
  const folded = lines.map((l) => fold(l.trim()));
  const partOf = (i: number) => starts.filter((s) => s <= i).length - 1;
  for (let i = 0; i < lines.length; i++) {
    const m = JUMP_BACK.exec(folded[i]);
    if (!m) continue;
    let head = m[1].trim();
    let own = -1; // the headline's own line under the jump line, a repeat of the title
    if (!head) {
      own = i + 1;
      while (own < lines.length && !folded[own]) own++;
      head = folded[own] ?? "";
    }
    const part = partOf(i);
    if (head.length < 4 || part <= 0 || found.has(part)) continue;
    const at = folded.findIndex((f, k) => k < starts[part] && f === head);
    if (at >= 0 && partOf(at) < part) found.set(part, { at: i, to: partOf(at), head: own });
  }
  return found;
}
