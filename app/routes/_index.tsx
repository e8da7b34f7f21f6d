import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { homeSummary } from "~/models/documents/document-queries.server";
import { listOrganisations } from "~/models/directory/organisations.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { listTitlesFor } from "~/utils/reading.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const [summary, organisations] = await Promise.all([homeSummary(), listOrganisations()]);
  const parties = organisations.filter((o) => o.kind === "party" || o.kind === "federation");
  const titleOf = listTitlesFor(request); // 简/繁 (decision 016)
  return json({
    ...summary,
    latest: summary.latest.map((d) => ({ ...d, title: titleOf(d.title, d.writtenScript) })),
    parties: parties.map((p) => ({ slug: p.slug, name: p.shortName ?? p.name })),
  });
}

export default function Home() {
  const { counts, byKind, topDepartments, latest, parties } = useLoaderData<typeof loader>();
  return (
    <>
      <section aria-labelledby="home-title">
        <h1 id="home-title">政协提案与协商成果公开平台</h1>
        <p className="lede">
          调研报告和党派、委员提案中的每一条建议，都逐条交由承办单位办理，办理进度、答复和评价全程向社会公开。
        </p>
        <ul className="stats">
          <li>
            <strong>{counts.documents}</strong> 篇报告与提案
          </li>
          <li>
            <strong>{counts.recommendations}</strong> 条建议
          </li>
          {byKind.map((k) => (
            <li key={k.kind}>
              <strong>{k.n}</strong> {DOCUMENT_KIND_LABELS[k.kind]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-latest">
        <h2 id="home-latest">最新发布</h2>
        <ul className="doc-list">
          {latest.map((d) => (
            <li key={d.id}>
              <h3>
                <Link to={`/documents/${d.slug}`}>{d.title}</Link>
              </h3>
              <p className="doc-meta">
                {DOCUMENT_KIND_LABELS[d.kind]} · {d.year} 年 · {d.organisationName ?? (d.authors.join("、") || "委员")} ·{" "}
                {d.recommendations} 条建议
              </p>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/documents">全部报告与提案</Link>
        </p>
      </section>
      <section aria-labelledby="home-depts">
        <h2 id="home-depts">承担建议最多的单位</h2>
        <table>
          <caption>按牵头或配合的建议条数</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">建议条数</th>
            </tr>
          </thead>
          <tbody>
            {topDepartments.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`/departments/${d.id}`}>{d.name}</Link>
                </td>
                <td>{d.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
      </section>
    </>
  );
}
