import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requireAdmin } from "~/auth/auth.server";
import { FormError } from "~/components/form";
import { OrganisationFields } from "~/components/organisation-fields";
import { parseAliases } from "~/models/directory/departments.server";
import { createOrganisation } from "~/models/directory/organisations.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { organisationSchema } from "~/utils/schemas";

export const meta: MetaFunction = () => [{ title: "新增组织 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(organisationSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const row = await createOrganisation({ ...parsed.data, aliases: parseAliases(parsed.data.aliases) }, admin.id);
    return redirect(`/admin/organisations/${row.id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewOrganisation() {
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="no-title">
      <h1 id="no-title">新增组织</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <OrganisationFields
          state={state}
          defaults={{ slug: "", name: "", shortName: "", aliases: "", kind: "sector", description: "" }}
        />
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
    </section>
  );
}
