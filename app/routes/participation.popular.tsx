import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { FilterSelect } from "~/components/list-filters";
import { popularQuery } from "~/models/participation/participation-exports.server";
import { mostSupported } from "~/models/participation/supports.server";
import styles from "~/styles/participation.css";
import { paramsOf } from "~/utils/list-queries";
import { z } from "zod";

// 最受关注: published recommendations, public proposals and approved opinions
// by how many accounts support them, with a kind and year filter.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "最受关注 · 网络议政 · 协商" }];

const PER_PAGE = 20;
const KIND_LABELS = { recommendation: "建议", proposal: "提案", opinion: "网民意见" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = paramsOf(request.url);
  const q = popularQuery.parse(params);
  const page = z.coerce.number().int().min(1).max(500).catch(1).parse(params.page);
  const { items, total } = await mostSupported({ subject: q.kind, year: q.year, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  return json({ kind: q.kind ?? null, year: q.year ?? null, page, total, items, years: Array.from({ length: 6 }, (_, i) => thisYear - i) });
}

export default function Popular() {
  const { kind, year, page, total, items, years } = useLoaderData<typeof loader>();
  const link = (p: number) => {
    const s = new URLSearchParams();
    if (kind) s.set("kind", kind);
    if (year) s.set("year", String(year));
    if (p > 1) s.set("page", String(p));
    return `/participation/popular${s.toString() ? `?${s}` : ""}`;
  };
  return (
    <section aria-labelledby="pop-title">
      <p>
        <Link to="/participation">网络议政</Link>
      </p>
      <h1 id="pop-title">最受关注</h1>
      <p className="lede">按附议人数排列的建议、提案和网民意见。每个账号对每一项只能附议一次。</p>
      <Form method="get" className="filters">
        <FilterSelect name="kind" label="类型" value={kind} options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
        <FilterSelect name="year" label="年度" value={year} options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
        <button type="submit" className="secondary">
          筛选
        </button>
      </Form>
      <div className="list-header">
        <p className="count">共 {total} 项有人附议</p>
      </div>
      <ExportLinks list="most-supported" />
      {items.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">排名</th>
                <th scope="col">类型</th>
                <th scope="col">标题</th>
                <th scope="col">出处</th>
                <th scope="col">附议</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r, i) => (
                <tr key={`${r.subject}-${r.id}`}>
                  <td>{(page - 1) * PER_PAGE + i + 1}</td>
                  <td>{KIND_LABELS[r.subject]}</td>
                  <td>
                    <Link to={r.url}>{r.title}</Link>
                  </td>
                  <td>{r.context}</td>
                  <td>{r.supports} 人</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>暂无附议。</p>
      )}
      <nav className="pagination" aria-label="分页">
        {page > 1 ? <Link to={link(page - 1)}>上一页</Link> : null}
        {page * PER_PAGE < total ? <Link to={link(page + 1)}>下一页</Link> : null}
      </nav>
    </section>
  );
}
