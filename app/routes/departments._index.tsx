import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { listDepartments } from "~/models/directory/departments.server";
import { DEPARTMENT_KIND_LABELS as KIND_LABELS, LEVEL_LABELS } from "~/utils/labels";
import { departmentFilters, departmentsQuery, paramsOf } from "~/utils/list-queries";
import { FilterSelect } from "~/components/list-filters";

export const meta: MetaFunction = () => [{ title: "承办单位名录 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const query = departmentsQuery.parse(paramsOf(request.url));
  const { q, level } = query;
  const departments = await listDepartments(departmentFilters(query));
  return json({
    q,
    level: level ?? "",
    departments: departments.map((d) => ({
      id: d.id,
      name: d.name,
      shortName: d.shortName,
      aliases: d.aliases,
      level: LEVEL_LABELS[d.level],
      kind: KIND_LABELS[d.kind],
    })),
  });
}

export default function Departments() {
  const { q, level, departments } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="dept-title">
      <h1 id="dept-title">承办单位名录</h1>
      <div className="list-header">
        <p className="count">共 {departments.length} 家单位</p>
        <Form method="get" className="filters" role="search" aria-label="筛选承办单位">
          <div className="field">
            <label htmlFor="q">名称或别名</label>
            <input type="search" id="q" name="q" defaultValue={q} />
          </div>
          <FilterSelect name="level" label="层级" value={level} options={Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }))} />
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
      </div>
      <ExportLinks list="departments" />
      <div className="table-scroll">
        <table>
          <caption>承办单位（名称、简称及常见写法）</caption>
          <thead>
            <tr>
              <th scope="col">单位名称</th>
              <th scope="col">简称</th>
              <th scope="col">常见写法</th>
              <th scope="col">层级</th>
              <th scope="col">类别</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/departments/${d.id}`}>{d.name}</Link>
                </td>
                <td>{d.shortName ?? "—"}</td>
                <td>{d.aliases.join("、") || "—"}</td>
                <td>{d.level}</td>
                <td>{d.kind}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
