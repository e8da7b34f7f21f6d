// Open data exports (开放数据): one column definition gives both the CSV and
// the XLSX file, so the two formats can never disagree about a list.
import writeXlsxFile from "write-excel-file/node";
import { EXPORT_MAX_ROWS } from "./list-queries";
import { contentDisposition } from "./uploads.server";

export type CellValue = string | number | boolean | Date | null | undefined;

export interface Column<Row> {
  /** Chinese header, as on the page. */
  header: string;
  value(row: Row, index: number): CellValue;
  /** Dates only: "date" writes 2026-11-22, "datetime" (default) adds the time. */
  format?: "date" | "datetime";
  /** XLSX column width in characters. */
  width?: number;
}

export type ExportFormat = "csv" | "xlsx";

export { EXPORT_MAX_ROWS };

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** A date in Asia/Shanghai (UTC+8, no daylight saving), whatever the server's zone. */
export function beijingStamp(date: Date, format: "date" | "datetime" = "datetime") {
  const iso = new Date(date.getTime() + OFFSET_MS).toISOString();
  return format === "date" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Spreadsheet formula injection (CSV injection): a text starting with = + - @
 * (or tab / CR, which some programs skip before reading a formula) is prefixed
 * with an apostrophe so it is shown as text. Numbers are left alone, so -3 stays
 * a number.
 */
export function neutralise(text: string) {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The text of a cell, shared by both formats. Numbers stay numbers. */
export function cellValue(value: CellValue, format?: "date" | "datetime"): string | number | null {
  if (value == null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : beijingStamp(value, format);
  return neutralise(value);
}

/** RFC 4180: quote a field holding a quote, comma or line break, doubling quotes. */
export function csvField(value: string | number | null, quoteAll = false) {
  const s = value == null ? "" : String(value);
  return quoteAll || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM (so Excel reads Chinese correctly), CRLF line ends. */
export function toCsv<Row>(columns: Column<Row>[], rows: Row[], options: { quoteAll?: boolean } = {}) {
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvField(c, options.quoteAll)).join(",");
  const lines = [line(columns.map((c) => c.header))];
  rows.forEach((row, i) => lines.push(line(columns.map((c) => cellValue(c.value(row, i), c.format)))));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
export function sheetName(name: string) {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31).trim() || "Sheet1";
}

/** XLSX with a bold, frozen header row. */
export async function toXlsx<Row>(columns: Column<Row>[], rows: Row[], sheet: string): Promise<Buffer> {
  const header = columns.map((c) => ({ value: c.header, fontWeight: "bold" as const }));
  const data = rows.map((row, i) =>
    columns.map((c) => {
      const v = cellValue(c.value(row, i), c.format);
      return v == null || v === "" ? null : { value: v };
    }),
  );
  return writeXlsxFile([header, ...data], {
    sheet: sheetName(sheet),
    columns: columns.map((c) => ({ width: c.width ?? Math.min(40, Math.max(8, c.header.length * 2 + 2)) })),
    stickyRowsCount: 1,
  }).toBuffer();
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * The download response. `total` is the list's full length: when it is larger
 * than the rows written, X-Export-Truncated says so.
 */
export async function exportResponse<Row>(options: {
  format: ExportFormat;
  fileName: string;
  /** ASCII file name for programs that ignore filename* (RFC 6266), e.g. "documents". */
  asciiName?: string;
  columns: Column<Row>[];
  rows: Row[];
  total?: number;
  cache?: string;
  quoteAll?: boolean;
}) {
  const { format, columns, rows } = options;
  const body =
    format === "csv" ? toCsv(columns, rows, { quoteAll: options.quoteAll }) : new Uint8Array(await toXlsx(columns, rows, options.fileName));
  const total = options.total ?? rows.length;
  const headers: Record<string, string> = {
    "Content-Type": CONTENT_TYPES[format],
    "Content-Disposition": options.asciiName
      ? `attachment; filename="xieshang-${options.asciiName.replace(/[^A-Za-z0-9._-]/g, "_")}.${format}"; filename*=UTF-8''${encodeURIComponent(`${options.fileName}.${format}`)}`
      : contentDisposition(`${options.fileName}.${format}`, "attachment"),
    "Cache-Control": options.cache ?? "public, max-age=60",
    "X-Total-Count": String(total),
  };
  if (total > rows.length) headers["X-Export-Truncated"] = `${rows.length}/${total}`;
  return new Response(body, { headers });
}

// ——— Lists ———

export interface LoadedList<Row> {
  rows: Row[];
  /** The full length of the list, when the domain query counts it. */
  total?: number;
  /** File and sheet name, when it depends on the list (e.g. one catalogue). */
  fileName?: string;
}

export interface OpenList<Row> {
  /** URL name: /exports/<name>.csv */
  name: string;
  /** Chinese file name. */
  title: string;
  columns(origin: string): Column<Row>[];
  /** null: the list does not exist (404). */
  load(url: URL, limit: number): Promise<LoadedList<Row> | null>;
}

/** Keeps each list's row type while the registry holds them side by side. */
export function defineList<Row>(list: OpenList<Row>): OpenList<unknown> {
  return list as unknown as OpenList<unknown>;
}

