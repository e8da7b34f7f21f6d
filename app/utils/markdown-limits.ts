// Limits on Markdown that authors submit (proposal bodies, disclosure
// entries, replies), checked at input by forms and the API alike, and again
// by the renderer. A body of 90,000 `>` or 30,000 `1. ` made marked overflow
// its stack once stored, taking the page and every feed that carried it down
// (security review, issue 14, item 3). No real document nests quotes or lists
// more than a few levels, so the bound costs authors nothing.
import { z } from "zod";

/** Deepest nesting of block quotes and lists that is accepted. */
export const MARKDOWN_MAX_DEPTH = 12;

/**
 * The deepest nesting of block quotes and lists in the text: per line, each
 * `>` and list marker at its start, plus its indentation (two spaces a level).
 * Linear in the length of the text, and never recursive. It over-counts
 * rather than under-counts (code blocks are not exempted), which only matters
 * past MARKDOWN_MAX_DEPTH.
 */
export function markdownDepth(text: string, stopAt = Infinity): number {
  let deepest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let i = start;
    let markers = 0;
    let spaces = 0;
    while (i < end && (text[i] === " " || text[i] === "\t")) {
      spaces += text[i] === "\t" ? 4 : 1;
      i++;
    }
    for (;;) {
      while (i < end && (text[i] === " " || text[i] === "\t")) i++;
      if (text[i] === ">") {
        markers++;
        i++;
        continue;
      }
      const bullet = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(i, Math.min(end, i + 11)));
      if (bullet) {
        markers++;
        i += bullet[0].length;
        continue;
      }
      break;
    }
    // Indentation nests only under a marker (a nested list); indented plain text (centred titles) does not.
    const depth = markers ? markers + Math.floor(spaces / 2) : 0;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    start = end + 1;
  }
  return deepest;
}

/** What is wrong with a Markdown text for the reader, in Chinese, or null. */
export function markdownProblem(text: string, maxChars: number): string | null {
  if (text.length > maxChars) return `内容不能超过 ${maxChars.toLocaleString("en-US")} 个字符`;
  if (markdownDepth(text, MARKDOWN_MAX_DEPTH) > MARKDOWN_MAX_DEPTH) {
    return `引用（>）或列表的嵌套不能超过 ${MARKDOWN_MAX_DEPTH} 层，请减少嵌套后再提交`;
  }
  return null;
}

/** A Markdown field for forms and the API: at most `maxChars`, nesting bounded, with the message beside the field. */
export function markdownField(maxChars: number, tooLong = `不能超过 ${maxChars.toLocaleString("en-US")} 个字符`) {
  return z
    .string()
    .max(maxChars, tooLong)
    .superRefine((text, ctx) => {
      if (markdownDepth(text, MARKDOWN_MAX_DEPTH) > MARKDOWN_MAX_DEPTH) {
        ctx.addIssue({ code: "custom", message: markdownProblem(text, Infinity)! });
      }
    });
}
