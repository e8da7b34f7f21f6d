// 答复函的格式: the parts of an official reply letter that follow from the
// data alone — the 文号, the date as 公文 write it, the paragraphs. Pure: used
// by the printed page and the .docx alike, so both say the same.

const LEVEL = /^(?:省|市|区|县)/;
const SUFFIX = /(?:委员会|办公室|管理局|局|厅|委|办|院|署|会)$/;

/** The short form a department's letters carry: 市民政局 → 民政, 市卫健委 → 卫健. */
export function letterPrefix(name: string, shortName: string | null): string {
  const base = (shortName || name).trim();
  const core = base.replace(LEVEL, "").replace(SUFFIX, "");
  return (core || base).slice(0, 2);
}

/** 文号: 民政函〔2026〕3号 — the department's n-th reply letter of the year. */
export function letterNumber(prefix: string, year: number, n: number): string {
  return `${prefix}函〔${year}〕${n}号`;
}

/** 成文日期 as 公文 write it: 2026年12月2日 (Beijing time). */
export function letterDate(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * The body as paragraphs: a line is a paragraph (blank lines only separate),
 * Markdown's heading and list markers are dropped, a letter has no Markdown.
 */
export function letterParagraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?)/, "").replace(/\*\*(.+?)\*\*/g, "$1").trim())
    .filter((line) => line.length > 0);
}

/** 主送: the proposers by name (a party's proposal: the party). */
export function addresseeOf(names: string[]): string {
  return `${names.join("、")}：`;
}
