import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { AdoptionTables } from "~/components/adoption-tables";
import { BarChart } from "~/components/bar-chart";
import { ExportLinks } from "~/components/export-links";
import { loopStatistics } from "~/models/platform/statistics.server";
import { REPLY_CATEGORY_LABELS } from "~/utils/labels";
import { paramsOf, statisticsQuery } from "~/utils/list-queries";
import { MostSupportedTables } from "~/components/participation-ui";
import { mostSupportedByKind } from "~/models/participation/supports.server";

export const meta: MetaFunction = () => [{ title: "办理统计 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { year } = statisticsQuery.parse(paramsOf(request.url));
  const [stats, popular] = await Promise.all([loopStatistics(year), mostSupportedByKind(year)]);
  return json({ year: year ?? null, stats, popular });
}

const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

export default function Statistics() {
  const { year, stats, popular } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="st-title">
      <h1 id="st-title">办理统计{year ? `（${year} 年）` : ""}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="year">年度</label>
          <input type="number" id="year" name="year" defaultValue={year ?? ""} min={2000} max={2100} />
        </div>
        <button type="submit" className="secondary">
          查看
        </button>
      </Form>
      <ul className="stats">
        <li>
          <strong>{stats.totals.accepted}</strong> 件立案提案
        </li>
        <li>
          <strong>{pct(stats.replyRate)}</strong> 办复率（{stats.totals.replied} 件已答复或办结）
        </li>
        <li>
          <strong>{pct(stats.onTimeRate)}</strong> 按期答复率（{stats.onTime.on_time}/{stats.onTime.replies}）
        </li>
        <li>
          <strong>{pct(stats.satisfactionRate)}</strong> 满意率（满意与基本满意，{stats.satisfaction.evaluations} 次评价）
        </li>
      </ul>

      <h2>答复类别</h2>
      <BarChart title="答复类别分布" data={stats.categories.map((c) => ({ label: c.category ?? "—", value: c.n }))} unit=" 件" />
      <table>
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">件数</th>
          </tr>
        </thead>
        <tbody>
          {stats.categories.map((c) => (
            <tr key={c.category}>
              <td>{REPLY_CATEGORY_LABELS[c.category as keyof typeof REPLY_CATEGORY_LABELS] ?? c.category}</td>
              <td>{c.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-categories" label="下载本表" />

      <h2>各单位逾期情况</h2>
      <BarChart title="各单位逾期未答复件数" data={stats.overdue.map((d) => ({ label: d.name, value: d.overdue }))} unit=" 件" />
      <table>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">在办</th>
            <th scope="col">逾期</th>
          </tr>
        </thead>
        <tbody>
          {stats.overdue.map((d) => (
            <tr key={d.id}>
              <td>
                <Link to={`/departments/${d.id}`}>{d.name}</Link>
              </td>
              <td>{d.open}</td>
              <td>{d.overdue > 0 ? <span className="badge danger">逾期 {d.overdue} 件</span> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-overdue" label="下载本表" />

      <AdoptionTables departments={stats.adoptionByDepartments} documents={stats.adoptionByDocuments} />

      <h2>各党派团体的报告与提案</h2>
      <BarChart title="各党派团体的报告与提案件数" data={stats.byOrganisation.map((o) => ({ label: `${o.name} ${o.year}`, value: o.n }))} unit=" 篇" />
      <table>
        <thead>
          <tr>
            <th scope="col">提出单位</th>
            <th scope="col">年度</th>
            <th scope="col">篇数</th>
          </tr>
        </thead>
        <tbody>
          {stats.byOrganisation.map((o) => (
            <tr key={`${o.name}-${o.year}`}>
              <td>{o.name}</td>
              <td>{o.year}</td>
              <td>{o.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-organisations" label="下载本表" />

      <h2>近 12 个月趋势</h2>
      <BarChart title="每月立案件数" data={stats.trend.map((t) => ({ label: t.month, value: t.accepted }))} unit=" 件" />
      <table>
        <thead>
          <tr>
            <th scope="col">月份</th>
            <th scope="col">立案</th>
            <th scope="col">答复完成</th>
          </tr>
        </thead>
        <tbody>
          {stats.trend.map((t) => (
            <tr key={t.month}>
              <td>{t.month}</td>
              <td>{t.accepted}</td>
              <td>{t.replied}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-trend" label="下载本表" />
      <MostSupportedTables year={year} top={popular} />
    </section>
  );
}
