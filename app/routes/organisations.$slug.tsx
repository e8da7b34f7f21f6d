import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { countOrganisationMembers, getOrganisationBySlug } from "~/models/organisations.server";
import { ORGANISATION_KIND_LABELS } from "~/utils/labels";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "组织"} · 协商` }];

export async function loader({ params }: LoaderFunctionArgs) {
  const organisation = await getOrganisationBySlug(params.slug ?? "");
  if (!organisation || !organisation.active) throw new Response("Not Found", { status: 404 });
  return json({
    organisation: {
      name: organisation.name,
      shortName: organisation.shortName,
      aliases: organisation.aliases,
      kind: ORGANISATION_KIND_LABELS[organisation.kind],
      description: organisation.description,
    },
    members: await countOrganisationMembers(organisation.id),
  });
}

export default function OrganisationPage() {
  const { organisation, members } = useLoaderData<typeof loader>();
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
    </article>
  );
}
