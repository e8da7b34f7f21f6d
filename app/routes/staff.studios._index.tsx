import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { studiosManagedBy } from "~/models/studios/studios.server";

export const meta: MetaFunction = () => [{ title: "委员工作室管理 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  return json({ studios: await studiosManagedBy(user) });
}

export default function StaffStudios() {
  const { studios } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ss-title">
      <p>
        <Link to="/staff">提案办工作台</Link>
      </p>
      <h1 id="ss-title">委员工作室管理</h1>
      <p className="button-row">
        <Link className="button" to="/staff/studios/new">
          新建工作室
        </Link>
      </p>
      <p className="count">共 {studios.length} 个工作室</p>
      <ul>
        {studios.map((s) => (
          <li key={s.id}>
            <Link to={`/studios/${s.slug}/manage`}>{s.name}</Link>
            {s.active ? "" : "（已停用）"}
          </li>
        ))}
      </ul>
    </section>
  );
}
