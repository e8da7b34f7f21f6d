/**
 * The chrome stage's view of one input line (chrome.ts builds it, chrome-runs.ts and the
 * caption rules read it) and the helpers that walk between lines.
 */
import type { LineVerdict } from "./chrome-rules";
import type { LineMarker } from "./markers";
import type { ChromeReason } from "./types";

export interface LineInfo {
  text: string;
  folded: string;
  /** The line's numbering (`1、`, `一、`), read once. */
  marker: LineMarker | null;
  verdict: LineVerdict;
  /** Final decision: null = content. */
  reason: ChromeReason | null;
}

export function isBlank(info: LineInfo): boolean {
  return info.text === "";
}

/** The next line after `i` with text that no rule has removed yet, or -1. */
export function nextLiveLine(infos: readonly Pick<LineInfo, "text" | "reason">[], i: number): number {
  for (let j = i + 1; j < infos.length; j++) if (infos[j].text !== "" && !infos[j].reason) return j;
  return -1;
}

/** The nearest non-blank line before (dir -1) or after (dir 1) `i`, or -1. */
export function neighbourIndex(infos: readonly Pick<LineInfo, "text">[], i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < infos.length; j += dir) if (infos[j].text !== "") return j;
  return -1;
}
