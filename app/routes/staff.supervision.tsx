import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { KeyBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { supervisionBoard } from "~/models/loop/proposal-queries.server";

export const meta: MetaFunction = () => [{ title: "督办看板 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return json(await supervisionBoard());
}

export default function Supervision() {
  const { key, overdue } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sv-title">
      <h1 id="sv-title">督办看板</h1>
      <h2>重点提案（{key.length}）</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">案号</th>
            <th scope="col">标题</th>
            <th scope="col">督办领导</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {key.map((p) => (
            <tr key={p.id}>
              <td>{p.caseNo}</td>
              <td>
                <Link to={`/staff/proposals/${p.id}`}>{p.title}</Link>
              </td>
              <td>{p.leader}</td>
              <td>
                <StateBadge state={p.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="overdue">逾期未答复（{overdue.length}）</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">案号</th>
            <th scope="col">标题</th>
            <th scope="col">承办单位</th>
            <th scope="col">期限</th>
            <th scope="col">逾期</th>
          </tr>
        </thead>
        <tbody>
          {overdue.map((o) => (
            <tr key={o.id}>
              <td>{o.caseNo}</td>
              <td>
                <Link to={`/staff/proposals/${o.proposalId}`}>{o.title}</Link> <KeyBadge isKey={o.isKey} />
              </td>
              <td>{o.departmentName}</td>
              <td>{o.deadline}</td>
              <td>
                <OverdueBadge days={o.days} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
