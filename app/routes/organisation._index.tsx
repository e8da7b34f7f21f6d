import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/auth.server";
import { countOrganisationMembers, getOrganisation } from "~/models/directory/organisations.server";

export const meta: MetaFunction = () => [{ title: "党派团体工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "organisation");
  const organisation = user.organisationId ? await getOrganisation(user.organisationId) : null;
  return json({
    organisation: organisation && { name: organisation.name, slug: organisation.slug },
    members: organisation ? await countOrganisationMembers(organisation.id) : 0,
  });
}

export default function OrganisationWorkbench() {
  const { organisation, members } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="ow-title">
      <h1 id="ow-title">党派团体工作台</h1>
      {organisation ? (
        <>
          <p>
            您代表 <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link> 提交集体提案和调研报告。
          </p>
          <p className="count">本组织在平台上有 {members} 位用户。</p>
        </>
      ) : (
        <p className="notice">您的账号尚未关联组织，请联系管理员。</p>
      )}
    </section>
  );
}
