import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/auth.server";

export const meta: MetaFunction = () => [{ title: "委员工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "member");
  return json({ displayName: user.displayName, organisationName: user.organisationName });
}

export default function MemberWorkbench() {
  const { displayName, organisationName } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="mw-title">
      <h1 id="mw-title">委员工作台</h1>
      <p>
        {displayName}
        {organisationName ? `（${organisationName}）` : ""}，您好。
      </p>
      <p>在这里撰写和提交提案、邀请联名、跟踪办理进度并评价答复。</p>
      <ul>
        <li>
          <Link to="/account">账号信息</Link>
        </li>
        <li>
          <Link to="/departments">承办单位名录</Link>（撰写建议时可查阅规范的单位名称）
        </li>
      </ul>
    </section>
  );
}
