import { useLocation } from "@remix-run/react";
import { EXPORT_MAX_ROWS } from "~/utils/list-queries";

/**
 * "下载 CSV / 下载 XLSX" for a public list, keeping the filters in the current
 * URL (all pages, so `page` is dropped). `params` adds what the path carries
 * (e.g. the catalogue's slug). Plain links: downloads need no JavaScript.
 */
export function ExportLinks({
  list,
  params,
  label = `导出本列表（全部页，最多 ${EXPORT_MAX_ROWS.toLocaleString("zh-CN")} 行）`,
  keepFilters = true,
}: {
  list: string;
  params?: Record<string, string>;
  label?: string;
  /** false when the page's own query is not a filter of the list. */
  keepFilters?: boolean;
}) {
  const location = useLocation();
  const search = new URLSearchParams(keepFilters ? location.search : "");
  search.delete("page");
  for (const [k, v] of Object.entries(params ?? {})) search.set(k, v);
  const query = search.toString() ? `?${search}` : "";
  return (
    <p className="export-links">
      {label}：
      <a href={`/exports/${list}.csv${query}`} download>
        下载 CSV
      </a>{" "}
      <a href={`/exports/${list}.xlsx${query}`} download>
        下载 XLSX
      </a>
    </p>
  );
}
