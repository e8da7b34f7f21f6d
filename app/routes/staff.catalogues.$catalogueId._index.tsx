import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { CatalogueFields } from "~/components/catalogue-fields";
import { EventsTable } from "~/components/events-table";
import { Field, FormError, inputProps } from "~/components/form";
import { recentEventsFor } from "~/models/platform/dashboard-queries.server";
import { getCatalogueById, updateCatalogue } from "~/models/catalogues/catalogues.server";
import { listItems } from "~/models/catalogues/catalogue-items.server";
import { affiliationOptions } from "~/models/directory/options.server";
import { catalogueFormSchema, versionSchema } from "~/models/catalogues/catalogue-schemas";
import { FREQUENCY_LABELS } from "~/models/catalogues/catalogue-labels";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.catalogue.title ?? "目录"} · 目录管理 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const id = parseId(params.catalogueId);
  const catalogue = await getCatalogueById(id);
  if (!catalogue) throw notFound();
  const [items, options, events] = await Promise.all([listItems(id, { includeInactive: true }), affiliationOptions(), recentEventsFor("catalogue", id)]);
  return json({
    catalogue,
    items: items.map(({ item, departmentName }) => ({ id: item.id, title: item.title, frequency: FREQUENCY_LABELS[item.frequency], departmentName, active: item.active, version: item.version, position: item.position })),
    ...options,
    events,
  });
}

const schema = /* @__PURE__ */ defineSchema(() => catalogueFormSchema.extend({ version: versionSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") }));

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.catalogueId);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await updateCatalogue(id, parsed.data, user.id);
    return redirect(`/staff/catalogues/${id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditCatalogue() {
  const { catalogue, items, departments, organisations, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="ec-title">
      <p>
        <Link to="/staff/catalogues">信息公开工作台</Link> · <Link to={`/catalogues/${catalogue.slug}`}>公开页面</Link>
      </p>
      <h1 id="ec-title">{catalogue.title}</h1>
      {params.get("saved") || params.get("created") ? <p className="notice ok">已保存。</p> : null}
      <h2>公开事项（{items.length}）</h2>
      <p>
        <Link className="button" to={`/staff/catalogues/${catalogue.id}/items/new`}>
          新增公开事项
        </Link>
      </p>
      <table>
        <caption>事项（修改会保存新版本）</caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">事项</th>
            <th scope="col">频次</th>
            <th scope="col">责任单位</th>
            <th scope="col">版本</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>{i.position}</td>
              <td>
                <Link to={`/staff/catalogues/items/${i.id}`}>{i.title}</Link>
              </td>
              <td>{i.frequency}</td>
              <td>{i.departmentName ?? "（编制单位）"}</td>
              <td>第 {i.version} 版</td>
              <td>{i.active ? "启用" : "停用"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>目录信息</h2>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="version" value={catalogue.version} />
        <CatalogueFields
          state={state}
          defaults={{
            slug: catalogue.slug,
            title: catalogue.title,
            description: catalogue.description,
            ownerDepartmentId: catalogue.ownerDepartmentId ? String(catalogue.ownerDepartmentId) : "",
            ownerOrganisationId: catalogue.ownerOrganisationId ? String(catalogue.ownerOrganisationId) : "",
          }}
          departments={departments}
          organisations={organisations}
        />
        <Field name="active" label="状态" state={state}>
          <select defaultValue={catalogue.active ? "true" : "false"} {...inputProps("active", state)}>
            <option value="true">启用（公开）</option>
            <option value="false">停用（不公开）</option>
          </select>
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
      <EventsTable events={events} caption="目录的变更记录" />
    </section>
  );
}
