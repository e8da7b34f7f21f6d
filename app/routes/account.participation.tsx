import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { LeadStateBadge, OpinionStateBadge, formatDate } from "~/components/participation-ui";
import { myLeads } from "~/models/participation/lead-queries.server";
import { myOpinions } from "~/models/participation/opinion-queries.server";
import styles from "~/styles/participation.css";

// 我的参与: the opinions I posted (with what became of each) and the leads I sent (with where they went).
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "我的参与 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [opinions, leads] = await Promise.all([myOpinions(user.id), myLeads(user.id)]);
  return json({
    opinions: opinions.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    leads: leads.map((l) => ({ id: l.id, title: l.title, state: l.state, createdAt: l.createdAt.toISOString(), went: l.went, reason: l.reason })),
  });
}

export default function MyParticipation() {
  const { opinions, leads } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mp-title">
      <p>
        <Link to="/account">我的账号</Link>
      </p>
      <h1 id="mp-title">我的参与</h1>
      <section aria-labelledby="mo-title">
        <h2 id="mo-title">我发表的意见（{opinions.length} 条）</h2>
        {opinions.length ? (
          <ul className="doc-list">
            {opinions.map((o) => (
              <li key={o.id}>
                <p className="opinion-meta">
                  <OpinionStateBadge state={o.state} /> <Link to={`/participation/topics/${o.topicId}#my-opinions`}>{o.topicTitle}</Link> {formatDate(o.createdAt)}
                  {o.state === "approved" ? <span>{o.supports} 人附议</span> : null}
                  {o.reason ? <span>理由：{o.reason}</span> : null}
                </p>
                <p>
                  <Link to={`/participation/opinions/${o.id}`}>{o.body.slice(0, 80)}{o.body.length > 80 ? "……" : ""}</Link>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            还没有发表过意见。<Link to="/participation">看看正在征集意见的议题</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="ml-title">
        <h2 id="ml-title">我提供的提案线索（{leads.length} 条）</h2>
        {leads.length ? (
          <ul className="doc-list">
            {leads.map((l) => (
              <li key={l.id}>
                <Link to={`/participation/leads/${l.id}`}>{l.title}</Link> <LeadStateBadge state={l.state} /> {formatDate(l.createdAt, false)}
                {l.went.memberName ? `，已转交${l.went.memberName}` : ""}
                {l.went.departmentName ? `，已转${l.went.departmentName}` : ""}
                {l.went.proposal ? (l.went.proposal.caseNo ? `，已形成提案 ${l.went.proposal.caseNo}` : "，委员已据此起草提案") : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            还没有提供过线索。<Link to="/participation/leads/new">提供提案线索</Link>
          </p>
        )}
      </section>
    </section>
  );
}
