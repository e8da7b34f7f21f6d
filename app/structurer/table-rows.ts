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
  // Fourth wave: a Markdown or spreadsheet header row (`| 序号 | 任务 | 牵头单位 |`) has bars between its cells.
  const cells = folded.replace(/[|｜¦│]/g, " ").trim().split(/\s+/);
  if (cells.length < 3 || cells.length > 10 || !cells.every((c) => CELL.test(c))) return null;
  return NUMBER_COLUMN.test(cells[0]) || cells.filter((c) => COLUMN_WORD.test(c)).length >= 2 ? cells : null;
}

/**
 * A row under a header of `columns` cells: its number cell, then at least two more cells.
 * Eighteenth wave (2026-12-05): a table with no number column (`| 任务 | 牵头单位 | 配合单位 |`
 * in a Markdown export, `工作任务⇥牵头单位⇥…` pasted from Excel, `│ 事项 │ 牵头单位 │` drawn in
 * boxes) has rows that open with their task cell: such a row has exactly the header's cells, each
 * short (a task, bodies, a deadline), so a sentence split at its spaces never passes for one.
 */
export function isTableRow(folded: string, columns: number): boolean {
  const t = folded.trim();
  const cells = t.split(/\s+/);
  if (/[。;!?]$/.test(t)) return false;
  if (/^\d{1,3}$/.test(cells[0])) return cells.length >= 3 && cells.length <= columns + 2;
  return columns >= 3 && cells.length === columns && cells.every((c) => c.length <= 24 && /[\u4e00-\u9fff\d]/.test(c));
}

/** A table's rule row (`| --- | --- |`, `├────┼────┤`), bars already read as spaces: neither header nor row. */
export function isRuleRow(folded: string): boolean {
  return /^[\s:：\-—=\u2500-\u257f]+$/.test(folded) && !!folded.trim();
}

/** A table's header row, or a row of four cells or more opening with its number cell: never a section heading. */
export function tableLine(folded: string): boolean {
  return !!tableHeader(folded) || (/^\d{1,3}\s/.test(folded.trim()) && folded.trim().split(/\s+/).length >= 4);
}

// A column may carry a word of its own before the role (`建议牵头单位`, `拟主办单位`).
const LEAD_COLUMN = /^[\u4e00-\u9fff]{0,2}(?:牵头|责任|主责|主办|负责)(?:单位|部门)$/;
const CO_COLUMN = /^[\u4e00-\u9fff]{0,2}(?:配合|协办|参与|会办|协作)(?:单位|部门)$/;
// Fourth wave: a `承办单位` column (`建议承办单位`) lists the bodies that will handle the row's
// matter, the one that leads first (`县住建局、供电公司、燃气公司`): the first body of the cell
// leads, the others co-operate — as a list after `由` does in a sentence.
const HANDLER_COLUMN = /^[\u4e00-\u9fff]{0,2}(?:承办|办理)(?:单位|部门)$/;
/**
 * Fifteenth wave: a `提案人` column names who wrote the row's proposal (`市工商联`, a party's
 * committee): the author, like a byline, names no department the proposal asks anything of.
 */
const AUTHOR_COLUMN = /^(?:提案人|提案者|提案单位|提出人|提出单位|领衔人|联名人|建议人)$/;
const ROLE_COLUMN = (c: string) => LEAD_COLUMN.test(c) || CO_COLUMN.test(c) || HANDLER_COLUMN.test(c);

interface Row {
  start: number;
  end: number;
  header: string[];
  /** A cell on a line of its own: the column it stands in. */
  column?: number;
}

/**
 * A table's header that stays open across node texts (fourth wave): when a pasted table's
 * rows are read as items of their own, the header row sits in the text before them. The
 * caller keeps one per document and passes it to each text in reading order.
 */
export interface TableCarry {
  header: string[] | null;
  /** Cells pasted one a line: the index of the next cell under the header (-1: rows of cells). */
  cell?: number;
  /**
   * The number cell of a row read as an item (its marker, `1`): the tree took it off the
   * node's text, so the text's first line is the row without it. Set by the caller for one text.
   */
  rowNumber?: string | null;
}

