/**
 * Seventh wave (issue 12, holdout-17): a table copied out of WPS, Word or a web page cell by
 * cell arrives as ONE CELL A LINE — the header's cells (`序号` / `提案号` / `案由` / `主办单位` …),
 * then each row's cells in the same order (`1` / `0037` / `关于……的提案` / `市住建局` …). Read
 * line by line nothing of it is a table: the header cells look like column labels above a
 * headline, the number cells like page numbers, the proposal's name like a headline.
 *
 * What it reads: the shape. A run of three to ten short Han lines that together make a header
 * row (`tableHeader`: a number column first), then the number `1`: the header's width is the
 * number of lines before it. Each row then opens with the next number exactly that many
 * (non-blank) lines later; the run ends at the first place the count breaks. Two rows or more
 * make a table. The cells are joined with tabs into one line per row (the header too), on the
 * line of the row's first cell; the row's other lines are left blank, so every later stage sees
 * rows as a tab-separated paste (table-rows.ts) and line numbers stay those of the input.
 *
 * What it does not do: a table without a number column (where a row begins cannot be told
 * from the shape alone), a cell that spans two lines (the count breaks: the rows before stay
 * read). One pass over the lines.
 */
import { fold } from "./fold";
import { tableHeader } from "./table-rows";

const HEADER_CELL = /^[\u4e00-\u9fff]{2,6}$/;
/** A cell's line: not a paragraph (a cell holds a name, a task, a short measure). */
const MAX_CELL = 120;

/** `lines` with each table pasted one cell a line joined into rows (or `lines` itself). */
export function joinCellTables(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderCell(lines[i])) continue;
    const table = cellTable(lines, i);
    if (!table) continue;
    out ??= lines.slice();
    for (const row of table.rows) {
      row.forEach((at, k) => (out![at] = k === 0 ? row.map((j) => lines[j].trim()).join("\t") : ""));
    }
    i = table.end - 1;
  }
  return out ?? lines;
}

function isHeaderCell(line: string): boolean {
  return HEADER_CELL.test(line.trim());
}

/** The table whose header's first cell is line `i`: its rows as line indexes (header first), and where it ends. */
function cellTable(lines: string[], i: number): { rows: number[][]; end: number } | null {
  // The header: short Han lines up to the first row's number cell `1`.
  const header: number[] = [];
  let j = i;
  for (; j < lines.length && header.length <= 10; j++) {
    const t = lines[j].trim();
    if (!t) continue;
    if (!isHeaderCell(t)) break;
    header.push(j);
  }
  if (j >= lines.length || lines[j].trim() !== "1" || header.length < 3 || header.length > 10) return null;
  const cells = tableHeader(fold(header.map((k) => lines[k].trim()).join(" ")));
  if (!cells || !/^(?:序号|编号|序次)$/.test(cells[0])) return null;
  const width = header.length;
  const rows: number[][] = [header];
  let end = j;
  for (let n = 1; ; n++) {
    const row: number[] = [];
    let k = end;
    for (; k < lines.length && row.length < width; k++) {
      const t = lines[k].trim();
      if (!t) continue;
      if (t.length > MAX_CELL || (row.length > 0 && t === String(n + 1) && row.length < width - 1)) break;
      row.push(k);
    }
    if (row.length < width || lines[row[0]].trim() !== String(n)) break;
    rows.push(row);
    end = k;
  }
  return rows.length >= 3 ? { rows, end } : null;
}
