import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireProposer } from "~/auth/auth.server";
import { WorkbenchProposalTable } from "~/components/workbench-proposals";
import { listMine } from "~/models/loop/proposals.server";

export const meta: MetaFunction = () => [{ title: "我的全部提案 · 委员工作台 · 协商" }];

// Every proposal the member drafted or co-signs (and their organisation's, as its liaison),
// newest first: the workbench lists only the latest finished ones (workbench-proposals.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProposer(request);
  const mine = await listMine(user);
  return json({
    proposals: mine.map((p) => ({ id: p.id, title: p.title, state: p.state, caseNo: p.caseNo, mine: p.authorId === user.id, adoptions: p.adoptions })),
  });
}

export default function MemberProposals() {
  const { proposals } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mp-title">
      <h1 id="mp-title">我的全部提案（{proposals.length}）</h1>
      <p>
        <Link to="/member">返回委员工作台</Link>
      </p>
      <WorkbenchProposalTable proposals={proposals} />
    </section>
  );
}
