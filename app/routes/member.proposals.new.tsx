import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireProposer } from "~/auth/auth.server";
import { hasRole } from "~/auth/permissions";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { ProposalPreview } from "~/components/proposal-preview";
import { previewProposal } from "~/models/loop/proposal-preview.server";
import { createProposal } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { markdownField } from "~/utils/markdown-limits";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "撰写提案 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(1, "请填写提案标题").max(200, "标题不能超过 200 个字符"),
  body: markdownField(100_000, "正文不能超过 10 万字").pipe(z.string().min(1, "请填写提案正文")),
  kind: z.enum(["member_proposal", "joint_proposal"]).default("member_proposal"),
  onBehalf: z.literal("1").optional(),
  intent: z.enum(["preview", "save"]).default("save"),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProposer(request);
  return json({ canActForOrganisation: hasRole(user, "organisation") && !!user.organisationId, organisationName: user.organisationName });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProposer(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  if (parsed.data.intent === "preview") {
    // Edit → preview → save, without JavaScript: the preview is rendered on the server.
    return json({ ok: false as const, errors: {}, values: { title: parsed.data.title, body: parsed.data.body, kind: parsed.data.kind }, preview: await previewProposal(parsed.data.body, parsed.data.title) });
  }
  try {
    const p = await createProposal(user, {
      title: parsed.data.title,
      body: parsed.data.body,
      kind: parsed.data.kind,
      year: new Date().getFullYear(),
      onBehalfOfOrganisation: parsed.data.onBehalf === "1",
    });
    return redirect(`/member/proposals/${p.id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewProposal() {
  const { canActForOrganisation, organisationName } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const preview = state && "preview" in state ? state.preview : null;
  return (
    <section aria-labelledby="np-title">
      <h1 id="np-title">撰写提案</h1>
      <FormError state={state && !preview ? state : undefined} />
      <div className={preview ? "side-by-side" : undefined}>
        <Form method="post" className="stack" noValidate>
          <Field name="title" label="标题" state={state}>
            <input type="text" defaultValue={valueOf(state, "title")} {...inputProps("title", state)} />
          </Field>
          <Field name="kind" label="提案方式" state={state}>
            <select defaultValue={valueOf(state, "kind", "member_proposal")} {...inputProps("kind", state)}>
              <option value="member_proposal">个人提案</option>
              <option value="joint_proposal">联名提案（保存后邀请联名委员）</option>
            </select>
          </Field>
          {canActForOrganisation ? (
            <label>
              <input type="checkbox" name="onBehalf" value="1" /> 以{organisationName}名义提交（党派团体提案）
            </label>
          ) : null}
          <Field name="body" label="正文（Markdown：## 为一级标题，1. 为条目）" state={state}>
            <textarea rows={18} defaultValue={valueOf(state, "body")} {...inputProps("body", state)} />
          </Field>
          <div className="actions">
            <button type="submit" name="intent" value="preview" className="secondary">
              预览
            </button>
            <button type="submit" name="intent" value="save" className="primary">
              保存草稿
            </button>
          </div>
        </Form>
        {preview ? <ProposalPreview preview={preview} /> : null}
      </div>
    </section>
  );
}
