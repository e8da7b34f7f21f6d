import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { listUsers } from "~/models/directory/users.server";
import { ROLE_LABELS } from "~/utils/labels";
import { filterText, roleSchema } from "~/utils/schemas";
import { FilterSelect, Pagination } from "~/components/list-filters";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "用户管理 · 协商" }];

const PAGE = 50;
const query = /* @__PURE__ */ defineSchema(() => z.object({
  q: filterText(64),
  role: roleSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { q, role, page } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { users, total } = await listUsers({ query: q || undefined, role, limit: PAGE, offset: (page - 1) * PAGE });
  return json({ q, role: role ?? "", page, pages: Math.max(1, Math.ceil(total / PAGE)), total, users });
}

export default function AdminUsers() {
  const { q, role, page, pages, total, users } = useLoaderData<typeof loader>();
  const link = (p: number) => `?${new URLSearchParams({ q, role, page: String(p) })}`;
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">用户</h1>
      <div className="list-header">
        <p className="count">共 {total} 个用户</p>
        <Form method="get" className="filters" role="search" aria-label="筛选用户">
          <div className="field">
            <label htmlFor="q">用户名或姓名</label>
            <input type="search" id="q" name="q" defaultValue={q} />
          </div>
          <FilterSelect name="role" label="角色" value={role} options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))} />
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
        <Link to="/admin/users/new" className="button">
          新建用户
        </Link>
      </div>
      <div className="table-scroll">
        <table>
          <caption>用户列表（第 {page}/{pages} 页）</caption>
          <thead>
            <tr>
              <th scope="col">用户名</th>
              <th scope="col">姓名</th>
              <th scope="col">角色</th>
              <th scope="col">所属</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/users/${u.id}`}>{u.username}</Link>
                </td>
                <td>{u.displayName}</td>
                <td>{u.roles.map((r) => ROLE_LABELS[r]).join("、")}</td>
                <td>{[u.departmentName, u.organisationName].filter(Boolean).join("；") || "—"}</td>
                <td>{u.active ? <span className="badge ok">在用</span> : <span className="badge muted">已停用</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination previous={page > 1 ? link(page - 1) : null} next={page < pages ? link(page + 1) : null} />
    </section>
  );
}
