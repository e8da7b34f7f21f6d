/**
 * Speakers' turns in an interview or a transcript (moved out of pipeline.ts, 2026-12-05): which
 * labels at a paragraph's start are speakers' (`记者：`, `宋某某：`, `市政协委员 某某：`), and where a
 * turn's answer starts counting measures, so the label is cut from the first measure.
 */
import type { RawBlock } from "./blocks";
import { fold } from "./fold";
import { countingLength, countsBeforeFirst } from "./lead-in-split";
import { answerOpensList, HOST_POST, listedGuests } from "./interview-turns";
import { INTERVIEWER_LABEL, REPORTER_LABEL, TURN_TIME_MARK } from "./line-shapes";

/**
 * A speaker label at the start of a line: `记者：`, `中新社记者：`, `宋某某：`, `问：`, `Q:`. A
 * transcript's time mark may stand before the label (`[01:05] 周某某：`, `00:21 主持人：`,
 * `【00:07:20】市政协委员 某某：`, line-shapes.ts).
 *
 * Fourteenth wave (2026-12-04): a televised hearing or a forum's record prints each speaker as
 * post, a space, then name (`市城管局局长 某某某：`, `市政协委员 某某：`) — the name two to four
 * characters after the space, the post before it up to fourteen.
 */
const POST_NAME = String.raw`[\u4e00-\u9fff]{2,14} +[\u4e00-\u9fff]{2,4}`; // read folded: U+3000 is a space
const SPEAKER = new RegExp(String.raw`^(?:${TURN_TIME_MARK})?(${REPORTER_LABEL}|[\u4e00-\u9fff]{1,4}|${POST_NAME}|[A-Za-z]{1,2})(?:${HOST_POST})?\s*[:：]\s*`);
const POST_AND_NAME = new RegExp(`^${POST_NAME}$`);
const INTERVIEW_LABELS = new Set(["记者", "本报记者", "主持人", "问", "答", "Q", "A"]);
const TIME_MARK_FIRST = new RegExp(`^${TURN_TIME_MARK}`);

/**
 * The label at the start of a paragraph, read within `width` characters of it — after a
 * transcript's time mark, which may be long (`【00:07:20】`) and no part of the label's width.
 */
function turnHead(text: string, width: number): RegExpExecArray | null {
  const folded = fold(text.slice(0, width + 14));
  const mark = TIME_MARK_FIRST.exec(folded)?.[0].length ?? 0;
  return SPEAKER.exec(folded.slice(0, mark + width));
}

/** An interview's speaker labels: the usual ones, and any label that opens two lines or more. */
export function speakerLabels(blocks: RawBlock[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== "para") continue;
    const m = turnHead(b.text, 24);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const labels = new Set([...counts].filter(([label, n]) => n >= 2 || INTERVIEW_LABELS.has(label) || label.endsWith("记者")).map(([label]) => label));
  // A post-and-name label (`市住建局副局长 某某：`) who speaks once is a speaker in a dialogue: in
  // a hearing several officials answer, one of them a single time; the shape names a person.
  if (labels.size) for (const label of counts.keys()) if (POST_AND_NAME.test(label)) labels.add(label);
  // Seventh wave: a guest named in the talk's head who speaks once (interview-turns.ts).
  for (const guest of listedGuests(blocks, counts)) labels.add(guest);
  return labels;
}

/**
 * `宋某某：首先，优化养老服务设施布局。……`: the speaker's label stays text, and the answer
 * starts an item — so the block is cut in two.
 *
 * A marker opening a turn: the first (`首先`, `一是`) and, 2026-12-03, any later one — a
 * transcript gives each measure its own turn (`【某某】其次，……`, `某某：三是……`). A question
 * (`记者：最后，您还有什么寄语？`) is asked, not counted: it stays whole. Eighteenth wave: nor does the host's
 * opening (`主持人：入夏以来，……时有发生。今天我们请到……`) open a list of measures by its short first sentence —
 * the asker's turn carries none (`INTERVIEWER_LABEL`, line-shapes.ts).
 */
const TURN_OPENS_ITEM = /^(?:首先|其次|再次|此外|最后|第[一二三四五六七八九十]|其[一二三四五六七八九十]|[一二三四五六七八九十]是|[一二三四五六七八九十]、|\d[.、])/;

/**
 * Seventeenth wave (2026-12-05): the words of a paragraph after its speaker's label. A live
 * replay or a call-in show gives each measure its own turn (`某某：我带来三条建议。第一，……` then
 * `某某：第二，……`), so the second marker that shows a turn starts counting stands after the
 * next turn's label, not at its start.
 */
function afterLabel(b: RawBlock | undefined, speakers: ReadonlySet<string>): string {
  if (!b || b.kind !== "para") return "";
  const m = turnHead(b.text, 22);
  return m && speakers.has(m[1]) ? b.text.slice(m[0].length) : b.text;
}

export function splitSpeakerMarkers(blocks: RawBlock[], speakers: ReadonlySet<string>): RawBlock[] {
  if (!speakers.size) return blocks;
  const out: RawBlock[] = [];
  blocks.forEach((b, i) => {
    const m = b.kind === "para" ? turnHead(b.text, 22) : null;
    const rest = m ? b.text.slice(m[0].length) : "";
    const next = afterLabel(blocks[i + 1], speakers);
    const counts = () => countsBeforeFirst(fold(rest.slice(0, 24)), fold(next.slice(0, 6)));
    if (m && speakers.has(m[1]) && (TURN_OPENS_ITEM.test(fold(rest.slice(0, 4))) || counts() || (!INTERVIEWER_LABEL.test(m[1]) && answerOpensList(rest, blocks[i + 1]))) && !/[?？]\s*$/.test(b.text)) {
      out.push({ ...b, text: b.text.slice(0, m[0].length).trim() });
      // The second measure in the next turn, after its label: the counting sentence is cut from the
      // first measure here, since the lead-in reader (lead-in-split.ts) sees only the label after it.
      const count = next !== blocks[i + 1]?.text ? countingLength(fold(rest.slice(0, 24))) : 0;
      if (count) out.push({ ...b, text: rest.slice(0, count).trim() }, { ...b, text: rest.slice(count).trim() });
      else out.push({ ...b, text: rest.trim() });
    } else out.push(b);
  });
  return out;
}
