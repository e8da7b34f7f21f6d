import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { LeadStateBadge, formatDate } from "~/components/participation-ui";
import { listPublicLeads } from "~/models/participation/lead-queries.server";
import styles from "~/styles/participation.css";

// 提案线索 that their senders agreed to show and staff published, with where each went.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "提案线索 · 网络议政 · 协商" }];

export async function loader() {
  const leads = await listPublicLeads();
  return json({ leads: leads.map((l) => ({ id: l.id, title: l.title, place: l.place, state: l.state, createdAt: l.createdAt.toISOString(), went: l.went })) });
}

export default function PublicLeads() {
  const { leads } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="l-title">
      <p>
        <Link to="/participation">网络议政</Link>
      </p>
      <h1 id="l-title">提案线索</h1>
      <p className="lede">群众反映的问题和建议，经工作人员分办后转交政协委员或承办单位。这里只列出提供人同意公开的线索。</p>
      <p className="button-row">
        <Link className="button" to="/participation/leads/new">
          提供提案线索
        </Link>
      </p>
      <div className="list-header">
        <p className="count">共 {leads.length} 条</p>
      </div>
      <ExportLinks list="leads" keepFilters={false} />
      {leads.length ? (
        <ul className="doc-list">
          {leads.map((l) => (
            <li key={l.id}>
              <h2>
                <Link to={`/participation/leads/${l.id}`}>{l.title}</Link> <LeadStateBadge state={l.state} />
              </h2>
              <p className="doc-meta">
                {formatDate(l.createdAt, false)} 提交{l.place ? ` · ${l.place}` : ""}
                {l.went.memberName ? ` · 已转交${l.went.memberName}` : ""}
                {l.went.departmentName ? ` · 已转${l.went.departmentName}` : ""}
                {l.went.proposal?.caseNo ? ` · 已形成提案 ${l.went.proposal.caseNo}` : l.went.proposal ? " · 已形成提案草稿" : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无公开的提案线索。</p>
      )}
    </section>
  );
}
