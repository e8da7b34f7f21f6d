import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireAdmin } from "~/auth/auth.server";
import { listOrganisations } from "~/models/directory/organisations.server";
import { ORGANISATION_KIND_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "党派团体管理 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const rows = await listOrganisations({ includeInactive: true });
  return json({
    organisations: rows.map((o) => ({
      id: o.id,
      slug: o.slug,
      name: o.name,
      kind: ORGANISATION_KIND_LABELS[o.kind],
      active: o.active,
    })),
  });
}

export default function AdminOrganisations() {
  const { organisations } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ao-title">
      <h1 id="ao-title">党派团体</h1>
      <div className="list-header">
        <p className="count">共 {organisations.length} 个</p>
        <Link to="/admin/organisations/new" className="button">
          新增组织
        </Link>
      </div>
      <div className="table-scroll">
        <table>
          <caption>民主党派、工商联、专门委员会和界别</caption>
          <thead>
            <tr>
              <th scope="col">名称</th>
              <th scope="col">标识</th>
              <th scope="col">类别</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/admin/organisations/${o.id}`}>{o.name}</Link>
                </td>
                <td>{o.slug}</td>
                <td>{o.kind}</td>
                <td>{o.active ? <span className="badge ok">在用</span> : <span className="badge muted">已停用</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
