/**
 * Articles pasted one after another without a separator (issue 12, fifth wave;
 * docs/structure-format.md, "Documents and speakers (2026-12-03, fifth wave)"). Staff copy a
 * news page, then a WeChat post, a Toutiao article or a portal's page, and paste them into one
 * text. Nothing separates them but what every page prints anyway: the first article *ends*
 * (its tail: `责任编辑`, `来源：`, `- END -`, a related-news list, share buttons) and the second
 * *begins* with its own head — a headline and a dated line naming the account or outlet
 * (`某某发布 2026年10月12日 21:00`, `2026-10-11 08:52 来源：某报`) or an author line
 * (`文／某某`), in either order — and then prose.
 *
 * The pipeline cuts the text at such a head and structures each part as if pasted alone
 * (its own chrome, head, date and source), as it does for a clippings file (pasted-parts.ts).
 * Read from shape and position only:
 * - the **head**: a dated line (a date with its year, no sentence, at most 60 characters)
 *   next to a headline-shaped line (no sentence inside, no field colon at the end), then —
 *   past at most three lines of page chrome (`已关注`) or an author line — a line of prose;
 * - the **ending** before it: between the last prose line above and the head, at least one
 *   line a single-line chrome rule names (credit, related, widget, ad, navigation, legal,
 *   metadata) — a section heading over a dated paragraph has no such line, and its date
 *   stands in a sentence;
 * - **text on both sides**: prose above, and at least two prose lines (or 120 characters of
 *   prose) under the head before the next dated line — a comment section prints a dated
 *   name line over every one-paragraph comment, and a chat log a time over every message.
 * Dated lines are found first by a cheap pattern, so the other tests run only near them.
 *
 * A commentary printed after the report it comments on has no dated line: it stands under a
 * genre's kicker on a line of its own (`短评`, `【编后】`, `【记者手记】`: a closed class of genre
 * names; seventeenth wave: or a department's answer, `【部门回应】`, page-pieces.ts pieceKicker) and a
 * headline. Such a kicker right after prose (or the report's tail), over a headline over prose (one
 * paragraph is enough), cuts too; that part shares the page's date and source (`samePage`).
 */
import { lineVerdict } from "./chrome-rules";
import { columnHeadline, genreKicker } from "./genre-kickers";
import { fold } from "./fold";
import { hanDensity } from "./line-shapes";
import { answerHeadline, guideEntries, jumpOut, memberNameLine, ownBriefLead, pieceKicker, salutation, sectionLabel, whoWhenRow } from "./page-pieces";

const DATED = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
const DATED_CLAUSE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[,;]/;
/** A page's author line under a headline: `文／某某`, `作者：某某`, `记者 某某 通讯员 某某`. */
const AUTHOR_LINE = /^(?:文|文字|作者|撰文|撰稿|本报记者|记者|通讯员|来源)\s*[/／|｜:：\s]\s*\S/;
/** Fifteenth wave (2026-12-04): a commentator's pen name under the headline, set after a glyph (`△ 某某`, `□ 某某`), no sentence. */
const MARKED_PEN_NAME = /^[□■◇◆●○▲△◎]\s*[^\s。,;:!?，。；：！？]{2,12}$/;
/** A numbered item (`（1）兜牢……`, `一、`, `3.`) is a heading of the text, not an article's headline. */
const NUMBERED = /^(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|第[一二三四五六七八九十]+[部章节条])/;
/**
 * A divider a WeChat push prints between its main article and a short item after it: a line of
 * pointing or ornamental glyphs alone (`▼`, `▼▼▼`, `↓ ↓ ↓`, `◆◆◆`), nothing else on it.
 */
const DIVIDER = /^(?:[▼▽▲△↓⬇◆◇■□●○★☆❖✦✧·•…\-—–=~～*＊]\s*){1,12}$/u;
/**
 * A chat export's turn line, a speaker and a time (`某某 09:06`): in a group chat that forwards
 * articles, the turn between them ends the first as a page's tail does (sixth wave).
 */
