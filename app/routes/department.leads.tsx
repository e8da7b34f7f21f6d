import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireDepartmentUser } from "~/auth/auth.server";
import { formatDate } from "~/components/participation-ui";
import { departmentLeads } from "~/models/participation/lead-queries.server";
import styles from "~/styles/participation.css";

// 转来的社情民意: leads staff forwarded to this department for reference.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "社情民意 · 承办工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireDepartmentUser(request);
  if (!user.departmentId) throw new Response("账号未关联承办单位", { status: 403 });
  const leads = await departmentLeads(user.departmentId);
  return json({ leads: leads.map((l) => ({ id: l.id, title: l.title, place: l.place, createdAt: l.createdAt.toISOString() })) });
}

export default function DepartmentLeads() {
  const { leads } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="dl-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="dl-title">转来的社情民意</h1>
      <div className="list-header">
        <p className="count">共 {leads.length} 条</p>
      </div>
      {leads.length ? (
        <ul className="doc-list">
          {leads.map((l) => (
            <li key={l.id}>
              <Link to={`/participation/leads/${l.id}`}>{l.title}</Link> {formatDate(l.createdAt, false)}
              {l.place ? ` · ${l.place}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无转来的社情民意。</p>
      )}
    </section>
  );
}
