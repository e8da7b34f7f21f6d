/**
 * A headline pasted out of a Markdown view (fifth wave, 2026-12-03): a note app's or an
 * assistant's export marks its headline with hashes (`# 关于…`, not a `#话题#`). The marks go
 * only when the text shows Markdown on other lines too (`## 小节`, a `> ` quote, `:::`, a task
 * box `- [ ]`, `**bold**`): a lone `# …` in a plain paste stays as typed. Read by head.ts.
 */
interface Line {
  text: string;
}

/** How deep a line's heading marks go (`## 标题` → 2), or 0 when it is no Markdown heading. */
const level = (infos: readonly Line[], i: number) => /^(#{1,6})\s+[^#]+$/.exec(infos[i].text.trim())?.[1].length ?? 0;

/** Markdown on a line: a heading, a quote, a container fence, a task box or bold text. */
const MARKDOWN_LINE = /^(?:#{1,6}\s+\S|>\s|:::|[-*+]\s+\[[ xX]\]|\*\*[^*]+\*\*)/;

/**
 * The candidates' one heading at the top level among them (`## 关于…` over `### 一、…` in an
 * assistant's reply) — only when no other line of the text is a heading at that level (`### 一、`
 * / `### 二、` are sections, no title): its line, else -1; `exported` when other lines show
 * Markdown too, so the heading is the document's title whatever stands above it (a breadcrumb,
 * a notebook's name).
 */
export function markdownHeadline(infos: readonly Line[], candidates: readonly number[]): { line: number; exported: boolean } {
  const top = Math.min(7, ...candidates.map((i) => level(infos, i)).filter((n) => n > 0));
  const atTop = infos.filter((_, i) => level(infos, i) === top).length === 1 ? candidates.filter((i) => level(infos, i) === top) : [];
  if (atTop.length !== 1) return { line: -1, exported: false };
  const line = atTop[0];
  return { line, exported: infos.some((x, j) => j !== line && MARKDOWN_LINE.test(x.text.trim())) };
}

/** A note export's `# ` over its own title: the title line is a heading and so is another line. */
export function noteExportHeading(infos: readonly Line[], titleLine: number): boolean {
  return /^#{1,6}\s/.test(infos[titleLine].text.trim()) && infos.some((x, k) => k !== titleLine && /^#{1,6}\s+\S/.test(x.text.trim()));
}
