import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { KeyBadge, StateBadge } from "~/components/badges";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { Field, FormError, inputProps } from "~/components/form";
import { ProposalAssignForm } from "~/components/proposal-assign-form";
import { ProposalAssignmentsTable } from "~/components/proposal-assignments-table";
import { ProposalReviewForms } from "~/components/proposal-review-forms";
import { PlainText } from "~/components/plain-text";
import { listDepartments } from "~/models/directory/departments.server";
import { getUserById } from "~/models/directory/users.server";
import { assignProposal, decideReassignment } from "~/models/loop/handling.server";
import { waiveCoOpinion } from "~/models/loop/co-handling.server";
import { assignFormRules, waiverInput } from "~/models/loop/loop-schemas";
import { SILENCE_DAYS_BEFORE_CLOSE, closeAfterSilence, daysSinceReply } from "~/models/loop/handling-closing.server";
import { proposalDetail } from "~/models/loop/proposal-queries.server";
import { acceptProposal, markKey, mergeProposal, reviewDecision } from "~/models/loop/proposal-review.server";
import { getProposal, listCosigners } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "~/utils/labels";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "提案办理 · 提案办工作台 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const p = await getProposal(parseId(params.proposalId));
  // Staff see a proposal once it is submitted; drafts stay with their authors.
  if (!p || p.state === "draft" || p.state === "withdrawn") throw notFound();
  const [detail, signers, departments, author] = await Promise.all([proposalDetail(p, { includeUnpublishedReplies: true, includeEvaluationComments: true }), listCosigners(p.id), listDepartments(), getUserById(p.authorId)]);
  return json({
    p: { id: p.id, title: p.title, bodyHtml: renderMarkdown(p.body), state: p.state, caseNo: p.caseNo, isKey: p.isKey, leader: p.supervisingLeader, reason: p.reason, year: p.year },
    // The paper form's 提案人 and 界别: who wrote it, whom staff call on the phone number below.
    // 逾期未评价，办结 is allowed SILENCE_DAYS_BEFORE_CLOSE days after the reply: until then the page says how long.
    silence: p.state === "replied" ? { days: SILENCE_DAYS_BEFORE_CLOSE, left: Math.max(0, SILENCE_DAYS_BEFORE_CLOSE - daysSinceReply(p)) } : null,
    author: author ? { name: author.displayName, sector: author.organisationName } : null,
    signers: signers.filter((s) => s.state === "confirmed").map((s) => s.name),
    // The paper form's private part, for staff only (issue 15): contact, suggested 承办单位, consent.
    form: {
      contactPhone: p.contactPhone,
      contactAddress: p.contactAddress,
      publicConsent: p.publicConsent,
      suggested: departments.filter((d) => p.suggestedDepartmentIds.includes(d.id)).map((d) => d.name),
    },
    ...detail,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  });
}

