// The paper proposal form (issue 15): 案由, 情况分析 and 具体建议 as separate
// parts, written as Markdown or as plain text. The stored body — what the
// structurer, the review and the public page read — is composed from the parts,
// always as Markdown, so the rest of the loop keeps working unchanged.

export type TextFormat = "markdown" | "text";

export interface ProposalParts {
  analysis: string;
  suggestions: string;
  textFormat: TextFormat;
}

export const PART_HEADINGS = { analysis: "情况分析", suggestions: "具体建议" } as const;

/**
 * Plain text as Markdown that reads the same: every line is its own paragraph
 * (Word pastes one paragraph a line), and a line that Markdown would take for
 * markup (# heading, > quote, - list, <html>) is escaped. Numbered lines
 * (一、 （一） 1.) are left as written: the structurer recognises them.
 */
export function plainToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(/^([#>+*-]|<)/, "\\$1"))
    .join("\n\n");
}

function partText(text: string, format: TextFormat) {
  return format === "text" ? plainToMarkdown(text) : text.replace(/\r\n?/g, "\n").trim();
}

/**
 * The body from the parts: "## 情况分析" and "## 具体建议" sections. A part left
 * empty is left out; with no analysis the suggestions are the whole body (as a
 * draft written before the form had parts).
 */
export function composeBody(parts: ProposalParts): string {
  const analysis = partText(parts.analysis, parts.textFormat);
  const suggestions = partText(parts.suggestions, parts.textFormat);
  if (!analysis) return suggestions;
  if (!suggestions) return `## ${PART_HEADINGS.analysis}\n\n${analysis}`;
  return `## ${PART_HEADINGS.analysis}\n\n${analysis}\n\n## ${PART_HEADINGS.suggestions}\n\n${suggestions}`;
}

const SUGGESTION_HEADING = /^#{0,6}\s*(?:[一二三四五六七八九十]+、|\d+[.、]\s*)?\s*(?:具体建议|对策建议|意见建议|几点建议|建议如下|建议)[：:。]?\s*$/;
const ANALYSIS_HEADING = /^#{0,6}\s*(?:[一二三四五六七八九十]+、|\d+[.、]\s*)?\s*(?:情况分析|基本情况|问题分析|存在问题|现状分析)[：:。]?\s*$/;

/**
 * An imported text (a .docx read by the structurer) split into the form's parts:
 * everything before a 具体建议 / 对策建议 heading is the analysis (its own 情况分析
 * heading dropped), the rest the suggestions. With no such heading the whole
 * text is the suggestions, where the structurer looks for recommendations. A
 * first line that is a `# title` is returned as the title.
 */
export function splitImported(text: string): { title: string | null; analysis: string; suggestions: string } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let title: string | null = null;
  const first = lines.findIndex((l) => l.trim());
  if (first >= 0 && /^#\s+\S/.test(lines[first].trim())) {
    title = lines[first].trim().replace(/^#\s+/, "").slice(0, 200);
    lines.splice(first, 1);
  }
  const at = lines.findIndex((l) => SUGGESTION_HEADING.test(l.trim()));
  if (at < 0) return { title, analysis: "", suggestions: lines.join("\n").trim() };
  const before = lines.slice(0, at).filter((l) => !ANALYSIS_HEADING.test(l.trim()));
  return { title, analysis: before.join("\n").trim(), suggestions: lines.slice(at + 1).join("\n").trim() };
}

/** A draft from before the form had parts: its whole body is the suggestions. */
export function partsOf(p: { body: string; analysis: string; suggestions: string; textFormat: TextFormat }): ProposalParts {
  if (!p.analysis && !p.suggestions && p.body) return { analysis: "", suggestions: p.body, textFormat: "markdown" };
  return { analysis: p.analysis, suggestions: p.suggestions, textFormat: p.textFormat };
}
