import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { StateBadge } from "~/components/badges";
import { FormError } from "~/components/form";
import { ProposalPreview } from "~/components/proposal-preview";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { CosignerPanel } from "~/components/cosigner-panel";
import { ProposalDraftForm } from "~/components/proposal-draft-form";
import { ProposalEvaluateForm } from "~/components/proposal-evaluate-form";
import { ProposalProgress } from "~/components/proposal-progress";
import { DraftImportForm, ProposalAttachments } from "~/components/proposal-attachments";
import { evaluateProposal } from "~/models/loop/handling-closing.server";
import { previewProposal } from "~/models/loop/proposal-preview.server";
import { listAttachments, removeAttachment } from "~/models/loop/proposal-attachments.server";
import { composeBody, partsOf } from "~/models/loop/proposal-form";
import { draftFormFields } from "~/models/loop/proposal-form-schema";
import { searchMembers } from "~/models/loop/cosigner-search.server";
import { opinionForProposal } from "~/models/studios/session-opinions.server";
import { leadForProposal } from "~/models/participation/lead-queries.server";
import { proposalDetail, publicTimeline } from "~/models/loop/proposal-queries.server";
import { listDepartments } from "~/models/directory/departments.server";
import { listOrganisations } from "~/models/directory/organisations.server";
import { getUserById } from "~/models/directory/users.server";
import { actorsFor, answerCosign, getProposal, inviteCosigner, listCosigners, submitProposal, updateDraft, withdrawProposal } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed, valuesOf } from "~/utils/forms.server";
import { isDomainError } from "~/utils/errors";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema, versionSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { SATISFACTION_VALUES } from "~/utils/labels";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "我的提案 · 协商" }];

// Drafts are private to their authors and co-signers: anyone else gets 404.
async function loadFor(request: Request, idParam: string | undefined) {
  const user = await requireUser(request);
  const p = await getProposal(parseId(idParam));
  if (!p) throw notFound();
  const actors = await actorsFor(user, p);
  if (!actors.includes("author") && !actors.includes("cosigner")) throw notFound();
  return { user, p, actors };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, p, actors } = await loadFor(request, params.proposalId);
  const isAuthor = actors.includes("author");
  const editable = isAuthor && p.state === "draft";
  const url = new URL(request.url);
  const q = url.searchParams.get("q")?.trim().slice(0, 40) ?? "";
  const org = url.searchParams.get("org") ?? "";
  const [signers, detail, attachments, source, lead, timeline] = await Promise.all([
    listCosigners(p.id),
    proposalDetail(p, { includeUnpublishedReplies: false, includeEvaluationComments: true }),
    listAttachments(p.id),
    opinionForProposal(p.id),
    leadForProposal(p.id),
    p.state === "draft" ? Promise.resolve([]) : publicTimeline(p),
  ]);
  // Only the author editing the draft needs the directory, the profile and the member search.
  const [departments, organisations, author, hits] = editable
    ? await Promise.all([
        listDepartments(),
        listOrganisations(),
        getUserById(p.authorId),
        q || /^\d{1,9}$/.test(org) ? searchMembers({ q, organisationId: /^\d{1,9}$/.test(org) ? Number(org) : null, excludeIds: [p.authorId, ...signers.map((s) => s.userId)] }) : Promise.resolve(null),
      ])
    : [[], [], null, null];
  return json({
    p: { id: p.id, title: p.title, bodyHtml: renderMarkdown(p.body), state: p.state, caseNo: p.caseNo, reason: p.reason, version: p.version, kind: p.kind },
    // The form's values, contact details included: only for the author editing the draft.
    draft: editable
      ? { title: p.title, ...partsOf(p), contactPhone: p.contactPhone, contactAddress: p.contactAddress, departmentIds: p.suggestedDepartmentIds, publicConsent: p.publicConsent }
      : null,
    profile: { name: author?.displayName ?? "", sector: author?.organisationName ?? null },
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    search: { q, org, hits },
    isAuthor,
    myInvitation: signers.find((s) => s.userId === user.id)?.state ?? null,
    signers: signers.map((s) => ({ userId: s.userId, name: s.name, state: s.state })),
    ...detail,
    timeline,
    attachments,
    source,
    lead,
  });
}

