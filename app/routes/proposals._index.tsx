import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { KeyBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { listDepartments } from "~/models/directory/departments.server";
import { listPublicProposals } from "~/models/loop/proposal-queries.server";
import { ExportLinks } from "~/components/export-links";
import { FeedLinksText } from "~/components/feed-links";
import { feedLinks } from "~/utils/feeds";
import { ASSIGNMENT_ROLE_LABELS, PROPOSAL_STATE_LABELS, REPLY_CATEGORY_LABELS } from "~/utils/labels";
import { PROPOSAL_LIST_STATES as states, paramsOf, proposalFilters, proposalsQuery } from "~/utils/list-queries";
import { FilterSelect, Pagination } from "~/components/list-filters";

export const meta: MetaFunction = () => [{ title: "提案办理 · 协商" }, ...feedLinks("replies")];

export async function loader({ request }: LoaderFunctionArgs) {
  const q = proposalsQuery.parse(paramsOf(request.url));
  const [{ rows, total }, departments] = await Promise.all([
    listPublicProposals(proposalFilters(q), q.page),
    listDepartments(),
  ]);
  return json({
    q: { state: q.state ?? "", department: q.department ? String(q.department) : "", category: q.category ?? "", overdue: q.overdue ?? "", page: q.page },
    total,
    pages: Math.max(1, Math.ceil(total / 20)),
    rows,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  });
}

export default function Proposals() {
  const { q, total, pages, rows, departments } = useLoaderData<typeof loader>();
  const link = (page: number) => `?${new URLSearchParams(Object.entries({ ...q, page: String(page) }).filter(([, v]) => v !== ""))}`;
  return (
    <section aria-labelledby="p-title">
      <h1 id="p-title">提案办理</h1>
      <p className="lede">已立案提案的交办、答复和评价情况，逐件公开。</p>
      <Form method="get" className="filters" aria-label="筛选提案">
        <FilterSelect name="state" label="状态" value={q.state} options={states.map((s) => ({ value: s, label: PROPOSAL_STATE_LABELS[s] }))} />
        <FilterSelect name="department" label="承办单位" value={q.department} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        <FilterSelect name="category" label="答复类别" value={q.category} options={Object.entries(REPLY_CATEGORY_LABELS).map(([v, l]) => ({ value: v, label: l }))} />
        <div className="field">
          <label>
            <input type="checkbox" name="overdue" value="1" defaultChecked={q.overdue === "1"} /> 只看逾期
          </label>
        </div>
        <button type="submit" className="secondary">
          筛选
        </button>
      </Form>
      <p className="count">
        共 {total} 件（第 {q.page}/{pages} 页）
      </p>
      <ExportLinks list="proposals" />
      <FeedLinksText kind="replies" />
      <div className="table-scroll">
        <table>
          <caption>提案列表</caption>
          <thead>
            <tr>
              <th scope="col">案号</th>
              <th scope="col">标题</th>
              <th scope="col">承办单位</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>{p.caseNo}</td>
                <td>
                  <Link to={`/proposals/${p.caseNo}`}>{p.title}</Link> <KeyBadge isKey={p.isKey} />
                </td>
                <td>{p.departments.map((d) => `${d.name}（${ASSIGNMENT_ROLE_LABELS[d.role]}）`).join("、") || "—"}</td>
                <td>
                  <StateBadge state={p.state} /> <OverdueBadge days={p.overdueDays} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination previous={q.page > 1 ? link(q.page - 1) : null} next={q.page < pages ? link(q.page + 1) : null} />
    </section>
  );
}
