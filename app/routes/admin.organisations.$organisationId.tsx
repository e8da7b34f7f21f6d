import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { EventsTable } from "~/components/events-table";
import { FormError } from "~/components/form";
import { OrganisationFields } from "~/components/organisation-fields";
import { recentEventsFor } from "~/models/platform/dashboard-queries.server";
import { parseAliases } from "~/models/directory/departments.server";
import { getOrganisation, updateOrganisation } from "~/models/directory/organisations.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { organisationSchema, versionSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "组织"} · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const id = parseId(params.organisationId);
  const organisation = await getOrganisation(id);
  if (!organisation) throw notFound();
  return json({ organisation, events: await recentEventsFor("organisation", id, 30, { admin: true }) });
}

const schema = /* @__PURE__ */ defineSchema(() => organisationSchema.extend({
  version: versionSchema,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
}));

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseId(params.organisationId);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await updateOrganisation(id, { ...parsed.data, aliases: parseAliases(parsed.data.aliases) }, admin.id);
    return redirect(`/admin/organisations/${id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditOrganisation() {
  const { organisation, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="eo-title">
      <p>
        <Link to="/admin/organisations">党派团体</Link>
      </p>
      <h1 id="eo-title">{organisation.name}</h1>
      {params.get("saved") ? <p className="notice ok">已保存。</p> : null}
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="version" value={organisation.version} />
        <OrganisationFields
          state={state}
          defaults={{
            slug: organisation.slug,
            name: organisation.name,
            shortName: organisation.shortName ?? "",
            aliases: organisation.aliases.join("、"),
            kind: organisation.kind,
            description: organisation.description,
          }}
        />
        <fieldset className="field">
          <legend>状态</legend>
          <div className="checkbox-row">
            <label>
              <input type="radio" name="active" value="true" defaultChecked={organisation.active} /> 在用
            </label>
            <label>
              <input type="radio" name="active" value="false" defaultChecked={!organisation.active} /> 停用
            </label>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
      <EventsTable events={events} caption="该组织的变更记录" />
    </section>
  );
}
