/**
 * A progress timeline (third wave, 2026-12-03): a mini-program's or a site's record of what
 * happened to a proposal or a topic after the text — `办理进展` then `2026-05-18 首批12个楼栋完成
 * 应急维修`, `6月30日 议题办结` — is the page's record, not the author's text.
 */
import { DATE, TIME } from "./line-shapes";
import { isBlank, nextLiveLine, type LineInfo } from "./chrome-lines";

/** A row of a progress timeline: a date (with or without the year), then a short phrase. */
const DATED_ROW = new RegExp(String.raw`^(?:${DATE}|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*${TIME})?\s+[^\s。;!?][^。;!?]{0,39}。?$`);
/** The timeline's label: a short line without punctuation (`办理进展`, `进度跟踪`). */
const TIMELINE_LABEL = /^[\u4e00-\u9fffA-Za-z]{2,8}$/;

/**
 * A progress timeline outside the body (before its first or after its last paragraph of
 * prose): a run of two or more dated rows — lines the stage already removed may stand
 * between them — with the short label right above the run. Inside the body a dated list is
 * the text's own chronology and stays.
 */
export function markTimeline(infos: LineInfo[], kept: (i: number) => boolean, first: number, last: number): void {
  if (first < 0) return;
  const outside = (i: number) => i < first || i > last;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) {
      run.forEach((k) => (infos[k].reason = "progress"));
      let above = run[0] - 1;
      while (above >= 0 && isBlank(infos[above])) above--;
      const label = above >= 0 ? infos[above] : null;
      if (label && outside(above) && !label.reason && !kept(above) && TIMELINE_LABEL.test(label.folded)) label.reason = "progress";
    }
    run = [];
  };
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    if (outside(i) && !info.reason && !kept(i) && DATED_ROW.test(info.folded)) run.push(i);
    else if (!info.reason || !run.length) close();
  });
  close();
}

/**
 * 2026-12-05 (seventeenth wave): a recording's time axis — a podcast's or a replay's chapters (`00:00 开场`,
 * `03:15 新小区买菜难在哪`, `[12:40] 委员的三条建议`) under a short label (`🎧 时间轴`, `【章节】`). Each row is a time
 * code then a short label, no sentence and no speaker's colon, the times rising row after row: the player's index
 * of the recording, not what was said (a transcript's stamped turn has a label's colon and a sentence). Three
 * rows at least, so two stamped remarks never make one; chapters repeated in the text are contents already.
 */
const AXIS_ROW = new RegExp(String.raw`^(?:[[【(]\s*)?(${TIME})(?:\s*[\]】)])?\s*[-–—|｜·]?\s*([^\s:。;!?][^:。;!?]{1,29})$`);
/** The axis's label: a few words, maybe after a glyph or in brackets, maybe with a colon. */
const AXIS_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?[【[(]?\s*[\u4e00-\u9fffA-Za-z]{2,8}\s*[】\])]?\s*:?$/u;

function seconds(time: string): number {
  return time.split(":").reduce((sum, part) => sum * 60 + Number(part), 0);
}

export function markTimeAxis(infos: LineInfo[], kept: (i: number) => boolean): void {
  let run: number[] = [];
  let last = -1;
  const close = () => {
    if (run.length >= 3) {
      run.forEach((k) => (infos[k].reason = "contents"));
      let above = run[0] - 1;
      while (above >= 0 && isBlank(infos[above])) above--;
      if (above >= 0 && !kept(above) && (!infos[above].reason || infos[above].reason === "widget") && AXIS_LABEL.test(infos[above].folded.trim())) infos[above].reason = "contents";
    }
    run = [];
    last = -1;
  };
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    const m = !kept(i) && (!info.reason || info.reason === "widget") ? AXIS_ROW.exec(info.folded.trim()) : null;
    if (m && seconds(m[1]) > last) {
      run.push(i);
      last = seconds(m[1]);
      return;
    }
    close();
    if (m) {
      run.push(i);
      last = seconds(m[1]);
    }
  });
  close();
}

/**
 * 2026-12-05 (eighteenth wave): a subtitle file pasted as text (`.srt`, WebVTT). Its cue timing line
 * (`00:00:05,000 --> 00:00:11,200`, `00:06.100 --> 00:15.400 align:start`) is the player's, not what was said:
 * two times with milliseconds joined by the file format's arrow, which no prose writes. The line right above a
 * timing is the cue's number or identifier (`7`, `c7`); the `WEBVTT` header and the file's own name
 * (`…第47期.srt`, `…_zh.vtt` — a subtitle format's extension) are the file's, wherever they stand.
 */
