import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listDepartments } from "~/models/departments.server";
import { ORGANISATION_KIND_LABELS, listOrganisations } from "~/models/organisations.server";

export async function loader(_: LoaderFunctionArgs) {
  const [departments, organisations] = await Promise.all([listDepartments(), listOrganisations()]);
  const parties = organisations.filter((o) => o.kind === "party" || o.kind === "federation");
  return json({
    counts: {
      departments: departments.length,
      organisations: organisations.length,
      parties: parties.length,
    },
    parties: parties.map((p) => ({ slug: p.slug, name: p.shortName ?? p.name, kind: ORGANISATION_KIND_LABELS[p.kind] })),
  });
}

export default function Home() {
  const { counts, parties } = useLoaderData<typeof loader>();
  return (
    <>
      <section aria-labelledby="home-title">
        <h1 id="home-title">政协提案与协商成果公开平台</h1>
        <p className="lede">
          调研报告和党派、委员提案中的每一条建议，都逐条交由承办单位办理，办理进度、答复和评价全程向社会公开。
        </p>
      </section>
      <section aria-labelledby="home-stats">
        <h2 id="home-stats">平台概况</h2>
        <ul className="stats">
          <li>
            <strong>{counts.departments}</strong> 家承办单位
          </li>
          <li>
            <strong>{counts.parties}</strong> 个民主党派和工商联
          </li>
          <li>
            <strong>{counts.organisations}</strong> 个党派、专委会和界别
          </li>
        </ul>
      </section>
      <section aria-labelledby="home-parties">
        <h2 id="home-parties">民主党派和工商联</h2>
        <ul className="tags">
          {parties.map((p) => (
            <li key={p.slug}>
              <Link to={`/organisations/${p.slug}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/departments">查看承办单位名录</Link>
        </p>
      </section>
    </>
  );
}
