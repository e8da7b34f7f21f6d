import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { KeyBadge, StateBadge } from "~/components/badges";
import { pendingReplies, reassignmentRequests } from "~/models/loop/proposal-queries.server";
import { getProposal, listByState } from "~/models/loop/proposals.server";

export const meta: MetaFunction = () => [{ title: "提案审查与交办 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  // After 退回修改 (staff.proposals.$proposalId): name the proposal that went back to its author.
  const returnedId = new URL(request.url).searchParams.get("returned") ?? "";
  const returned = /^\d{1,9}$/.test(returnedId) ? await getProposal(Number(returnedId)) : null;
  const [submitted, toAssign, replies, reassign] = await Promise.all([
    listByState(["submitted"]),
    listByState(["accepted"]),
    pendingReplies(),
    reassignmentRequests(),
  ]);
  const row = (p: (typeof submitted)[number]) => ({ id: p.id, title: p.title, state: p.state, caseNo: p.caseNo, isKey: p.isKey });
  return json({ returned: returned?.state === "draft" ? returned.title : null, submitted: submitted.map(row), toAssign: toAssign.map(row), pendingReplies: replies.length, reassign: reassign.map((r) => ({ id: r.a.id, proposalId: r.a.proposalId, caseNo: r.caseNo, title: r.title, department: r.departmentName, reason: r.a.reassignmentReason })) });
}

function Queue({ id, title, rows }: { id: string; title: string; rows: { id: number; title: string; state: Parameters<typeof StateBadge>[0]["state"]; caseNo: string | null; isKey: boolean }[] }) {
  return (
    <section id={id}>
      <h2>
        {title}（{rows.length}）
      </h2>
      {rows.length ? (
        <ul>
          {rows.map((p) => (
            <li key={p.id}>
              <Link to={`/staff/proposals/${p.id}`}>{p.title}</Link> {p.caseNo ?? ""} <StateBadge state={p.state} /> <KeyBadge isKey={p.isKey} />
            </li>
          ))}
        </ul>
      ) : (
        <p>无。</p>
      )}
    </section>
  );
}

export default function StaffProposals() {
  const { returned, submitted, toAssign, pendingReplies, reassign } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sp-title">
      <h1 id="sp-title">提案审查与交办</h1>
      {returned ? (
        <p className="notice ok" role="status">
          已将“{returned}”退回提案人修改。提案人修改后重新提交，会再出现在“待立案审查”中。
        </p>
      ) : null}
      <p>
        <Link to="/staff/replies">答复审核（{pendingReplies} 件待审）</Link> · <Link to="/staff/supervision">督办看板</Link>
      </p>
      <Queue id="review" title="待立案审查" rows={submitted} />
      <Queue id="to-assign" title="已立案待交办" rows={toAssign} />
      <h2 id="reassign">承办单位申请调整（{reassign.length}）</h2>
      <ul>
        {reassign.map((r) => (
          <li key={r.id}>
            <Link to={`/staff/proposals/${r.proposalId}`}>
              {r.caseNo} {r.title}
            </Link>
            ：{r.department}——{r.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