const satisfaction = /* @__PURE__ */ defineSchema(() => z.enum(SATISFACTION_VALUES, { error: "请选择" }));
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), ...draftFormFields, version: versionSchema }),
  z.object({ intent: z.literal("preview"), ...draftFormFields, version: versionSchema }),
  z.object({ intent: z.literal("invite"), username: z.string().trim().min(1, "请输入被邀请委员的姓名").max(60, "姓名过长") }),
  z.object({ intent: z.literal("invite-member"), userId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("submit") }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("remove-attachment"), fileId: idSchema }),
  z.object({ intent: z.literal("cosign"), answer: z.enum(["confirm", "decline"]) }),
  z.object({ intent: z.literal("evaluate"), attitude: satisfaction, result: satisfaction, comment: z.string().max(2000).optional().default("") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, p } = await loadFor(request, params.proposalId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["departmentIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  // Withdrawing and deleting cannot be undone: both ask first.
  if (input.intent === "withdraw") {
    const ask = unconfirmed(form, { question: "确定撤回这件提案吗？", detail: "撤回后提案不再审查和办理，也不能恢复；如需再提，须重新起草。", confirm: "确认撤回", cancel: "不撤回，返回" });
    if (ask) return ask;
  }
  if (input.intent === "remove-attachment") {
    const file = (await listAttachments(p.id)).find((f) => f.id === input.fileId);
    const ask = unconfirmed(form, { question: `确定删除附件“${file?.fileName ?? ""}”吗？`, detail: "删除后不能恢复，如有需要须重新上传。", confirm: "确认删除", cancel: "不删除，返回" });
    if (ask) return ask;
  }
  try {
    switch (input.intent) {
      case "remove-attachment":
        await removeAttachment(user, input.fileId);
        break;
      case "preview": {
        const { intent: _intent, title, version: _version, ...parts } = input;
        return json({ ok: false as const, errors: {}, values: { ...valuesOf(form), intent: "save" }, preview: await previewProposal(composeBody(parts), title) });
      }
      case "save": {
        const { intent: _intent, title, version, ...form } = input;
        await updateDraft(user, p.id, { title, version, form });
        break;
      }
      case "invite":
        await inviteCosigner(user, p.id, input.username);
        break;
      case "invite-member":
        await inviteCosigner(user, p.id, { userId: input.userId });
        break;
      case "submit":
        await submitProposal(user, p.id);
        break;
      case "withdraw":
        await withdrawProposal(user, p.id);
        break;
      case "cosign":
        await answerCosign(user, p.id, input.answer === "confirm");
        break;
      case "evaluate":
        await evaluateProposal(user, p.id, input);
        break;
    }
    return redirect(`/member/proposals/${p.id}?done=${input.intent}`);
  } catch (error) {
    // A name several members share: list them beside the invite form to choose from.
    if (input.intent === "invite" && isDomainError(error) && error.field === "username") {
      const choices = await searchMembers({ q: input.username.replace(/委员$/, ""), excludeIds: [p.authorId] });
      const failure = await domainFailure(error, form).json();
      return json({ ...failure, choices: choices.length > 1 ? choices : null }, { status: 400 });
    }
    return domainFailure(error, form);
  }
}

export default function MemberProposal() {
  const data = useLoaderData<typeof loader>();
  const { p, draft, isAuthor, myInvitation, signers, attachments, source, lead } = data;
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const preview = state && "preview" in state ? state.preview : null;
  const forIntent = (...names: string[]) => (names.includes(String(state?.values?.intent ?? "")) ? state : undefined);
  const editable = !!draft;
  return (
    <section aria-labelledby="mp-title">
      <p>
        <Link to="/member">委员工作台</Link>
      </p>
      <h1 id="mp-title">{p.title}</h1>
      <p>
        <StateBadge state={p.state} /> {p.caseNo ? <Link to={`/proposals/${p.caseNo}`}>案号 {p.caseNo}（公开页面）</Link> : null}
        {data.documentSlug ? (
          <>
            {" · "}
            <Link to={`/documents/${data.documentSlug}`}>结构化文档</Link>
          </>
        ) : null}
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {(params.get("done") || params.get("saved")) && !state ? (
        <p className="notice ok" role="status">
          {params.get("done") === "import" ? "已导入文档，请核对情况分析和具体建议后保存。" : params.get("done") ? "已完成。" : "草稿已保存。"}
        </p>
      ) : null}
      {p.reason ? <p className="notice">工作人员意见：{p.reason}</p> : null}
      {source ? (
        <p className="notice ok">
          源自委员工作室的社情民意：{source.studioName}“<Link to={`/sessions/${source.sessionId}`}>{source.topic}</Link>”中的“{source.title}”
        </p>
      ) : null}
      {lead ? (
        <p className="notice ok">
          源自群众提案线索：<Link to={lead.url}>{lead.title}</Link>
        </p>
      ) : null}
      <FormError state={state && !preview ? state : undefined} />
      <ConfirmStep state={state as ConfirmationState | undefined} />

      {myInvitation === "invited" && p.state === "draft" ? (
        <Form method="post" className="actions card">
          <input type="hidden" name="intent" value="cosign" />
          <span>邀请您联名此提案：</span>
          <button type="submit" name="answer" value="confirm" className="primary">
            同意联名
          </button>
          <button type="submit" name="answer" value="decline" className="secondary">
            谢绝
          </button>
        </Form>
      ) : null}

      {draft ? (
        <>
          <DraftImportForm proposalId={p.id} error={params.get("importError")} />
          <div className={preview ? "side-by-side" : undefined}>
            <ProposalDraftForm key={p.version} state={forIntent("save", "preview")} initial={draft} departments={data.departments} profile={data.profile}>
              <input type="hidden" name="version" value={p.version} />
            </ProposalDraftForm>
            {preview ? <ProposalPreview preview={preview} /> : null}
          </div>
        </>
      ) : (
        <div className="prose" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      )}

      <ProposalAttachments proposalId={p.id} attachments={attachments} editable={editable} error={params.get("attachmentError")} />

      <CosignerPanel
        signers={signers}
        editable={editable}
        state={forIntent("invite", "invite-member")}
        choices={state && "choices" in state ? (state.choices as never) : null}
        search={data.search}
        organisations={data.organisations}
      />

      {isAuthor && (p.state === "draft" || p.state === "submitted") ? (
        <Form method="post" className="actions">
          {p.state === "draft" ? (
            <button type="submit" name="intent" value="submit" className="primary">
              提交提案
            </button>
          ) : null}
          <button type="submit" name="intent" value="withdraw" className="danger">
            撤回提案
          </button>
        </Form>
      ) : null}

      {p.state !== "draft" ? <ProposalProgress assignments={data.assignments} replies={data.replies} evaluations={data.evaluations} timeline={data.timeline} /> : null}

      {isAuthor && p.state === "replied" ? <ProposalEvaluateForm state={forIntent("evaluate")} /> : null}
    </section>
  );
}
