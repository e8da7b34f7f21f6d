import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { EntryStatusBadge } from "~/components/catalogue-ui";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { EntryFields } from "~/components/entry-fields";
import { Field, FormError, inputProps } from "~/components/form";
import { discardEntry, submitEntry, updateEntry } from "~/models/catalogues/catalogue-entries.server";
import { addAttachment, removeAttachment } from "~/models/catalogues/catalogue-entry-attachments.server";
import { getEntryPage } from "~/models/catalogues/catalogue-entry-queries.server";
import { isPeriodic } from "~/models/catalogues/disclosure-schedule";
import styles from "~/styles/catalogues.css";
import { entryFormSchema, versionSchema } from "~/models/catalogues/catalogue-schemas";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { readUpload, refusedFile } from "~/utils/upload-form.server";
import { ATTACHMENT_UPLOAD, UPLOAD_MAX_LABEL } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `编辑公开信息 · ${data?.entry.title ?? ""} · 协商` }];

async function load(request: Request, id: number) {
  const user = await requireUser(request);
  const page = await getEntryPage(id, user);
  if (!page) throw notFound();
  if (!page.can.edit) throw redirect(`/catalogues/entries/${id}`);
  return { user, page };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = parseId(params.entryId);
  const { page } = await load(request, id);
  const { entry, item, catalogue, attachments } = page;
  return json({
    catalogue: { slug: catalogue.slug, title: catalogue.title },
    item: { id: item.id, title: item.title },
    entry: {
      id: entry.id,
      title: entry.title,
      status: entry.status,
      version: entry.version,
      revision: entry.revision,
      returnReason: entry.returnReason,
      previousId: entry.previousId,
    },
    defaults: {
      title: entry.title,
      body: entry.body,
      periodStart: entry.periodStart ?? "",
      periodEnd: entry.periodEnd ?? "",
      occurredOn: entry.occurredOn ?? "",
      correctionNote: entry.correctionNote ?? "",
    },
    periodic: isPeriodic(item.frequency),
    eventDriven: item.frequency === "event",
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size })),
    maxLabel: UPLOAD_MAX_LABEL,
  });
}

const saveSchema = /* @__PURE__ */ defineSchema(() => entryFormSchema.extend({ intent: z.enum(["save", "submit"]), version: versionSchema }));

