import type { LoaderFunctionArgs } from "@remix-run/node";
import { loopStatistics, toCsv } from "~/models/statistics.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const y = url.searchParams.get("year");
  const stats = await loopStatistics(y && /^\d{4}$/.test(y) ? Number(y) : undefined);
  const table = url.searchParams.get("table");
  let csv: string;
  switch (table) {
    case "categories":
      csv = toCsv(["类别", "件数"], stats.categories.map((c) => [c.category, c.n]));
      break;
    case "overdue":
      csv = toCsv(["单位", "在办", "逾期"], stats.overdue.map((d) => [d.name, d.open, d.overdue]));
      break;
    case "organisations":
      csv = toCsv(["提出单位", "年度", "篇数"], stats.byOrganisation.map((o) => [o.name, o.year, o.n]));
      break;
    case "trend":
      csv = toCsv(["月份", "立案", "答复完成"], stats.trend.map((t) => [t.month, t.accepted, t.replied]));
      break;
    default:
      throw new Response("Unknown table", { status: 404 });
  }
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="xieshang-${table}.csv"` },
  });
}
