/**
 * A speaker's name set alone on its line over each turn (eighteenth wave, 2026-12-05): a magazine's or a
 * newspaper's Q&A (`记者` / `某某` over the answers), a radio talk's transcript (`主持人` / `柴某某`), a meeting
 * recording's notes under time marks. The name line says who speaks, as `某某：` does on the turn's own line:
 * it is no heading and no byline, and the tree reads the turns without it.
 *
 * The shape is known by the interviewer: an interview always has one, and the words for that role are few
 * (`主持人`, `记者`, `本报记者`, `问`). So a text whose interviewer's label stands alone over a paragraph two times
 * or more, and whose other name lines (a name of two to four characters, perhaps with a title such as `委员`)
 * stand alone over paragraphs too, one of them twice, prints its speakers as name lines.
 */
import { isProse } from "./chrome-caption-line";
import { isBlank, nextLiveLine, type LineInfo } from "./chrome-lines";
import { INTERVIEWER_LABEL } from "./line-shapes";

/** A name, perhaps with the title an interview calls a guest by (`房某某委员`, `某某先生`). */
const GUEST = /^[\u4e00-\u9fff·]{2,4}(?:委员|代表|先生|女士|老师|教授|博士|同志)?$/;

/**
 * The name lines go as chrome; each turn under one takes the name as its label (`记者：`), as the transcript
 * would have printed it on the turn's line: the readers of labelled turns (speaker-turns.ts) then tell the
 * questions from the answers and cut an answer's measures from its label.
 */
export function markSpeakerNameLines(infos: LineInfo[], kept: (i: number) => boolean, out: string[]): void {
  const hosts: number[] = [];
  const guests = new Map<string, number[]>();
  infos.forEach((info, i) => {
    // The running-header rule took the name's later lines as repeats (chrome-runs.ts): they are the same labels.
    if (isBlank(info) || (info.reason && info.reason !== "repeated") || kept(i)) return;
    const f = info.folded.trim();
    const host = INTERVIEWER_LABEL.test(f);
    if (!host && !GUEST.test(f)) return;
    // Over a turn: the next line speaks (a sentence), it is no other name line and no short heading.
    const j = nextLiveLine(infos, i);
    const next = j >= 0 ? infos[j].folded.trim() : "";
    if (!next || !(isProse(next) || /[。!?]$/.test(next))) return;
    if (host) hosts.push(i);
    else guests.set(f, [...(guests.get(f) ?? []), i]);
  });
  if (hosts.length < 2 || ![...guests.values()].some((lines) => lines.length >= 2)) return;
  for (const i of [...hosts, ...[...guests.values()].flat()]) {
    infos[i].reason = "chat";
    // A turn opening with its marker (`第一，`, `1．`) is an item already: a label would only stand before it.
    const j = nextLiveLine(infos, i);
    if (!infos[j].marker) out[j] = out[j].replace(/^(\s*)/, `$1${infos[i].text.trim()}：`);
  }
}