const CUE_TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}`;
const CUE_TIMING = new RegExp(String.raw`^${CUE_TIME}\s*-->\s*${CUE_TIME}(?:\s+[\w:%.\s-]*)?$`);
const CUE_ID = /^[\w-]{1,20}$/;
const SUBTITLE_HEADER = /^WEBVTT(?:\s.*)?$/;
const SUBTITLE_FILE = /^[^\s。;!?:][^。;!?]{0,60}\.(?:srt|vtt|ass|ssa|sbv|lrc)$/i;

export function markSubtitleCues(infos: LineInfo[], kept: (i: number) => boolean, out: string[]): void {
  infos.forEach((info, i) => {
    if (kept(i) || isBlank(info)) return;
    const f = info.folded.trim();
    if (SUBTITLE_HEADER.test(f) || SUBTITLE_FILE.test(f)) info.reason ??= "metadata";
    if (!CUE_TIMING.test(f)) return;
    info.reason = "contents";
    let above = i - 1;
    while (above >= 0 && isBlank(infos[above])) above--;
    if (above >= 0 && !kept(above) && CUE_ID.test(infos[above].folded.trim())) infos[above].reason = "contents";
    joinCueLines(infos, out, i + 1);
  });
}

/**
 * A cue's words wrapped on two lines or more (`……结合起来，` / `市教育局可以……`) are one utterance the player
 * broke to fit the screen: joined into the cue's first line, so no reader takes the break for a paragraph's end.
 */
function joinCueLines(infos: LineInfo[], out: string[], first: number): void {
  const timing = (k: number) => k < infos.length && CUE_TIMING.test(infos[k].folded.trim());
  // A file pasted without its blank lines: the next cue's number, right above its timing, ends the cue.
  for (let j = first + 1; j < infos.length && !isBlank(infos[first]) && !isBlank(infos[j]) && !timing(j) && !timing(j + 1); j++) {
    const glue = /[\u3000-\u9fff\uff00-\uffef]$/.test(out[first].trimEnd()) || /^\s*[\u3000-\u9fff\uff00-\uffef]/.test(out[j]) ? "" : " ";
    out[first] = out[first].trimEnd() + glue + out[j].trim();
    infos[first] = { ...infos[first], text: `${infos[first].text}${glue}${infos[j].text}`, folded: `${infos[first].folded}${glue}${infos[j].folded}` };
    out[j] = "";
    infos[j] = { ...infos[j], text: "", folded: "", marker: null, verdict: null };
  }
}

/**
 * 2026-12-05 (eighteenth wave): a recording's chapters written out — a meeting app's AI minutes (`章节速览` then
 * `00:02:15\u3000老旧电梯问题突出` over what was said), a replay page's or a podcast's show notes (`03:20\u3000…`,
 * `[00:01:30] …`). Each chapter line is a time code then a short phrase, and a paragraph of prose stands under it:
 * the phrase is the section's heading, the time code only the player's place in the recording. Two such chapters at
 * least, their times rising. The short labels the app or page sets over its parts (`全文概要`, `章节速览`, `本期摘要`,
 * `时间线`) — a few words alone on a line, before the first chapter, over a paragraph or the chapters — are its frame.
 */
/** An app's label over its part: a few words, no punctuation (a title is longer or comes first). */
const PART_LABEL = /^[\u4e00-\u9fff]{2,6}$/;

function isProse(folded: string): boolean {
  return /[。!?;]["'”’)]*$/.test(folded.trim()) || folded.trim().length > 40;
}

export function markChapterLabels(infos: LineInfo[], kept: (i: number) => boolean): void {
  const chapters: number[] = [];
  let last = -1;
  infos.forEach((info, i) => {
    if (isBlank(info) || info.reason || kept(i)) return;
    const m = AXIS_ROW.exec(info.folded.trim());
    if (!m || /,/.test(m[2]) || seconds(m[1]) <= last) return;
    const next = nextLiveLine(infos, i);
    if (next < 0 || AXIS_ROW.test(infos[next].folded.trim()) || !isProse(infos[next].folded)) return;
    chapters.push(i);
    last = seconds(m[1]);
  });
  if (chapters.length < 2) return;
  // The frame's labels: before the first chapter, after the first line of content (the title or a field).
  let seenContent = false;
  for (let i = 0; i < chapters[0]; i++) {
    const info = infos[i];
    if (isBlank(info) || info.reason) continue;
    const next = nextLiveLine(infos, i);
    if (seenContent && !kept(i) && PART_LABEL.test(info.folded.trim()) && next >= 0 && (next === chapters[0] || isProse(infos[next].folded))) info.reason = "contents";
    seenContent = true;
  }
}