const CHAT_TURN = /^[\u4e00-\u9fffA-Za-z0-9_·.-]{1,16}\s+(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/;
/**
 * Thirteenth wave: a marker over a piece appended to a record or a report (`附：某某委员书面发言`) —
 * `附` and a colon, then what is attached named in a few words, no sentence. (A labelled annex,
 * `附件1`, `附录`, `附表`, is content of the text above: annex.ts.)
 */
const ATTACHED = /^附\s*:\s*[^。,;:!?]{2,24}$/;
/** An author's name line under an appended piece's headline: short, no sentence, no field colon. */
const NAME_LINE = /^[^。,;:!?]{2,30}$/;
/** Reasons of the single-line rules that end an article's text (its tail furniture). */
const TAIL = new Set(["credit", "related", "widget", "ad", "navigation", "legal", "metadata", "share", "footer", "person"]);

/** A line of prose: long, mostly Han, saying a sentence — or leading in to a list (`……提出建议：`). */
function prose(f: string): boolean {
  return f.length >= 24 && hanDensity(f) >= 0.5 && (/[。!?;]/.test(f) || /:$/.test(f));
}

function datedLine(f: string): boolean {
  // `2026年10月12日，市政协……` opens a sentence with its date: no head.
  return f.length <= 60 && DATED.test(f) && !/[。!?]/.test(f) && !DATED_CLAUSE.test(f);
}

function headline(f: string): boolean {
  if (f.length < 5 || f.length > 40 || NUMBERED.test(f) || DATED.test(f)) return false;
  // A headline may ask or exclaim once at its end (`……怎么办？`), never say a sentence inside.
  if (/[。;:]/.test(f) || /[!?]./.test(f)) return false;
  return hanDensity(f) >= 0.6 && lineVerdict(f) === null;
}

export interface PastedArticles {
  /** Line indexes where a later article's head starts. */
  cuts: number[];
  /**
   * The cuts under a genre's kicker: a commentary printed on the report's own page, which shares
   * the page's date and source (the part before gives them when its own head names none).
   */
  samePage: ReadonlySet<number>;
  /** The cuts under an attachment marker (`附：…`): the marker is removed, the piece has its own date and source. */
  attached: ReadonlySet<number>;
  /** Sixteenth wave: pieces after an article (page-pieces.ts) — their head is text, the page gives date and source. */
  pieces: ReadonlySet<number>;
}

/**
 * Where later articles' heads start, or null when the text is one paste.
 * `kept(i)`: a line kept by staff is text, never a head.
 */
export function pastedArticles(lines: readonly string[], kept: (i: number) => boolean = () => false): PastedArticles | null {
  const folded: string[] = lines.map((l) => fold(l.trim()));
  const cuts: number[] = [];
  const samePage = new Set<number>();
  const attached = new Set<number>();
  const pieces = new Set<number>();
  const nonBlank = (i: number, dir: 1 | -1): number => {
    let k = i + dir;
    while (k >= 0 && k < folded.length && !folded[k]) k += dir;
    return k >= 0 && k < folded.length ? k : -1;
  };
  // The line after `from` that opens the text: past chrome and an author line (at most three).
  const proseAfter = (from: number): number => {
    let k = nonBlank(from, 1);
    for (let n = 0; k >= 0 && n < 3 && !prose(folded[k]); n++) {
      if (!AUTHOR_LINE.test(folded[k]) && !MARKED_PEN_NAME.test(folded[k]) && lineVerdict(folded[k]) === null) return -1;
      k = nonBlank(k, 1);
    }
    return k >= 0 && prose(folded[k]) ? k : -1;
  };
  // A genre's kicker over a headline over prose, right after the text above: a commentary
  // printed after the report it comments on (`短评` / `让每一滴水都“放心”` / prose).
  // Seventeenth wave: under a kicker (not a divider) one paragraph of prose is the piece (`【记者手记】` over three
  // sentences), and an answer's headline may name who answers before a colon (page-pieces.ts, answerHeadline).
  const genreHead = (m: number, short = false): number => {
    const t = nonBlank(m, 1);
    const above = nonBlank(m, -1);
    const head = t >= 0 && (headline(folded[t]) || (!short && answerHeadline(folded[t], headline)));
    if (!head || above < 0 || kept(t)) return -1;
    if (!prose(folded[above]) && !endingAbove(folded, m, cuts[cuts.length - 1] ?? 0)) return -1;
    const body = proseAfter(t);
    // A push's short item may be one paragraph (a brief of two or three sentences). Fifteenth wave:
    // a commentary signed under its headline (`△ 某某`) may be one paragraph of any length — kicker,
    // headline and pen name already make it a piece.
    const signed = body > t && MARKED_PEN_NAME.test(folded[nonBlank(t, 1)]);
    return body >= 0 && (signed || !short || textUnder(folded, body) || folded[body].length >= 60) ? body : -1;
  };
  // Prose characters before each line: a push's item after a divider is shorter than the article
  // above it, while a divider before an article's own sections has most of the article under it.
  const proseBefore: number[] = [0];
  const proseLines: number[] = [0]; // and prose lines, for a piece after an article (sixteenth wave)
  for (const f of folded) {
    const chars = f && prose(f) ? f.length : 0;
    proseBefore.push(proseBefore[proseBefore.length - 1] + chars);
    proseLines.push(proseLines[proseLines.length - 1] + (chars ? 1 : 0));
  }
  const proseTotal = proseBefore[folded.length];
  const firstAt = new Map<string, number>();
  folded.forEach((f, i) => f && !firstAt.has(f) && firstAt.set(f, i));
  // Tenth wave: the first article's dated line, when the text opens with a head (its shape, below).
  const opening = openingHead(folded);
  const guided = guideEntries(folded); // sixteenth wave (page-pieces.ts): a guide's entries, a board's first head below
  const firstRow = folded.findIndex((f, i) => !!f && whoWhenRow(f) && i > 0 && headline(folded[nonBlank(i, -1)] ?? ""));
  // A piece after a finished article (a headline over the paper's own lead, a column's label glued to a headline, a
  // board's second headline over a who-and-when row) under an article: two prose lines, or one under a cut. Else -1.
  const pieceAt = (m: number): number => {
    const from = cuts[cuts.length - 1] ?? 0;
    const f = folded[m];
    const proseAbove = proseLines[m] - proseLines[from];
    const next = f && proseAbove > 0 ? nonBlank(m, 1) : -1;
    if (!f || kept(m) || m <= from || next < 0 || proseAbove < 1) return -1;
    // A page guide listing the piece (`· headline`) keeps the page one part: the page's starts split it (document-segments.ts).
    if ((guided.get(f) ?? m) < m) return -1;
    const article = proseAbove >= 2 || cuts.length > 0;
    if (article && headline(f) && ownBriefLead(folded[next])) return m;
    // A genre's kicker: document-segments.ts splits it, unless a member signs the notes under it (nineteenth wave, page-pieces.ts memberNameLine).
    const signedNotes = genreKicker(f) && memberNameLine(lines[next]) && prose(folded[nonBlank(next, 1)] ?? "");
    const rest = genreKicker(f) && !signedNotes ? null : columnHeadline(f);
    if (article && rest && headline(rest) && (signedNotes || proseAfter(m) >= 0)) return m;
    // A board's two heads prove the message above, however short.
    if (firstRow < 0 || firstRow >= m || !headline(f) || !whoWhenRow(folded[next])) return -1;
    const opening = nonBlank(next, 1);
    const body = opening >= 0 && salutation(folded[opening]) ? nonBlank(opening, 1) : opening;
    if (body < 0 || !prose(folded[body])) return -1;
    // A board's section label right over the reply's headline (`部门回复`) opens the reply with it.
    const above = nonBlank(m, -1);
    return above > from && sectionLabel(folded[above]) && /[。!?]$/.test(folded[nonBlank(above, -1)] ?? "") ? above : m;
  };
  for (let m = 0; m < folded.length; m++) {
    const piece = pieceAt(m);
    if (piece >= 0) {
      cuts.push(piece);
      pieces.add(piece);
      continue;
    }
    // A divider right after the main article's last sentence, over a headline over prose: the
    // push's second item, on the push's own page (its date and source).
    if (folded[m] && DIVIDER.test(folded[m]) && !kept(m) && !/^[-—–=~～*＊·•…\s]+$/.test(folded[m])) {
      const above = nonBlank(m, -1);
      const from = cuts[cuts.length - 1] ?? 0;
      const shorter = proseTotal - proseBefore[m] < proseBefore[m] - proseBefore[from];
      if (above >= 0 && prose(folded[above]) && shorter) {
        const k = genreHead(m, true);
        if (k >= 0 && (!cuts.length || m > cuts[cuts.length - 1])) {
          cuts.push(m);
          samePage.add(m);
        }
      }
      continue;
    }
    // An attachment marker after the record's text, over a headline, an author's name line (or
    // none) and prose: the appended piece is a document of its own.
    if (folded[m] && ATTACHED.test(folded[m]) && !kept(m) && proseBefore[m] > 0) {
      const t = nonBlank(m, 1);
      const name = t >= 0 ? nonBlank(t, 1) : -1;
      const body = name >= 0 && !prose(folded[name]) && NAME_LINE.test(folded[name]) ? nonBlank(name, 1) : name;
      const head = t >= 0 && headline(folded[t]) && !kept(t);
      if (head && body >= 0 && prose(folded[body]) && textUnder(folded, body) && (!cuts.length || m > cuts[cuts.length - 1])) {
        cuts.push(m);
        attached.add(m);
      }
      continue;
    }
    if (folded[m] && pieceKicker(folded[m]) && !kept(m)) {
      const k = genreHead(m);
      if (k >= 0 && (!cuts.length || m > cuts[cuts.length - 1])) {
        cuts.push(m);
        samePage.add(m);
      }
      continue;
    }
    if (!folded[m] || !datedLine(folded[m]) || kept(m)) continue;
    // The head: headline then dated line, or dated line then headline.
    const before = nonBlank(m, -1);
    const after = nonBlank(m, 1);
    let start = -1;
    let body = -1;
    if (after >= 0 && headline(folded[after]) && !kept(after) && (body = proseAfter(after)) >= 0) start = m;
    else if (before >= 0 && headline(folded[before]) && !kept(before) && (body = proseAfter(m)) >= 0) start = before;
    if (start < 0 || (cuts.length && start <= cuts[cuts.length - 1])) continue;
    // Tenth wave: a "headline" printed verbatim higher up is the page's masthead again (an e-paper's
    // jump page: `（下转第3版）` / `某某日报` / its date / `（上接第1版）`), not a later article's head.
    const top = start === m ? after : before;
    if (firstAt.get(folded[top])! < top) continue;
    // Tenth wave: or the head repeats the opening head's shape (`来源：某报 date` twice): pasted
    // articles of one kind, one after the other, with no tail between them.
    const from = cuts[cuts.length - 1] ?? 0;
    const repeats = !!opening && m > opening.at && datedShape(folded[m]) === opening.shape && proseBefore[start] > proseBefore[from];
    if (!(endingAbove(folded, start, from) || repeats) || !textUnder(folded, body, repeats)) continue;
    cuts.push(start);
  }
  return cuts.length ? { cuts, samePage, attached, pieces } : null;
}

/** Prose above `start` (after `from`), then at least one tail line (twenty-first wave: or a jump-out line) between it and `start`. */
function endingAbove(folded: readonly string[], start: number, from: number): boolean {
  let tail = false;
  for (let k = start - 1; k >= from; k--) {
    const f = folded[k];
    if (!f) continue;
    if (prose(f)) return tail;
    const v = lineVerdict(f);
    if ((v && TAIL.has(v)) || CHAT_TURN.test(f) || jumpOut(f)) tail = true;
  }
  return false;
}

/** Two prose lines, or 120 characters of prose, from `body` on before the next dated line; twenty-first wave: under a head repeating the opening head's shape, one paragraph of a sentence is a short story's (a comment never repeats that head). */
function textUnder(folded: readonly string[], body: number, repeated = false): boolean {
  if (repeated && folded[body].length >= 40 && /[。!?]$/.test(folded[body])) return true;
  let lines = 0;
  let chars = 0;
  for (let k = body; k < folded.length; k++) {
    const f = folded[k];
    if (!f) continue;
    if (k > body && datedLine(f)) break;
    if (!prose(f)) continue;
    lines++;
    chars += f.length;
    if (lines >= 2 || chars >= 120) return true;
  }
  return false;
}

/**
 * A dated line's shape: its runs of Han characters and of digits, and the marks between them
 * (`来源：某报 2026-05-12` → `H:H 0-0-0`); null when no name stands in it (a bare date).
 */
function datedShape(f: string): string | null {
  const shape = f.replace(/[\u4e00-\u9fff]+/g, "H").replace(/\d+/g, "0").replace(/\s+/g, " ");
  return shape.includes("H") ? shape : null;
}

/**
 * The text's opening head — a dated line beside a headline among its first four lines, above its
 * first prose — as { at, shape }, else null.
 */
function openingHead(folded: readonly string[]): { at: number; shape: string } | null {
  const live = folded.map((f, i) => (f ? i : -1)).filter((i) => i >= 0).slice(0, 4);
  for (let k = 0; k < live.length; k++) {
    const f = folded[live[k]];
    if (prose(f)) return null;
    if (!datedLine(f)) continue;
    const near = [live[k - 1], live[k + 1]].some((j) => j !== undefined && headline(folded[j]));
    const shape = near ? datedShape(f) : null;
    return shape ? { at: live[k], shape } : null;
  }
  return null;
}
