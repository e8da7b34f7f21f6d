import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { listOrganisations, type OrganisationKind } from "~/models/directory/organisations.server";
import { ORGANISATION_KIND_LABELS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "党派团体 · 协商" }];

export async function loader() {
  const organisations = await listOrganisations();
  const groups = (Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[]).map((kind) => ({
    kind,
    label: ORGANISATION_KIND_LABELS[kind],
    items: organisations.filter((o) => o.kind === kind).map((o) => ({ slug: o.slug, name: o.name, shortName: o.shortName })),
  }));
  return json({ total: organisations.length, groups });
}

export default function Organisations() {
  const { total, groups } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="org-title">
      <h1 id="org-title">党派团体</h1>
      <p className="count">共 {total} 个民主党派、工商联、专门委员会和界别</p>
      <ExportLinks list="organisations" />
      {groups
        .filter((g) => g.items.length)
        .map((g) => (
          <section key={g.kind} aria-labelledby={`g-${g.kind}`}>
            <h2 id={`g-${g.kind}`}>
              {g.label}（{g.items.length}）
            </h2>
            <ul className="cards">
              {g.items.map((o) => (
                <li key={o.slug} className="card">
                  <Link to={`/organisations/${o.slug}`}>{o.name}</Link>
                  {o.shortName ? <div className="count">{o.shortName}</div> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
