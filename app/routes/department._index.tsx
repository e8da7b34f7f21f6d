import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/auth.server";
import { departmentColleagues } from "~/models/dashboard.server";

export const meta: MetaFunction = () => [{ title: "承办工作台 · 协商" }];

// A department user works only on their own department's items.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "department");
  if (!user.departmentId) throw new Response("账号未关联承办单位", { status: 403 });
  return json({
    department: { id: user.departmentId, name: user.departmentName },
    colleagues: await departmentColleagues(user.departmentId),
  });
}

export default function DepartmentWorkbench() {
  const { department, colleagues } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="dw-title">
      <h1 id="dw-title">承办工作台 · {department.name}</h1>
      <p>
        在这里签收交办的提案和建议、记录办理进展、与提案人沟通并提交答复。单位信息见{" "}
        <Link to={`/departments/${department.id}`}>单位公开页面</Link>。
      </p>
      <h2>本单位办理人员（{colleagues.length}）</h2>
      <ul>
        {colleagues.map((c) => (
          <li key={c.id}>
            {c.displayName}（{c.username}）
          </li>
        ))}
      </ul>
    </section>
  );
}
