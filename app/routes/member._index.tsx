import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageData } from "~/utils/page-data.server";
import { Link } from "~/components/link";
import { requireProposer } from "~/auth/auth.server";
import { TodoList } from "~/components/todo-list";
import { WorkbenchProposalTable } from "~/components/workbench-proposals";
import { otherWorkbenchTodos, todoCounts } from "~/models/todos/todos.server";
import { listMine } from "~/models/loop/proposals.server";
import { RECENT_FINISHED, workbenchShare } from "~/models/loop/workbench-proposals";

export const meta: MetaFunction = () => [
  { title: "委员工作台 · 协商" },
  { name: "description", content: "委员的提案草稿、联名邀请、待评价的答复与关注的建议。" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireProposer(request);
  const [mine, todos] = await Promise.all([listMine(user), todoCounts(user)]);
  const invitations = mine
    .filter((p) => p.authorId !== user.id && p.myCosignState === "invited" && p.state === "draft")
    .map((p) => ({ id: p.id, title: p.title }));
  // 待评价: answered proposals this user evaluates (their own, or their organisation's as its liaison).
  const toEvaluate = mine.filter((p) => p.state === "replied" && p.myCosignState === null).map((p) => ({ id: p.id, title: p.title, caseNo: p.caseNo }));
  // Everything still moving is listed; of the finished only the latest few (/member/proposals lists all).
  const { shown, finishedLeftOut } = workbenchShare(mine);
  return pageData(context, {
    todos: todos.member!,
    otherTodos: otherWorkbenchTodos(todos, "member"),
    toEvaluate,
    displayName: user.displayName,
    organisationName: user.organisationName,
    unread: user.unread,
    total: mine.length,
    finishedLeftOut,
    proposals: shown.map((p) => ({ id: p.id, title: p.title, state: p.state, caseNo: p.caseNo, mine: p.authorId === user.id, adoptions: p.adoptions })),
    invitations,
  });
}

export default function MemberWorkbench() {
  const { displayName, organisationName, unread, proposals, total, finishedLeftOut, invitations, todos, otherTodos, toEvaluate } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mw-title">
      <h1 id="mw-title">委员工作台</h1>
      <p>
        {displayName}
        {organisationName ? `（${organisationName}）` : ""}，您好。<Link to="/notifications">消息通知（{unread} 条未读）</Link>
      </p>
      <p className="actions">
        <Link to="/member/proposals/new" className="button">
          撰写提案
        </Link>
        <Link to="/member/rota">我的接待日</Link>
        <Link to="/account/sessions">我报名的协商活动</Link>
        <Link to="/member/leads">转交给我的提案线索</Link>
      </p>
      <TodoList
        items={[
          { label: "待联名确认", count: todos.cosign, to: "#invitations" },
          { label: "待评价", count: todos.evaluate, to: "#to-evaluate" },
          ...otherTodos,
        ]}
      />
      {toEvaluate.length ? (
        <>
          <h2 id="to-evaluate">待评价的答复（{toEvaluate.length}）</h2>
          <ul>
            {toEvaluate.map((p) => (
              <li key={p.id}>
                <Link to={`/member/proposals/${p.id}`}>{p.title}</Link> {p.caseNo}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {invitations.length ? (
        <>
          <h2 id="invitations">待答复的联名邀请（{invitations.length}）</h2>
          <ul>
            {invitations.map((i) => (
              <li key={i.id}>
                <Link to={`/member/proposals/${i.id}`}>{i.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>
        我的提案（{total}）{finishedLeftOut ? <small>已办结和已撤回的只列最近 {RECENT_FINISHED} 件</small> : null}
      </h2>
      <WorkbenchProposalTable proposals={proposals} />
      {finishedLeftOut ? (
        <p>
          <Link to="/member/proposals">查看全部提案（{total}）</Link>
        </p>
      ) : null}
    </section>
  );
}
