import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { listDepartments } from "~/models/directory/departments.server";
import { LEVEL_LABELS } from "~/utils/labels";
import { filterText } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "承办单位管理 · 协商" }];

const query = /* @__PURE__ */ defineSchema(() => z.object({ q: filterText(100) }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { q } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listDepartments({ query: q || undefined, includeInactive: true });
  return json({
    q,
    departments: rows.map((d) => ({
      id: d.id,
      name: d.name,
      aliases: d.aliases,
      level: LEVEL_LABELS[d.level],
      active: d.active,
      merged: d.mergedIntoId !== null,
    })),
  });
}

export default function AdminDepartments() {
  const { q, departments } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ad-title">
      <h1 id="ad-title">承办单位</h1>
      <div className="list-header">
        <p className="count">
          共 {departments.length} 家（在用 {departments.filter((d) => d.active).length} 家）
        </p>
        <Form method="get" className="filters" role="search" aria-label="筛选承办单位">
          <div className="field">
            <label htmlFor="q">名称或别名</label>
            <input type="search" id="q" name="q" defaultValue={q} />
          </div>
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
        <Link to="/admin/departments/new" className="button">
          新增单位
        </Link>
      </div>
      <div className="table-scroll">
        <table>
          <caption>承办单位名录</caption>
          <thead>
            <tr>
              <th scope="col">单位名称</th>
              <th scope="col">常见写法</th>
              <th scope="col">层级</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/admin/departments/${d.id}`}>{d.name}</Link>
                </td>
                <td>{d.aliases.join("、") || "—"}</td>
                <td>{d.level}</td>
                <td>
                  {d.merged ? (
                    <span className="badge muted">已合并</span>
                  ) : d.active ? (
                    <span className="badge ok">在用</span>
                  ) : (
                    <span className="badge muted">已停用</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
