import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { ItemFields } from "~/components/catalogue-fields";
import { FormError } from "~/components/form";
import { todayInBeijing } from "~/models/platform/calendar";
import { createItem, listItems } from "~/models/catalogues/catalogue-items.server";
import { getCatalogueById } from "~/models/catalogues/catalogues.server";
import { listDepartments } from "~/models/directory/departments.server";
import { itemFormSchema } from "~/models/catalogues/catalogue-schemas";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction = () => [{ title: "新增公开事项 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const catalogue = await getCatalogueById(parseId(params.catalogueId));
  if (!catalogue) throw notFound();
  const [items, departments] = await Promise.all([listItems(catalogue.id, { includeInactive: true }), listDepartments()]);
  return json({
    catalogue: { id: catalogue.id, title: catalogue.title },
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    position: items.reduce((m, i) => Math.max(m, i.item.position + 1), 0),
    today: todayInBeijing(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const catalogueId = parseId(params.catalogueId);
  const form = await readForm(request);
  const parsed = parseForm(itemFormSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const item = await createItem(catalogueId, parsed.data, user.id);
    return redirect(`/staff/catalogues/items/${item.id}?created=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewItem() {
  const { catalogue, departments, position, today } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="ni-title">
      <p>
        <Link to={`/staff/catalogues/${catalogue.id}`}>{catalogue.title}</Link>
      </p>
      <h1 id="ni-title">新增公开事项</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <ItemFields
          state={state}
          departments={departments}
          defaults={{
            title: "",
            contentElements: "",
            scope: "全社会",
            basis: "",
            frequency: "monthly",
            frequencyDays: "",
            timeLimitDays: "10",
            responsibleDepartmentId: "",
            channel: "",
            mode: "proactive",
            source: "manual",
            effectiveFrom: today,
            position: String(position),
            active: "true",
          }}
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
