import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { ExportLinks } from "~/components/export-links";
import { countOrganisationMembers, getOrganisationBySlug } from "~/models/directory/organisations.server";
import { listDocuments } from "~/models/documents/document-queries.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { ORGANISATION_KIND_LABELS } from "~/utils/labels";
import { notFound } from "~/utils/responses";
import { listTitlesFor } from "~/utils/reading.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "组织"} · 协商` }];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const titleOf = listTitlesFor(request); // 简/繁 (decision 016)
  const organisation = await getOrganisationBySlug(params.slug ?? "");
  if (!organisation || !organisation.active) throw notFound();
  return json({
    organisation: {
      id: organisation.id,
      name: organisation.name,
      shortName: organisation.shortName,
      aliases: organisation.aliases,
      kind: ORGANISATION_KIND_LABELS[organisation.kind],
      description: organisation.description,
    },
    members: await countOrganisationMembers(organisation.id),
    documents: (await listDocuments({ organisationId: organisation.id }, 1, 100)).rows.map((d) => ({ ...d, title: titleOf(d.title, d.writtenScript) })),
  });
}

export default function OrganisationPage() {
  const { organisation, members, documents } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="o-title">
      <p>
        <Link to="/organisations">党派团体</Link>
      </p>
      <h1 id="o-title">{organisation.name}</h1>
      <dl className="facts">
        <dt>类别</dt>
        <dd>{organisation.kind}</dd>
        <dt>简称</dt>
        <dd>{organisation.shortName ?? "—"}</dd>
        <dt>常见写法</dt>
        <dd>{organisation.aliases.join("、") || "—"}</dd>
        <dt>平台用户</dt>
        <dd>{members} 人</dd>
      </dl>
      {organisation.description ? <p className="doc-text">{organisation.description}</p> : null}
      <h2>报告与提案（{documents.length}）</h2>
      {documents.length ? <ExportLinks list="documents" params={{ organisation: String(organisation.id) }} keepFilters={false} /> : null}
      <ul className="doc-list">
        {documents.map((d) => (
          <li key={d.id}>
            <Link to={`/documents/${d.slug}`}>{d.title}</Link>
            <div className="doc-meta">
              {DOCUMENT_KIND_LABELS[d.kind]} · {d.year} 年 · {d.recommendations} 条建议
            </div>
          </li>
        ))}
      </ul>
    </article>
  );
}
