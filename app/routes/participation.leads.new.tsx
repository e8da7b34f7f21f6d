import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  json,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { MAX_LEAD_FILES, submitLead } from "~/models/participation/leads.server";
import { leadSchema } from "~/models/participation/participation-schemas";
import styles from "~/styles/participation.css";
import { domainFailure, formFailure, parseForm, unreadableForm, withoutNul } from "~/utils/forms.server";
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from "~/utils/uploads.server";

// 提供提案线索: a signed-in citizen describes a problem and a suggestion, with
// an optional place and up to five PDF or image files. Staff triage it.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "提供提案线索 · 网络议政 · 协商" }];

// The limits come from *.server modules, which are empty in the browser bundle:
// the loader sends them, so the hydrated page says what the server rendered.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({ maxFiles: MAX_LEAD_FILES, maxLabel: UPLOAD_MAX_LABEL });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  let form: FormData;
  try {
    form = withoutNul(await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: UPLOAD_MAX_BYTES })));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return formFailure({ ok: false, errors: { files: `每个文件不能超过 ${UPLOAD_MAX_LABEL}` }, values: {} });
    throw unreadableForm();
  }
  const parsed = parseForm(leadSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  try {
    const lead = await submitLead(
      user,
      parsed.data,
      await Promise.all(files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name }))),
      { ip: (context as { ip?: string } | undefined)?.ip },
    );
    return redirect(`/participation/leads/${lead.id}?done=sent`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewLead() {
  const state = useActionData<typeof action>();
  const { maxFiles, maxLabel } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="nl-title">
      <p>
        <Link to="/participation">网络议政</Link> › <Link to="/participation/leads">提案线索</Link>
      </p>
      <h1 id="nl-title">提供提案线索</h1>
      <p className="lede">把您发现的问题和建议告诉我们。工作人员会转交相关政协委员或承办单位，处理去向会通知您，您也可以随时在“我的参与”中查看。</p>
      <Form method="post" encType="multipart/form-data" noValidate>
        <FormError state={state} />
        <Field name="title" label="标题" state={state} hint="一句话概括问题，4 至 100 字">
          <input {...inputProps("title", state, true)} defaultValue={valueOf(state, "title")} required maxLength={100} />
        </Field>
        <Field name="problem" label="存在的问题" state={state} hint="发生了什么、影响了谁，10 至 5000 字">
          <textarea {...inputProps("problem", state, true)} rows={6} defaultValue={valueOf(state, "problem")} required />
        </Field>
        <Field name="suggestion" label="您的建议" state={state} hint="希望怎样解决，10 至 5000 字">
          <textarea {...inputProps("suggestion", state, true)} rows={6} defaultValue={valueOf(state, "suggestion")} required />
        </Field>
        <Field name="place" label="地点（可选）" state={state} hint="如区县、街道、社区">
          <input {...inputProps("place", state, true)} defaultValue={valueOf(state, "place")} maxLength={200} />
        </Field>
        <Field name="files" label={`附件（可选，最多 ${maxFiles} 个）`} state={state} hint={`PDF 或图片，每个不超过 ${maxLabel}；附件不会公开`}>
          <input {...inputProps("files", state, true)} type="file" multiple accept="application/pdf,image/png,image/jpeg,image/gif,image/webp" />
        </Field>
        <div className="checkbox-row">
          <input type="checkbox" id="f-consentPublic" name="consentPublic" defaultChecked={valueOf(state, "consentPublic") === "on"} />
          <label htmlFor="f-consentPublic">同意公开这条线索及其处理去向（不公开您的姓名和附件）</label>
        </div>
        <button type="submit" className="primary">
          提交线索
        </button>
      </Form>
    </section>
  );
}
