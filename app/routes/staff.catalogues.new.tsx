import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { CatalogueFields } from "~/components/catalogue-fields";
import { FormError } from "~/components/form";
import { createCatalogue } from "~/models/catalogues/catalogues.server";
import { affiliationOptions } from "~/models/directory/options.server";
import { catalogueFormSchema } from "~/models/catalogues/catalogue-schemas";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";

export const meta: MetaFunction = () => [{ title: "新建信息公开目录 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return json(await affiliationOptions());
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(catalogueFormSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const row = await createCatalogue(parsed.data, user.id);
    return redirect(`/staff/catalogues/${row.id}?created=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewCatalogue() {
  const { departments, organisations } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="nc-title">
      <p>
        <Link to="/staff/catalogues">信息公开工作台</Link>
      </p>
      <h1 id="nc-title">新建信息公开目录</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <CatalogueFields state={state} defaults={{ slug: "", title: "", description: "", ownerDepartmentId: "", ownerOrganisationId: "" }} departments={departments} organisations={organisations} />
        <div className="actions">
          <button type="submit" className="primary">
            创建
          </button>
        </div>
      </Form>
    </section>
  );
}
