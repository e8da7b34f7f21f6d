import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { ReplyLetterLink } from "~/components/reply-letter-link";
import { StateBadge } from "~/components/badges";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { ProposalPreview } from "~/components/proposal-preview";
import { PlainText } from "~/components/plain-text";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { evaluateProposal } from "~/models/loop/handling-closing.server";
import { previewProposal } from "~/models/loop/proposal-preview.server";
import { listAttachments, removeAttachment } from "~/models/loop/proposal-attachments.server";
import { opinionForProposal } from "~/models/studios/session-opinions.server";
import { leadForProposal } from "~/models/participation/lead-queries.server";
import { proposalDetail } from "~/models/loop/proposal-queries.server";
import {
  actorsFor,
  answerCosign,
  getProposal,
  inviteCosigner,
  listCosigners,
  submitProposal,
  updateDraft,
  withdrawProposal,
} from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS, SATISFACTION_LABELS } from "~/utils/labels";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema, versionSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { markdownField } from "~/utils/markdown-limits";
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
  const [signers, detail, attachments] = await Promise.all([
    listCosigners(p.id),
    proposalDetail(p, { includeUnpublishedReplies: false }),
    listAttachments(p.id),
  ]);
  const source = await opinionForProposal(p.id);
  const lead = await leadForProposal(p.id);
  return json({
    p: { id: p.id, title: p.title, body: p.body, bodyHtml: renderMarkdown(p.body), state: p.state, caseNo: p.caseNo, reason: p.reason, version: p.version, kind: p.kind },
    isAuthor: actors.includes("author"),
    myInvitation: signers.find((s) => s.userId === user.id)?.state ?? null,
    signers,
    replies: detail.replies,
    attachments,
    source,
    lead,
  });
}

const satisfaction = /* @__PURE__ */ defineSchema(() => z.enum(SATISFACTION_VALUES, { error: "请选择" }));
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), title: z.string(), body: markdownField(100_000, "正文不能超过 10 万字"), version: versionSchema }),
  z.object({ intent: z.literal("preview"), title: z.string(), body: markdownField(100_000, "正文不能超过 10 万字"), version: versionSchema }),
  z.object({ intent: z.literal("invite"), username: z.string().trim().min(1, "请输入被邀请委员的用户名") }),
  z.object({ intent: z.literal("submit") }),
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("remove-attachment"), fileId: idSchema }),
  z.object({ intent: z.literal("cosign"), answer: z.enum(["confirm", "decline"]) }),
  z.object({ intent: z.literal("evaluate"), attitude: satisfaction, result: satisfaction, comment: z.string().max(2000).optional().default("") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, p } = await loadFor(request, params.proposalId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
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
      case "preview":
        return json({ ok: false as const, errors: {}, values: { title: input.title, body: input.body, intent: "save" }, preview: await previewProposal(input.body, input.title) });
      case "save":
        await updateDraft(user, p.id, input);
        break;
      case "invite":
        await inviteCosigner(user, p.id, input.username);
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
    return domainFailure(error, form);
  }
}

export default function MemberProposal() {
  const { p, isAuthor, myInvitation, signers, replies, attachments, source, lead } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const preview = state && "preview" in state ? state.preview : null;
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const editable = isAuthor && p.state === "draft";
  return (
    <section aria-labelledby="mp-title">
      <p>
        <Link to="/member">委员工作台</Link>
      </p>
      <h1 id="mp-title">{p.title}</h1>
      <p>
        <StateBadge state={p.state} /> {p.caseNo ? <Link to={`/proposals/${p.caseNo}`}>案号 {p.caseNo}（公开页面）</Link> : null}
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {params.get("done") && !state ? (
        <p className="notice ok" role="status">
          已完成。
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

      {editable ? (
        <div className={preview ? "side-by-side" : undefined}>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="version" value={p.version} />
            <Field name="title" label="标题" state={forIntent("save")}>
              <input type="text" defaultValue={valueOf(state, "title", p.title)} {...inputProps("title", forIntent("save"))} />
            </Field>
            <Field name="body" label="正文（Markdown）" state={forIntent("save")}>
              <textarea rows={16} defaultValue={valueOf(state, "body", p.body)} {...inputProps("body", forIntent("save"))} />
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
      ) : (
        <div className="prose" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      )}

      <h2>附件（{attachments.length}）</h2>
      {params.get("attachmentError") ? (
        <p className="form-error" role="alert">
          {params.get("attachmentError")}
        </p>
      ) : null}
      <ul>
        {attachments.map((f) => (
          <li key={f.id}>
            <a href={`/proposals/attachments/${f.id}`}>{f.fileName}</a>（{Math.ceil(f.size / 1024)} KB）
            {editable ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="fileId" value={f.id} />
                <button type="submit" name="intent" value="remove-attachment" className="link-button">
                  删除<span className="visually-hidden">附件 {f.fileName}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <Form method="post" action={`/member/proposals/${p.id}/attachments`} encType="multipart/form-data" className="actions">
          <label htmlFor="attach-file">添加附件（PDF 或图片，不超过 10 MB）</label>
          <input type="file" id="attach-file" name="file" accept=".pdf,.png,.jpg,.jpeg,.gif,.webp" />
          <button type="submit" className="secondary">
            上传
          </button>
        </Form>
      ) : null}

      <h2>联名委员（{signers.length}）</h2>
      <ul>
        {signers.map((s) => (
          <li key={s.userId}>
            {s.name}（{s.username}）：{{ invited: "待答复", confirmed: "已同意", declined: "已谢绝" }[s.state]}
          </li>
        ))}
      </ul>
      {editable ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <Field name="username" label="邀请联名（委员用户名）" state={forIntent("invite")}>
            <input type="text" {...inputProps("username", forIntent("invite"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              邀请
            </button>
          </div>
        </Form>
      ) : null}

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

      {replies.length ? (
        <>
          <h2>答复</h2>
          {replies.map((r) => (
            <div key={r.id} className="card">
              <h3>
                {r.departmentName} · {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""}
              </h3>
              <PlainText text={r.body} />
              {r.kind !== "co_opinion" && r.state === "published" ? <ReplyLetterLink replyId={r.id} /> : null}
            </div>
          ))}
        </>
      ) : null}

      {isAuthor && p.state === "replied" ? (
        <Form method="post" className="stack card" noValidate>
          <h2>评价答复</h2>
          <input type="hidden" name="intent" value="evaluate" />
          {(["attitude", "result"] as const).map((field) => (
            <fieldset key={field} className="field">
              <legend>{field === "attitude" ? "办理态度" : "办理结果"}</legend>
              <div className="checkbox-row">
                {Object.entries(SATISFACTION_LABELS).map(([v, l]) => (
                  <label key={v}>
                    <input type="radio" name={field} value={v} /> {l}
                  </label>
                ))}
              </div>
              {(forIntent("evaluate")?.errors as Record<string, string> | undefined)?.[field] ? (
                <p className="field-error">{(forIntent("evaluate")!.errors as Record<string, string>)[field]}</p>
              ) : null}
            </fieldset>
          ))}
          <Field name="comment" label="意见（选填）" state={forIntent("evaluate")}>
            <textarea rows={3} {...inputProps("comment", forIntent("evaluate"))} />
          </Field>
          <p className="hint">任一项选择“不满意”，提案将退回承办单位重办。</p>
          <div className="actions">
            <button type="submit" className="primary">
              提交评价
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
