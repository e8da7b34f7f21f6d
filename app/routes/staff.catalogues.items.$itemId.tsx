import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { ItemFields } from "~/components/catalogue-fields";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { getItem, updateItem } from "~/models/catalogues/catalogue-items.server";
import { listDepartments } from "~/models/directory/departments.server";
import { itemFormSchema, versionSchema } from "~/models/catalogues/catalogue-schemas";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { z } from "zod";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `修改公开事项 · ${data?.item.title ?? ""} · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const found = await getItem(parseId(params.itemId));
  if (!found) throw notFound();
  const departments = await listDepartments();
  return json({ item: found.item, catalogue: { id: found.catalogue.id, slug: found.catalogue.slug, title: found.catalogue.title }, departments: departments.map((d) => ({ id: d.id, name: d.name })) });
}

const schema = /* @__PURE__ */ defineSchema(() => itemFormSchema.extend({ version: versionSchema, note: z.string().max(500, "修改说明不能超过 500 个字符").default("") }));

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.itemId);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await updateItem(id, parsed.data, user.id);
    return redirect(`/staff/catalogues/items/${id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditItem() {
  const { item, catalogue, departments } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="ei-title">
      <p>
        <Link to={`/staff/catalogues/${catalogue.id}`}>{catalogue.title}</Link> · <Link to={`/catalogues/${catalogue.slug}/items/${item.id}`}>公开页面</Link> ·{" "}
        <Link to={`/catalogues/${catalogue.slug}/items/${item.id}/history`}>修订记录</Link>
      </p>
      <h1 id="ei-title">修改公开事项（第 {item.version} 版）</h1>
      {params.get("saved") || params.get("created") ? <p className="notice ok">已保存为第 {item.version} 版。</p> : null}
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="version" value={item.version} />
        <ItemFields
          state={state}
          departments={departments}
          defaults={{
            title: item.title,
            contentElements: item.contentElements,
            scope: item.scope,
            basis: item.basis,
            frequency: item.frequency,
            frequencyDays: item.frequencyDays ? String(item.frequencyDays) : "",
            timeLimitDays: String(item.timeLimitDays),
            responsibleDepartmentId: item.responsibleDepartmentId ? String(item.responsibleDepartmentId) : "",
            channel: item.channel,
            mode: item.mode,
            source: item.source,
            effectiveFrom: item.effectiveFrom,
            position: String(item.position),
            active: item.active ? "true" : "false",
          }}
        />
        <Field name="note" label="修改说明（公开在修订记录中）" state={state}>
          <input type="text" defaultValue={valueOf(state, "note")} {...inputProps("note", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            保存为新版本
          </button>
        </div>
      </Form>
    </section>
  );
}
