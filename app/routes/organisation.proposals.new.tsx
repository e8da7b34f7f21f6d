import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { forbidden, requireRole } from "~/auth/auth.server";
import { FormError, TextAreaField, TextField } from "~/components/form";
import { DraftActions } from "~/components/proposal-draft-form";
import { ProposalPreview } from "~/components/proposal-preview";
import { getOrganisation } from "~/models/directory/organisations.server";
import { previewProposal } from "~/models/loop/proposal-preview.server";
import { createProposal } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { markdownField } from "~/utils/markdown-limits";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "以组织名义撰写提案 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(1, "请填写提案标题").max(200, "标题不能超过 200 个字符"),
  body: markdownField(100_000, "正文不能超过 10 万字").pipe(z.string().min(1, "请填写提案正文")),
  intent: z.enum(["preview", "save"]).default("save"),
}));

// 党派团体提案: drafted by the organisation's liaison in its name, through the
// same domain function as a member's draft (createProposal, on behalf of the organisation).
async function requireLiaison(request: Request) {
  const user = await requireRole(request, "organisation");
  const organisation = user.organisationId ? await getOrganisation(user.organisationId) : null;
  if (!organisation) throw forbidden("账号未关联组织");
  return { user, organisation };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisation } = await requireLiaison(request);
  return json({ organisationName: organisation.name });
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, organisation } = await requireLiaison(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  if (parsed.data.intent === "preview") {
    return json({ ok: false as const, errors: {}, values: { title: parsed.data.title, body: parsed.data.body }, preview: await previewProposal(parsed.data.body, parsed.data.title) });
  }
  try {
    const p = await createProposal(user, {
      title: parsed.data.title,
      body: parsed.data.body,
      kind: organisation.kind === "committee" ? "committee_proposal" : "party_proposal",
      year: new Date().getFullYear(),
      onBehalfOfOrganisation: true,
    });
    return redirect(`/member/proposals/${p.id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewOrganisationProposal() {
  const { organisationName } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const preview = state && "preview" in state ? state.preview : null;
  return (
    <section aria-labelledby="op-title">
      <h1 id="op-title">以{organisationName}名义撰写提案</h1>
      <p className="lede">
        党派团体提案以组织名义提交，本组织的提案联络人均可修改和提交。<Link to="/organisation">返回党派团体工作台</Link>
      </p>
      <FormError state={state && !preview ? state : undefined} />
      <div className={preview ? "side-by-side" : undefined}>
        <Form method="post" className="stack" noValidate>
          <TextField name="title" label="标题" state={state} />
          <TextAreaField name="body" label="正文（Markdown：## 为一级标题，1. 为条目）" state={state} rows={18} />
          <DraftActions />
        </Form>
        {preview ? <ProposalPreview preview={preview} /> : null}
      </div>
    </section>
  );
}
