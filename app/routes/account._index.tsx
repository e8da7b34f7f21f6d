import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageData } from "~/utils/page-data.server";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { ROLE_LABELS } from "~/utils/labels";
import { workbenchesFor } from "~/utils/navigation";

export const meta: MetaFunction = () => [{ title: "我的账号 · 协商" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Only what the page shows: the session's user also carries ids, the version and the to-do counts.
  const { displayName, username, email, roles, departmentName, organisationName } = user;
  return pageData(context, { user: { displayName, username, email, roles, departmentName, organisationName }, workbenches: workbenchesFor(roles) });
}

export default function Account() {
  const { user, workbenches } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">我的账号</h1>
      <dl className="facts">
        <dt>称呼</dt>
        <dd>{user.displayName}</dd>
        <dt>用户名</dt>
        <dd>{user.username}</dd>
        <dt>电子邮箱</dt>
        <dd>{user.email ?? "未填写"}</dd>
        <dt>角色</dt>
        <dd>{user.roles.map((r) => ROLE_LABELS[r]).join("、")}</dd>
        {user.departmentName ? (
          <>
            <dt>所属单位</dt>
            <dd>{user.departmentName}</dd>
          </>
        ) : null}
        {user.organisationName ? (
          <>
            <dt>所属组织</dt>
            <dd>{user.organisationName}</dd>
          </>
        ) : null}
      </dl>
      {workbenches.length ? (
        <>
          <h2>我的工作台</h2>
          <ul>
            {workbenches.map((w) => (
              <li key={w.to}>
                <Link to={w.to}>{w.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/account/password">修改密码</Link> · <Link to="/account/participation">我的参与（意见与提案线索）</Link>
      </p>
    </section>
  );
}
