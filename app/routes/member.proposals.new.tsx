import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireProposer } from "~/auth/auth.server";
import { hasRole } from "~/auth/permissions";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { ProposalPreview } from "~/components/proposal-preview";
import { EMPTY_DRAFT, ProposalDraftForm } from "~/components/proposal-draft-form";
import { listDepartments } from "~/models/directory/departments.server";
import { composeBody } from "~/models/loop/proposal-form";
import { draftFormFields } from "~/models/loop/proposal-form-schema";
import { previewProposal } from "~/models/loop/proposal-preview.server";
import { createProposal } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm, valuesOf } from "~/utils/forms.server";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "撰写提案 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  ...draftFormFields,
  kind: z.enum(["member_proposal", "joint_proposal"]).default("member_proposal"),
  onBehalf: z.literal("1").optional(),
  intent: z.enum(["preview", "save"]).default("save"),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireProposer(request);
  const departments = await listDepartments();
  return json({
    canActForOrganisation: hasRole(user, "organisation") && !!user.organisationId,
    organisationName: user.organisationName,
    profile: { name: user.displayName, sector: user.organisationName },
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireProposer(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form, ["departmentIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const { title, kind, onBehalf, intent, ...parts } = parsed.data;
  if (intent === "preview") {
    // Edit → preview → save, without JavaScript: the preview is rendered on the server.
    return json({ ok: false as const, errors: {}, values: valuesOf(form), preview: await previewProposal(composeBody(parts), title) });
  }
  try {
    const p = await createProposal(user, { title, form: parts, kind, year: new Date().getFullYear(), onBehalfOfOrganisation: onBehalf === "1" });
    return redirect(`/member/proposals/${p.id}?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewProposal() {
  const { canActForOrganisation, organisationName, profile, departments } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const preview = state && "preview" in state ? state.preview : null;
  return (
    <section aria-labelledby="np-title">
      <h1 id="np-title">撰写提案</h1>
      <p className="hint">按提案纸质表格填写。保存草稿后可导入 Word (.docx) 文档、邀请联名委员，再提交。</p>
      <FormError state={state && !preview ? state : undefined} />
      <div className={preview ? "side-by-side" : undefined}>
        <ProposalDraftForm state={state} initial={EMPTY_DRAFT} departments={departments} profile={profile}>
          <Field name="kind" label="提案方式" state={state}>
            <select defaultValue={valueOf(state, "kind", "member_proposal")} {...inputProps("kind", state)}>
              <option value="member_proposal">个人提案</option>
              <option value="joint_proposal">联名提案（保存后邀请联名委员）</option>
            </select>
          </Field>
          {canActForOrganisation ? (
            <label>
              <input type="checkbox" name="onBehalf" value="1" defaultChecked={valueOf(state, "onBehalf") === "1"} /> 以{organisationName}名义提交（党派团体提案）
            </label>
          ) : null}
        </ProposalDraftForm>
        {preview ? <ProposalPreview preview={preview} /> : null}
      </div>
    </section>
  );
}
