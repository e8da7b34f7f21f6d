/**
 * Counters in a fixed frame: short lines that are the same once their numbers are masked
 * (`幻灯片 1` … `幻灯片 6`, `一 3 一` / `一 4 一`, `○ 20:00（31%）` / `○ 21:00（46%）`,
 * `第 1 屏` / `第 2 屏`). A page repeats such a frame around a changing number — slide and
 * page counters, poll options, tallies — while the text's own lines, even its numbered
 * items, each say something different. Whatever words the frame holds, the shape is the
 * evidence, so no list of words is needed.
 *
 * A line counts when, numbers masked, at most six letters or Han characters are left and
 * no sentence punctuation; the same masked shape must occur on two lines or more. Numbered
 * items (`1、` …; bullets aside) are read by the marker reader and never count; nor do lines of digits
 * and their separators alone (dates, times: other rules read their position).
 */
import { isBlank, type LineInfo } from "./chrome-lines";
import type { ChromeReason } from "./types";

/** The line with every number masked, or null when it is no counter in a frame. */
export function counterFrame(info: LineInfo): string | null {
  const f = info.folded;
  if ((info.marker && info.marker.family !== "bullet") || info.verdict === "date" || f.length > 24 || !/\d/.test(f) || /[。!?;,]/.test(f)) return null;
  const masked = f.replace(/\d+(?:[.:]\d+)*/g, "#").replace(/\s+/g, " ");
  const words = masked.match(/[\p{L}]/gu) ?? [];
  // Something besides the numbers and their separators: a word, a bullet, a per cent sign.
  const rest = masked.replace(/[#\s\-/.:]/g, "");
  if (!rest || words.length > 6) return null;
  return masked;
}

/** Mark every line whose counter frame occurs twice or more. */
export function markCounters(infos: LineInfo[], kept: (i: number) => boolean, reason: ChromeReason = "page-number"): number {
  const frames = new Map<string, number[]>();
  infos.forEach((info, i) => {
    if (isBlank(info) || info.reason || kept(i)) return;
    const frame = counterFrame(info);
    if (frame) frames.set(frame, [...(frames.get(frame) ?? []), i]);
  });
  let n = 0;
  for (const lines of frames.values()) {
    if (lines.length < 2 || new Set(lines.map((i) => infos[i].folded)).size < 2) continue;
    for (const i of lines) infos[i].reason = reason;
    n += lines.length;
  }
  return n;
}