const ids = /* @__PURE__ */ defineSchema(() => z.array(idSchema));
const optionalDate = /* @__PURE__ */ defineSchema(() => z
  .string()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "日期格式应为 2026-06-30"));
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("accept"), isKey: z.literal("1").optional(), supervisingLeader: z.string().max(50).optional() }),
  z.object({ intent: z.enum(["return", "reject", "convert"]), reason: z.string().max(2000).default("") }),
  z.object({ intent: z.literal("merge"), intoCaseNo: z.string().trim().min(1, "请填写案号") }),
  z.object({ intent: z.literal("key"), isKey: z.literal("1").optional(), supervisingLeader: z.string().max(50).optional() }),
  z.object({
    intent: z.literal("assign"),
    mode: z.enum(["single", "lead_co", "separate"], { error: "请选择交办方式" }),
    leadDepartmentId: idSchema.optional().catch(undefined),
    coDepartmentIds: ids.default([]),
    separateDepartmentIds: ids.default([]),
    deadline: optionalDate,
  }).check(assignFormRules),
  z.object({ intent: z.literal("reassign-decision"), assignmentId: idSchema, decision: z.enum(["approve", "refuse"]), note: z.string().max(500).default("") }),
  waiverInput.extend({ intent: z.literal("waive-opinion"), assignmentId: idSchema }),
  z.object({ intent: z.literal("close") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.proposalId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["coDepartmentIds", "separateDepartmentIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  // Ending a proposal's review (不予立案, 转为意见建议, 并案) cannot be undone: ask first.
  // Without a reason or case number the domain refuses anyway, so no question then.
  const ending = { reject: "不予立案", convert: "转为意见建议", merge: "并案" } as const;
  if ((input.intent === "reject" || input.intent === "convert") && input.reason.trim()) {
    const ask = unconfirmed(form, { question: `确定${ending[input.intent]}吗？`, detail: `理由：${input.reason.trim()}。提案人会收到通知；这一决定不能撤销。`, confirm: `确认${ending[input.intent]}`, cancel: "返回，不作决定" });
    if (ask) return ask;
  }
  if (input.intent === "merge") {
    const ask = unconfirmed(form, { question: `确定并入 ${input.intoCaseNo} 吗？`, detail: "并案后本提案不再单独办理，随所并入的提案办理和答复；并案不能撤销。", confirm: "确认并案", cancel: "返回，不并案" });
    if (ask) return ask;
  }
  try {
    switch (input.intent) {
      case "accept":
        await acceptProposal(user, id, { isKey: input.isKey === "1", supervisingLeader: input.supervisingLeader ?? null });
        break;
      case "return":
      case "reject":
      case "convert":
        await reviewDecision(user, id, input.intent, input.reason);
        break;
      case "merge":
        await mergeProposal(user, id, input.intoCaseNo);
        break;
      case "key":
        await markKey(user, id, input.isKey === "1", input.supervisingLeader ?? null);
        break;
      case "assign":
        await assignProposal(user, id, input);
        break;
      case "reassign-decision":
        await decideReassignment(user, input.assignmentId, input.decision === "approve", input.note, { proposalId: id });
        break;
      case "waive-opinion":
        await waiveCoOpinion(user, input.assignmentId, input.reason, { proposalId: id });
        break;
      case "close":
        await closeAfterSilence(user, id);
        break;
    }
    // A returned proposal is a draft again, which staff do not open: back to the queue, which says so.
    if (input.intent === "return") return redirect(`/staff/proposals?returned=${id}`);
    return redirect(`/staff/proposals/${id}?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function StaffProposal() {
  const { p, author, silence, signers, form, assignments, replies, departments } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  return (
    <section aria-labelledby="stp-title">
      <p>
        <Link to="/staff/proposals">提案审查与交办</Link>
      </p>
      <h1 id="stp-title">{p.title}</h1>
      <p>
        <StateBadge state={p.state} /> <KeyBadge isKey={p.isKey} /> {p.caseNo ? <Link to={`/proposals/${p.caseNo}`}>案号 {p.caseNo}</Link> : null}
        {author ? ` · 提案人：${author.name}${author.sector ? `（${author.sector}）` : ""}` : ""}
        {signers.length ? ` · 联名：${signers.join("、")}` : ""}
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {params.get("done") && !state ? (
        <p className="notice ok" role="status">
          已完成。
        </p>
      ) : null}
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <p className="doc-meta">
        联系电话：{form.contactPhone || "（未填）"}
        {form.contactAddress ? ` · 通讯地址：${form.contactAddress}` : ""} · {form.publicConsent ? "同意公开" : "不同意公开"}
        {form.suggested.length ? ` · 建议承办单位：${form.suggested.join("、")}` : ""}
      </p>
      <details>
        <summary>提案正文</summary>
        <div className="prose" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      </details>

      {p.state === "submitted" ? <ProposalReviewForms state={state} /> : null}

      {p.state === "accepted" ? <ProposalAssignForm departments={departments} state={state} /> : null}

      {p.caseNo && ["accepted", "assigned", "replied", "rehandling"].includes(p.state) ? (
        <Form method="post" className="stack card" noValidate>
          <input type="hidden" name="intent" value="key" />
          <label>
            <input type="checkbox" name="isKey" value="1" defaultChecked={p.isKey} /> 重点提案
          </label>
          <Field name="supervisingLeader" label="督办领导" state={forIntent("key")}>
            <input type="text" defaultValue={p.leader ?? ""} {...inputProps("supervisingLeader", forIntent("key"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              保存督办设置
            </button>
          </div>
        </Form>
      ) : null}

      {assignments.length ? <ProposalAssignmentsTable assignments={assignments} /> : null}

      {replies.length ? (
        <>
          <h2>答复与会办意见</h2>
          {replies.map((r) => (
            <div key={r.id} className="card">
              <h3>
                {r.departmentName} · {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""} · {{ pending: "待审核", published: "已公开", rejected: "已驳回" }[r.state]}
              </h3>
              <PlainText text={r.body} />
              {r.reviewNote ? <p className="count">审核意见：{r.reviewNote}</p> : null}
            </div>
          ))}
          <p>
            <Link to="/staff/replies">去审核答复</Link>
          </p>
        </>
      ) : null}

      {silence && silence.left > 0 ? (
        <p className="hint">
          答复后 {silence.days} 天内提案人未评价，才能直接办结（还需 {silence.left} 天）。
        </p>
      ) : silence ? (
        <Form method="post" className="actions">
          <input type="hidden" name="intent" value="close" />
          <button type="submit" className="secondary">
            提案人逾期未评价，办结
          </button>
        </Form>
      ) : null}
    </section>
  );
}
