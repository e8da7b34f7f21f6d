import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireRole } from "~/auth/auth.server";
import { TodoList } from "~/components/todo-list";
import { WorkbenchProposalTable } from "~/components/workbench-proposals";
import { countOrganisationMembers, getOrganisation } from "~/models/directory/organisations.server";
import { listOrganisationProposals } from "~/models/todos/organisation-proposals.server";
import { otherWorkbenchTodos, todoCounts } from "~/models/todos/todos.server";
import { PROPOSAL_STATE_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [
  { title: "党派团体工作台 · 协商" },
  { name: "description", content: "党派团体以集体名义提出的提案及其办理进展。" },
];

// The liaison sees their own organisation's proposals only (the organisation comes from the account).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "organisation");
  const organisation = user.organisationId ? await getOrganisation(user.organisationId) : null;
  if (!organisation) return json({ organisation: null, members: 0, proposals: [], todos: null, otherTodos: [] });
  const [members, rows, todos] = await Promise.all([countOrganisationMembers(organisation.id), listOrganisationProposals(user, organisation.id), todoCounts(user)]);
  return json({
    organisation: { name: organisation.name, slug: organisation.slug },
    members,
    proposals: rows.map((p) => ({ id: p.id, title: p.title, state: p.state, caseNo: p.caseNo, authorName: p.authorName, returned: p.state === "draft" && !!p.returnReason, adoptions: p.adoptions })),
    todos: todos.member,
    otherTodos: otherWorkbenchTodos(todos, "member"),
  });
}

export default function OrganisationWorkbench() {
  const { organisation, members, proposals, todos, otherTodos } = useLoaderData<typeof loader>();
  if (!organisation) {
    return (
      <section aria-labelledby="ow-title">
        <h1 id="ow-title">党派团体工作台</h1>
        <p className="notice">您的账号尚未关联组织，请联系管理员。</p>
      </section>
    );
  }
  const states = [...new Set(proposals.map((p) => p.state))];
  return (
    <section aria-labelledby="ow-title">
      <h1 id="ow-title">党派团体工作台 · {organisation.name}</h1>
      <p>
        您代表 <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link> 提交集体提案和调研报告。本组织在平台上有 {members} 位用户。
      </p>
      <p className="actions">
        <Link to="/organisation/proposals/new" className="button">
          以本组织名义撰写提案
        </Link>
      </p>
      {todos ? (
        <TodoList
          items={[
            { label: "待评价", count: todos.evaluate, to: "#org-proposals" },
            { label: "待联名确认", count: todos.cosign, to: "/member" },
            ...otherTodos,
          ]}
        />
      ) : null}
      <h2 id="org-proposals">本组织的提案（{proposals.length}）</h2>
      {states.length ? (
        <ul className="stats">
          {states.map((s) => (
            <li key={s}>
              <strong>{proposals.filter((p) => p.state === s).length}</strong> {PROPOSAL_STATE_LABELS[s]}
            </li>
          ))}
        </ul>
      ) : null}
      {proposals.length ? (
        <WorkbenchProposalTable proposals={proposals} organisation />
      ) : (
        <p>本组织还没有提案。</p>
      )}
    </section>
  );
}
