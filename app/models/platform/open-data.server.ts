// 开放数据: every public list page can be downloaded as CSV or XLSX with the
// filters it shows. A list is registered here with its columns and a loader
// that calls the same domain query as the page (all pages of it, up to
// EXPORT_MAX_ROWS), as the anonymous visitor sees it.
import { EXPORT_MAX_ROWS, exportResponse, type ExportFormat, type OpenList } from "../../utils/export.server";
import { catalogueLists } from "./open-data-catalogues.server";
import { directoryLists } from "./open-data-directory.server";
import { documentLists } from "./open-data-documents.server";
import { participationLists } from "../participation/participation-exports.server";

const registry = new Map<string, OpenList<unknown>>([...documentLists, ...directoryLists, ...catalogueLists, ...participationLists].map((l) => [l.name, l]));

export function openList(name: string) {
  return registry.get(name) ?? null;
}

export function openListNames() {
  return [...registry.keys()];
}

/** Columns and rows of one list for this URL, or null when it does not exist. */
export async function loadOpenList(name: string, url: URL, origin: string, limit = EXPORT_MAX_ROWS) {
  const list = openList(name);
  if (!list) return null;
  const loaded = await list.load(url, limit);
  if (!loaded) return null;
  return { list, columns: list.columns(origin), rows: loaded.rows.slice(0, limit), total: loaded.total ?? loaded.rows.length, fileName: loaded.fileName ?? list.title };
}

/** The download, or null (404). */
export async function exportOpenList(name: string, format: ExportFormat, url: URL, origin: string) {
  const loaded = await loadOpenList(name, url, origin);
  if (!loaded) return null;
  return exportResponse({ format, fileName: loaded.fileName, asciiName: name, columns: loaded.columns, rows: loaded.rows, total: loaded.total });
}
