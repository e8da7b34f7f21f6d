/**
 * Round 13 (issue 12, holdout-11): tables pasted as text — an annex's task table from Word,
 * a spreadsheet's rows, a web page's table — arrive as lines of cells set apart by tabs or
 * runs of spaces (tidied to one space). The header row names the columns (`序号 工作任务
 * 责任单位 完成时间`, `事项 牵头部门 协办单位`); the rows under it open with their number cell
 * (`1 新增助餐点 市民政局 2026年6月`). A header row is content (never a navigation bar), a row
 * is no numbered item, and a body named in a `牵头单位`/`责任单位` column leads, in a
 * `配合单位`/`协办单位` column co-operates.
 */
import { fold } from "./fold";

const CELL = /^[\u4e00-\u9fff]{2,6}$/;
const NUMBER_COLUMN = /^(?:序号|编号|序次)$/;
const COLUMN_WORD = /(?:单位|时限|时间|任务|内容|措施|备注|事项|责任人|部门|名称|进度)$/;

/** The cells of a header row, or null: three or more short Han names, a number column or two column words. */
export function tableHeader(folded: string): string[] | null {
  const cells = folded.trim().split(/\s+/);
  if (cells.length < 3 || cells.length > 10 || !cells.every((c) => CELL.test(c))) return null;
  return NUMBER_COLUMN.test(cells[0]) || cells.filter((c) => COLUMN_WORD.test(c)).length >= 2 ? cells : null;
}

/** A row under a header of `columns` cells: its number cell, then at least two more cells. */
export function isTableRow(folded: string, columns: number): boolean {
  const cells = folded.trim().split(/\s+/);
  return /^\d{1,3}$/.test(cells[0]) && cells.length >= 3 && cells.length <= columns + 2 && !/[。;!?]$/.test(folded.trim());
}

/** A table's header row, or a row of four cells or more opening with its number cell: never a section heading. */
export function tableLine(folded: string): boolean {
  return !!tableHeader(folded) || (/^\d{1,3}\s/.test(folded.trim()) && folded.trim().split(/\s+/).length >= 4);
}

const LEAD_COLUMN = /^(?:牵头|责任|主责|主办|负责)(?:单位|部门)$/;
const CO_COLUMN = /^(?:配合|协办|参与|会办|协作)(?:单位|部门)$/;

interface Row {
  start: number;
  end: number;
  header: string[];
}

/**
 * The roles a text's tables give (a node's or intro's text, lines joined by `\n`): null
 * when it has no header row naming a lead or co column; else, for a position, the role of
 * the column it falls in, on a row under the nearest header above. One pass over the lines.
 */
export function tableRoles(text: string): ((pos: number) => "lead" | "co" | null) | null {
  if (!text.includes("单位") && !text.includes("部门")) return null;
  // Cells set apart by bars (`序号｜任务｜责任单位`, a Markdown or spreadsheet row) are cells
  // like those set apart by tabs: a bar becomes a space, so positions stay where they were.
  const folded = text.replace(/[|｜¦│]/g, " ");
  const rows: Row[] = [];
  let header: string[] | null = null;
  let at = 0;
  for (const line of folded.split("\n")) {
    const start = at;
    at += line.length + 1;
    const h = line.length <= 60 ? tableHeader(line) : null;
    if (h) header = h.some((c) => LEAD_COLUMN.test(c) || CO_COLUMN.test(c)) ? h : null;
    else if (header && isTableRow(line, header.length)) rows.push({ start, end: start + line.length, header });
    else header = null;
  }
  if (!rows.length) return null;
  return (pos) => {
    const row = rows.find((r) => pos >= r.start && pos < r.end);
    if (!row) return null;
    // A header without a number column over rows that open with one: the cells shift by one.
    const shift = NUMBER_COLUMN.test(row.header[0]) ? 0 : 1;
    const column = (folded.slice(row.start, pos).replace(/^\s+/, "").match(/\s+/g) ?? []).length - shift;
    const name = row.header[column] ?? "";
    return LEAD_COLUMN.test(name) ? "lead" : CO_COLUMN.test(name) ? "co" : null;
  };
}

/**
 * Fourth wave (2026-12-03): a table's header row, or a row whose cells are names only — a
 * number, a code, a document's name, bodies, a person (`1 0021 关于……的提案 市民政局 市发改委、市卫健委
 * 某某`): a record of who handles what, the text of the section above it, never an item, even
 * after `具体分工如下：`. A row with a sentence in a cell (`1 先摸底后改造，对……台账。 委员 某某
 * 县住建局`) states a measure: it is an item (see `tableRowMarker`).
 */
export function isRecordRow(folded: string): boolean {
  const s = folded.trim();
  if (tableHeader(s)) return true;
  if (!tableLine(s)) return false;
  return !s.split(/\s+/).some((cell) => /[,。;!?]/.test(cell));
}

/** The number cell opening a table row of four cells or more (`1`), or null: the row's marker. */
export function tableRowMarker(text: string): { marker: string; rest: string } | null {
  const m = /^\s*(\d{1,3})[\t \u3000]+/.exec(text);
  if (!m || !tableLine(fold(text))) return null;
  return { marker: m[1], rest: text.slice(m[0].length) };
}
