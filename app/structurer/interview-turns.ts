/**
 * Round 10 (issue 12): interview turns written with bracketed labels, as portals print
 * their online interviews — `【主持人】……？`, `【嘉宾】……`, `【网友“某某”】……？`. When the
 * same bracketed label opens two paragraphs or more (a dialogue, not a one-off tag such
 * as `【案由】`), every bracketed label at a paragraph's start is read as a speaker's label
 * (`主持人：……`), so the interview rules (speaker lines are no headings, an answer's
 * `首先`/`其次` open items) apply as to `记者：` turns.
 */
import { SPEAKER_TAG } from "./authors";
import type { RawBlock } from "./blocks";
import { fold } from "./fold";
import { hasLeadPhrase } from "./paragraphs";
import { TURN_TIME_MARK } from "./line-shapes";

const TURN = /^[【[]([^【】[\]。！？!?；;：:，,]{1,12})[】\]]\s*(?=\S)/;

/** A speaker tag over a name line (`【发言人】民盟某县总支部`, speaker-tags.ts) is a byline, no turn. */
function turn(b: RawBlock): RegExpExecArray | null {
  const m = b.kind === "para" ? TURN.exec(b.text) : null;
  if (m && SPEAKER_TAG.test(b.text) && !/[。！？!?；;，,]/.test(b.text.slice(m[0].length))) return null;
  return m;
}

/**
 * 2026-12-05 (twentieth wave): one exchange is a dialogue too — a bracketed asker's question (`【某某日报记者】……？`)
 * answered in the next paragraph by a named turn (`某某：……`), as a programme's segment prints each guest once
 * (a members' corridor, one reporter per member). Such a label counts as if it opened two turns.
 */
function answeredQuestion(b: RawBlock, next: RawBlock | undefined): boolean {
  return /[？?]\s*$/.test(b.text) && !!next && next.kind === "para" && /^\s*[\u4e00-\u9fff]{2,6}[:：]\s*\S/.test(next.text);
}

export function bracketTurns(blocks: RawBlock[]): { blocks: RawBlock[]; labels: string[] } {
  const counts = new Map<string, number>();
  blocks.forEach((b, i) => {
    const m = turn(b);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + (answeredQuestion(b, blocks[i + 1]) ? 2 : 1));
  });
  if (![...counts.values()].some((n) => n >= 2)) return { blocks, labels: [] };
  const out = blocks.map((b) => {
    const m = turn(b);
    return m ? { ...b, text: `${m[1]}：${b.text.slice(m[0].length)}` } : b;
  });
  return { blocks: out, labels: [...counts.keys()] };
}

/**
 * Seventh wave (2026-12-04): a guest who speaks once. A talk with several guests lists them
 * in its head (`嘉宾：省政协委员、某校院长 某某某` / `   省政协委员、某厅副厅长 某某某`), and a
 * guest may take one turn only — often the last measure (`某某某：第三，打通……`). In a text that
 * is a dialogue (some label opens two turns or more), a label that opens one turn and names a
 * person listed on a line of its own (the name at the line's end, after a space or `、`) is a
 * speaker's label like the others.
 */
export function listedGuests(blocks: readonly RawBlock[], counts: ReadonlyMap<string, number>): string[] {
  if (![...counts.values()].some((n) => n >= 2)) return [];
  const once = [...counts].filter(([label, n]) => n === 1 && /^[\u4e00-\u9fff]{2,4}$/.test(label)).map(([label]) => label);
  if (!once.length) return [];
  const listed = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== "para" || b.text.length > 80) continue;
    const name = /[\s\u3000、:：]([\u4e00-\u9fff]{2,4})\s*$/.exec(b.text);
    if (name) listed.add(name[1]);
  }
  return once.filter((label) => listed.has(label));
}

/**
 * Tenth wave (2026-12-04): a glyph before each speaker's label (`▲记者：……？` / `△某某：……`,
 * `■问：` / `□答：`, `●主持人：` / `○嘉宾：`, `🎤小编：` / `💬某委员：`). Papers, magazines, radio
 * transcripts and accounts mark whose turn it is with a symbol, often a filled one for the
 * interviewer and a hollow one for the guest. Such a glyph is the turn's mark, not a bullet:
 * read as a bullet it made every answer an item titled with the speaker's name. The glyph is
 * dropped and the line read as the labelled turn it is, when the text is a dialogue in these
 * marks — an interviewer's label (`记者`, `主持人`, `问`, `答`, `Q`/`A`) behind a glyph, or
 * two different glyphs each opening two turns or more. Lines with a glyph and a label and no
 * sentence (`□ 记者 某某`, a byline) never count; a list of speakers' remarks all under one
 * bullet (`● 某某：建议……`) has no interviewer and no second glyph, and keeps its bullets.
 */
