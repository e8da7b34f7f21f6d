import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { createDraftFromText } from "~/models/documents/drafts.server";
import { listOrganisations } from "~/models/directory/organisations.server";
import { DOCUMENT_UPLOAD, readUploadedDocument, type UploadFormat } from "~/models/documents/uploads.server";
import { domainFailure, formFailure, parseForm } from "~/utils/forms.server";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { optionalId } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";
import { readUpload, refusedFile } from "~/utils/upload-form.server";

export const meta: MetaFunction = () => [{ title: "录入新文档 · 协商" }];

const kinds = Object.keys(DOCUMENT_KIND_LABELS) as [keyof typeof DOCUMENT_KIND_LABELS, ...(keyof typeof DOCUMENT_KIND_LABELS)[]];
const schema = /* @__PURE__ */ defineSchema(() => z.object({
  sourceText: z.string().max(500_000, "原文过长（不超过 50 万字）").optional().default(""),
  format: z.enum(["text", "markdown"]).default("text"),
  kind: z.enum(kinds, { error: "请选择类别" }),
  year: z.coerce.number({ error: "请填写年度" }).int("年度须为整数").min(1949, "年度不正确").max(2100, "年度不正确"),
  session: z.string().trim().max(200).optional().transform((v) => v || null),
  organisationId: optionalId,
  authors: z.string().max(1000).optional().default(""),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const organisations = await listOrganisations();
  return json({ organisations: organisations.map((o) => ({ id: o.id, name: o.name })), year: new Date().getFullYear() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  // Streamed: the file's kind is checked on its first bytes, its size and the body's as they arrive.
  const upload = await readUpload(request, DOCUMENT_UPLOAD);
  if (!upload.ok) return refusedFile(upload.refused);
  const form = upload.form;
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  let sourceText = parsed.data.sourceText;
  let sourceFormat: UploadFormat = parsed.data.format;
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const read = await readUploadedDocument(file);
    if (typeof read === "string") return formFailure({ ok: false, errors: { file: read }, values: {} });
    sourceText = read.text;
    sourceFormat = read.format;
  }
  try {
    const id = await createDraftFromText(
      {
        sourceText,
        sourceFormat,
        kind: parsed.data.kind,
        year: parsed.data.year,
        session: parsed.data.session,
        organisationId: parsed.data.organisationId,
        authors: parsed.data.authors.split(/[\s,，、]+/).filter(Boolean),
      },
      user.id,
    );
    return redirect(`/staff/drafts/${id}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewDocument() {
  const { organisations, year } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="nd-title">
      <h1 id="nd-title">录入新文档</h1>
      <p>粘贴从 Word 或网页复制的全文，或上传 .txt、.md、.docx 文件，以及另存的网页（.html）和 PDF。系统会自动识别层级、去除网页杂项、标出涉及的单位，随后可逐条校对再发布。一段文字中有多位发言人的提案时，会自动拆分为多篇。</p>
      <FormError state={state} />
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <Field name="sourceText" label="原文" state={state}>
          <textarea rows={16} defaultValue={valueOf(state, "sourceText")} {...inputProps("sourceText", state)} />
        </Field>
        <Field name="file" label="或上传文件（.txt、.md、.docx、.html、.pdf，不超过 10 MB）" state={state}>
          <input type="file" accept=".txt,.md,.docx,.html,.htm,.pdf" {...inputProps("file", state)} />
        </Field>
        <Field name="format" label="原文格式" state={state}>
          <select defaultValue={valueOf(state, "format", "text")} {...inputProps("format", state)}>
            <option value="text">纯文本</option>
            <option value="markdown">Markdown</option>
          </select>
        </Field>
        <Field name="kind" label="类别" state={state}>
          <select defaultValue={valueOf(state, "kind", "party_proposal")} {...inputProps("kind", state)}>
            {Object.entries(DOCUMENT_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <Field name="year" label="年度" state={state}>
          <input type="number" defaultValue={valueOf(state, "year", String(year))} {...inputProps("year", state)} />
        </Field>
        <Field name="session" label="会次（选填）" state={state}>
          <input type="text" defaultValue={valueOf(state, "session")} {...inputProps("session", state)} />
        </Field>
        <Field name="organisationId" label="提出单位（选填；不填则按署名行识别）" state={state}>
          <select defaultValue={valueOf(state, "organisationId")} {...inputProps("organisationId", state)}>
            <option value="">按署名行识别</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="authors" label="提案人（选填，用顿号分隔）" state={state}>
          <input type="text" defaultValue={valueOf(state, "authors")} {...inputProps("authors", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            识别结构
          </button>
        </div>
      </Form>
    </section>
  );
}