export async function action({ request, params }: ActionFunctionArgs) {
  const id = parseId(params.entryId);
  // Who may edit is checked (load) before the body is read.
  const { user, page } = await load(request, id);
  let form: FormData;
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const upload = await readUpload(request, ATTACHMENT_UPLOAD);
    if (!upload.ok) return refusedFile(upload.refused, { intent: "upload" });
    form = upload.form;
  } else {
    form = await readForm(request);
  }
  const intent = String(form.get("intent") ?? "");
  try {
    switch (intent) {
      case "upload": {
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) return formFailure({ ok: false, errors: { file: "请选择要上传的文件" }, values: { intent } });
        await addAttachment(id, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, user);
        return redirect(`/catalogues/entries/${id}/edit?uploaded=1`);
      }
      case "remove-attachment": {
        const attachmentId = parseId(String(form.get("attachmentId") ?? ""));
        const name = page.attachments.find((a) => a.id === attachmentId)?.fileName ?? "";
        const ask = unconfirmed(form, { question: `确定删除附件“${name}”吗？`, detail: "删除后不能恢复，如有需要须重新上传。", confirm: "确认删除", cancel: "不删除，返回" });
        if (ask) return ask;
        await removeAttachment(attachmentId, user);
        return redirect(`/catalogues/entries/${id}/edit?removed=1`);
      }
      case "discard": {
        const ask = unconfirmed(form, { question: "确定删除这份草稿吗？", detail: "草稿的内容和附件都会删除，不能恢复。", confirm: "确认删除草稿", cancel: "不删除，返回" });
        if (ask) return ask;
        const entry = await discardEntry(id, user);
        if (entry.previousId) return redirect(`/catalogues/entries/${entry.previousId}`);
        return redirect(`/catalogues/${page.catalogue.slug}/items/${page.item.id}?discarded=1`);
      }
      case "save":
      case "submit": {
        const parsed = parseForm(saveSchema, form);
        if (!parsed.ok) return formFailure(parsed);
        await updateEntry(id, parsed.data, user);
        if (parsed.data.intent === "submit") {
          await submitEntry(id, user);
          return redirect(`/catalogues/entries/${id}?submitted=1`);
        }
        return redirect(`/catalogues/entries/${id}/edit?saved=1`);
      }
      default:
        return formFailure({ ok: false, errors: {}, formError: "未知的操作", values: {} });
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditEntry() {
  const { catalogue, item, entry, defaults, periodic, eventDriven, attachments, maxLabel } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const intent = state?.values?.intent;
  const fieldsState = intent === "save" || intent === "submit" ? state : undefined;
  const uploadState = intent === "upload" ? state : undefined;
  return (
    <section aria-labelledby="ee-title">
      <p>
        <Link to={`/catalogues/${catalogue.slug}`}>{catalogue.title}</Link> › <Link to={`/catalogues/${catalogue.slug}/items/${item.id}`}>{item.title}</Link>
      </p>
      <h1 id="ee-title">
        编辑公开信息 <EntryStatusBadge status={entry.status} />
        {entry.revision > 1 ? <span className="badge muted">第 {entry.revision} 版（更正）</span> : null}
      </h1>
      {params.get("created") ? <p className="notice ok">草稿已保存。可以继续修改、上传附件，然后提交审核。</p> : null}
      {params.get("saved") ? <p className="notice ok">已保存。</p> : null}
      {params.get("uploaded") ? <p className="notice ok">附件已上传。</p> : null}
      {params.get("removed") ? <p className="notice ok">附件已删除。</p> : null}
      {entry.status === "returned" && entry.returnReason ? (
        <p className="notice" role="status">
          审核退回理由：{entry.returnReason}
        </p>
      ) : null}
      {entry.previousId ? (
        <p>
          这是对 <Link to={`/catalogues/entries/${entry.previousId}`}>已发布信息</Link> 的更正。审核通过后，原信息标为“已被更正”并继续可查，同时公开两版的差异。
        </p>
      ) : null}
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="version" value={entry.version} />
        <EntryFields state={fieldsState} defaults={defaults} periodic={periodic} eventDriven={eventDriven} correction={!!entry.previousId} />
        <div className="actions">
          <button type="submit" name="intent" value="save" className="secondary">
            保存草稿
          </button>
          <button type="submit" name="intent" value="submit" className="primary">
            保存并提交审核
          </button>
        </div>
      </Form>

      <h2>附件（{attachments.length}）</h2>
      {attachments.length ? (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/catalogues/attachments/${a.id}`}>{a.fileName}</a>（{Math.max(1, Math.round(a.size / 1024))} KB）
              <Form method="post" className="inline-form">
                <input type="hidden" name="attachmentId" value={a.id} />
                <button type="submit" name="intent" value="remove-attachment" className="link-button">
                  删除<span className="visually-hidden">附件 {a.fileName}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>暂无附件。</p>
      )}
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <Field name="file" label="上传附件" state={uploadState} hint={`PDF 或图片（PNG、JPEG、GIF、WebP），不超过 ${maxLabel}`}>
          <input type="file" accept="application/pdf,image/png,image/jpeg,image/gif,image/webp" {...inputProps("file", uploadState, true)} />
        </Field>
        <div className="actions">
          <button type="submit" name="intent" value="upload" className="secondary">
            上传
          </button>
        </div>
      </Form>

      <h2>删除草稿</h2>
      <Form method="post">
        <button type="submit" name="intent" value="discard" className="danger">
          删除这份{entry.status === "returned" ? "被退回的" : ""}草稿
        </button>
      </Form>
    </section>
  );
}