const GLYPH_TURN = /^((?:\p{Extended_Pictographic}|\p{So})\uFE0F?)\s*((?:[\u4e00-\u9fff]{0,4}记者|[\u4e00-\u9fff]{1,4}|[A-Za-z]{1,2}))\s*[：:](?=.*[。？！?!；;，,])/u;
// Nineteenth wave: a card's question counted after its word (`▍问一：`, `■Q2：`) is the interviewer's too (paragraphs.ts, QUESTION_TURN).
const INTERVIEWER = /^(?:[\u4e00-\u9fff]{0,4}记者|主持人|问|答|Q|A|问(?:\d{1,2}|[一二三四五六七八九十]{1,3})|Q\d{1,2})$/;

export function glyphTurns(blocks: RawBlock[]): RawBlock[] {
  const byGlyph = new Map<string, number>();
  let interviewer = false;
  for (const b of blocks) {
    const m = b.kind === "para" ? GLYPH_TURN.exec(b.text) : null;
    if (!m) continue;
    byGlyph.set(m[1], (byGlyph.get(m[1]) ?? 0) + 1);
    if (INTERVIEWER.test(m[2])) interviewer = true;
  }
  const dialogue = interviewer || [...byGlyph.values()].filter((n) => n >= 2).length >= 2;
  if (!dialogue) return blocks;
  return blocks.map((b) => {
    const m = b.kind === "para" ? GLYPH_TURN.exec(b.text) : null;
    return m ? { ...b, text: b.text.slice(m[1].length).trimStart() } : b;
  });
}

/**
 * Tenth wave (2026-12-04): an answer that opens a list with a lead phrase. A guest asked
 * for suggestions often answers with the first measure straight after the label
 * (`某某：强化党员干部带头。县纪委监委要……`) and gives the next measures as paragraphs of
 * the same shape (`完善村规民约。由……`), or as the next guest's turn (`某某：稳住保育队伍。……`).
 * The first measure is then no part of the turn's label: like a turn that opens with `首先`,
 * the label is cut off so the measure opens its item. Both the answer and the paragraph after
 * it must open with a lead phrase (paragraphs.ts: `hasLeadPhrase`), so one answer that opens
 * with a short sentence (`这是个好问题。……`) stays a turn.
 */
export function answerOpensList(rest: string, next: RawBlock | undefined): boolean {
  if (!next || next.kind !== "para") return false;
  return hasLeadPhrase(fold(rest)) && hasLeadPhrase(fold(next.text));
}

/**
 * Sixteenth wave (2026-12-05): a press conference's host or reporter may carry a post in brackets on the
 * label line (`主持人（市政府新闻办副主任 某某）：`): still the interviewer's label, the bracket no part of it.
 * Only after an interviewer's word — a bracket after any short word is a count (`建议（一）：`).
 */
export const HOST_POST = String.raw`(?<=记者|主持人)\s*[(（][^()（）]{2,24}[)）]`;

/**
 * A speaker's label alone on its line, the words on the lines below (`汭州日报记者：`,
 * `主持人（市政府新闻办副主任 某某）：`; folded). `speakers`: the text's turn labels (pipeline.ts).
 */
const LABEL_ALONE = new RegExp(String.raw`^(?:${TURN_TIME_MARK})?(.{1,22}?)(?:${HOST_POST})?\s*:$`);
const TIME_MARK_FIRST = new RegExp(`^${TURN_TIME_MARK}`);

/**
 * The words before a paragraph's first colon (folded) — a transcript's time mark before them skipped, as
 * a live replay or a radio log stamps each turn (`【00:07:20】市政协委员 某某:`, 2026-12-05).
 */
export function labelBeforeColon(folded: string): string {
  return folded.trim().replace(TIME_MARK_FIRST, "").split(":")[0].trim();
}

export function labelAlone(folded: string, speakers: ReadonlySet<string>): string | null {
  const m = LABEL_ALONE.exec(folded.trim());
  return m && speakers.has(m[1].trim()) ? m[1].trim() : null;
}
