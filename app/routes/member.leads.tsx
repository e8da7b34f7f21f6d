import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireMember } from "~/auth/auth.server";
import { LeadStateBadge, formatDate } from "~/components/participation-ui";
import { memberLeads } from "~/models/participation/lead-queries.server";
import styles from "~/styles/participation.css";

// 转交给我的提案线索: what staff forwarded to this member, and what became of it.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "提案线索 · 委员工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireMember(request);
  const leads = await memberLeads(user.id);
  return json({ leads: leads.map((l) => ({ id: l.id, title: l.title, state: l.state, place: l.place, createdAt: l.createdAt.toISOString(), via: l.went.via, proposal: l.went.proposal })) });
}

export default function MemberLeads() {
  const { leads } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ml-title">
      <p>
        <Link to="/member">委员工作台</Link>
      </p>
      <h1 id="ml-title">转交给我的提案线索</h1>
      <div className="list-header">
        <p className="count">共 {leads.length} 条</p>
      </div>
      {leads.length ? (
        <ul className="doc-list">
          {leads.map((l) => (
            <li key={l.id}>
              <Link to={`/participation/leads/${l.id}`}>{l.title}</Link> <LeadStateBadge state={l.state} /> {formatDate(l.createdAt, false)}
              {l.place ? ` · ${l.place}` : ""}
              {l.via ? ` · ${l.via}` : ""}
              {l.proposal ? ` · 已起草提案${l.proposal.caseNo ? ` ${l.proposal.caseNo}` : ""}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无转交给您的线索。</p>
      )}
    </section>
  );
}
