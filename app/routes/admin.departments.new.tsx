import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireAdmin } from "~/auth/auth.server";
import { DepartmentFields } from "~/components/department-fields";
import { FormError } from "~/components/form";
import { createDepartment, listDepartments, parseAliases } from "~/models/directory/departments.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { departmentSchema } from "~/utils/schemas";

export const meta: MetaFunction = () => [{ title: "新增承办单位 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ parents: (await listDepartments()).map((d) => ({ id: d.id, name: d.name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(departmentSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const row = await createDepartment({ ...parsed.data, aliases: parseAliases(parsed.data.aliases) }, admin.id);
    return redirect(`/admin/departments/${row.id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewDepartment() {
  const { parents } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="nd-title">
      <h1 id="nd-title">新增承办单位</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <DepartmentFields
          state={state}
          defaults={{ name: "", shortName: "", aliases: "", level: "city", kind: "government", parentId: "" }}
          parents={parents}
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