/** A cell on a line of its own: short, no sentence end; in a number column, a number. */
function isCellLine(line: string, numberColumn: boolean): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !/[。;!?]$/.test(t) && (!numberColumn || /^\d{1,3}$/.test(t));
}

/**
 * The roles a text's tables give (a node's or intro's text, lines joined by `\n`): null
 * when it has no header row naming a lead, co or handler column (in the text, or carried
 * open from the text before it); else, for a position, the role of the column it falls in,
 * on a row under the nearest header above. One pass over the lines.
 */
export function tableRoles(text: string, carry: TableCarry = { header: null }): ((pos: number) => "lead" | "co" | "author" | null) | null {
  if (!carry.header && !text.includes("单位") && !text.includes("部门")) return null;
  // A row read as an item lost its number cell to the node's marker: put it back, so the row
  // reads as a row and its cells fall in their columns; positions are the text's own.
  if (carry.header && carry.rowNumber && /^\d{1,3}$/.test(carry.rowNumber)) {
    const prefix = carry.rowNumber + (/^[^\n]*\t/.test(text) ? "\t" : " ");
    const inner: TableCarry = { header: carry.header, cell: carry.cell, rowNumber: null };
    const roles = tableRoles(prefix + text, inner);
    Object.assign(carry, { header: inner.header, cell: inner.cell, rowNumber: null });
    return roles && ((pos) => roles(pos + prefix.length));
  }
  // Cells set apart by bars (`序号｜任务｜责任单位`, a Markdown or spreadsheet row) are cells
  // like those set apart by tabs: a bar becomes a space, so positions stay where they were.
  const folded = text.replace(/[|｜¦│]/g, " ");
  const rows: Row[] = [];
  let header: string[] | null = carry.header;
  // Cells pasted one a line (a web table copied cell by cell): the k-th line under the header is
  // column k mod the header's width. Off once a row of several cells is read.
  let cell = header ? (carry.cell ?? -1) : -1;
  let at = 0;
  for (const line of folded.split("\n")) {
    const start = at;
    at += line.length + 1;
    // A Markdown table's rule row (`|---|---|`) is neither header nor row.
    if (header && isRuleRow(line)) continue;
    const h = line.length <= 60 ? tableHeader(line) : null;
    if (h) {
      header = h.some(ROLE_COLUMN) ? h : null;
      cell = 0;
    } else if (header && isTableRow(line, header.length)) {
      rows.push({ start, end: start + line.length, header });
      cell = -1;
    } else if (header && cell >= 0 && isCellLine(line, cell % header.length === 0 && NUMBER_COLUMN.test(header[0]))) {
      rows.push({ start, end: start + line.length, header, column: cell % header.length });
      cell++;
    } else header = null;
  }
  carry.header = header;
  carry.cell = cell;
  if (!rows.length) return null;
  return (pos) => {
    const row = rows.find((r) => pos >= r.start && pos < r.end);
    if (!row) return null;
    const line = folded.slice(row.start, row.end).trim();
    // Seventh wave: a row joined from cells (table-cells.ts) ends its cells at tabs; a space is a cell's own.
    const gap = line.includes("\t") ? /\t+/g : /\s+/g;
    const cells = line.split(gap).length;
    // A header without a number column over rows that open with one: the cells shift by one.
    // A row with no number cell under a header with none (eighteenth wave) does not shift.
    const shift = NUMBER_COLUMN.test(row.header[0]) || !/^\d{1,3}\s/.test(line) ? 0 : 1;
    const before = folded.slice(row.start, pos).replace(/^\s+/, "");
    const k = (before.match(gap) ?? []).length;
    let column = k - shift;
    // More cells than columns: a cell with a space of its own (`委员 贲某某`) pushed the rest
    // right; the columns that name bodies stand last, so read them from the right.
    if (cells - shift > row.header.length) column = row.header.length - (cells - k);
    if (row.column !== undefined) column = row.column;
    const name = row.header[column] ?? "";
    if (LEAD_COLUMN.test(name)) return "lead";
    if (CO_COLUMN.test(name)) return "co";
    if (AUTHOR_COLUMN.test(name)) return "author";
    if (!HANDLER_COLUMN.test(name)) return null;
    // The cell's first body leads; one after a list mark co-operates.
    const cell = row.column !== undefined ? before : before.slice(line.includes("\t") ? before.lastIndexOf("\t") + 1 : before.search(/\S*$/));
    return /[、,，;；/]/.test(cell) ? "co" : "lead";
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
  // Seventh wave: a Markdown row opens with a bar (`| 1 | 建设…… | 市住建局 |`).
  // Nineteenth wave: or with a box-drawing bar (`│1│建立……│市交通运输局│`, a table drawn in WPS or a terminal), which
  // sets the number cell apart with no space after it (a typed bar, `1｜…`, still wants one: a form's record row).
  const m = /^\s*(?:[|｜│]\s*)?(\d{1,3})(?:\s*[|｜│])?(?:[\t \u3000]+|(?<=│))/.exec(text);
  const cells = fold(text).replace(/[|｜¦│]/g, " ");
  // Bars set the cells apart beyond doubt: a row of three cells (`| 1 | 增设公厕 | 市城管局 |`) is a row.
  const barred = (text.match(/[|｜│]/g) ?? []).length >= 3 && cells.trim().split(/\s+/).length >= 3;
  if (!m || !(tableLine(cells) || barred)) return null;
  return { marker: m[1], rest: text.slice(m[0].length) };
}

/** A code cell: a register number (`0037`, `A-12`, `第0156号`), no words. */
const CODE_CELL = /^(?:第?[A-Za-z]{0,3}[-\d]{2,8}号?|[\u4e00-\u9fff]{0,4}[〔[]\d{4}[〕\]]\d{1,4}号)$/;

/**
 * Seventh wave: the content cell of a row after its number cell — the first cell that is no
 * code (`0037 关于……的提案 …` → the proposal's name). Cells end at a tab when the row has tabs
 * (a space inside a cell, `市政协副主席 苟某某`, is the cell's own), else at a space.
 */
/** A row's text opening with its code cell, then two cells or more, no sentence end. */
export function codedRow(line: string): boolean {
  const cells = line.trim().split(/\s+/);
  return cells.length >= 3 && CODE_CELL.test(cells[0]) && /\d{3}/.test(cells[0]) && /[\u4e00-\u9fff]/.test(cells[1]) && !/[。；！？]$/.test(line.trim());
}

export function contentCell(rest: string): string {
  const cells = rest.trim().split(/[|｜│]/.test(rest) ? /[|｜│]/ : rest.includes("\t") ? /\t+/ : /\s+/).map((c) => c.trim());
  return cells.find((c) => /[\u4e00-\u9fffA-Za-z]/.test(c) && !CODE_CELL.test(c)) ?? "";
}

/**
 * Fifteenth wave (2026-12-04, issue 12, holdout-21 `formal-report-01`): the title of a row read
 * as an item whose cells are set apart by spaces (a tab becomes a space on input, so a Word or
 * Excel row arrives so too). The marker is the row's bare number cell; when the row is a record of
 * names — its number and three cells or more, no sentence mark in any cell (`isRecordRow`) — the
 * cells after the content cell are the bodies and dates of other columns, never part of the title:
 * `推进老旧小区加装电梯 区住建局 区财政局` is titled `推进老旧小区加装电梯`. Null otherwise.
 */
export function rowItemTitle(marker: string | null | undefined, text: string): string | null {
  if (!marker || !/^\d{1,3}$/.test(marker)) return null;
  const line = text.trim().split("\n")[0];
  if (!isRecordRow(fold(`${marker} ${line}`).replace(/[|｜│]/g, " "))) return null;
  return contentCell(line) || null;
}

/**
 * Seventh wave: the lines of the tables in `lines` — each header row (`tableHeader`) and the rows
 * under it (`isTableRow`), bars read as cell ends. A row's last cell may be a date (`2026年8月31日`,
 * a 办理时限 column): the row is still content, no dated info line. One pass.
 */
export function tableLines(lines: readonly string[]): number[] {
  const out: number[] = [];
  let header: string[] | null = null;
  lines.forEach((line, i) => {
    const f = fold(line).replace(/[|｜¦│]/g, " ").trim();
    if (header && isRuleRow(f)) return;
    const h = f.length <= 60 ? tableHeader(f) : null;
    if (h) out.push(i);
    else if (header && isTableRow(f, header.length)) out.push(i);
    else if (f) header = null;
    if (h) header = h;
  });
  return out;
}
