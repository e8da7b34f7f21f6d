import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/auth.server";
import { AssignmentBadge, KeyBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { Field, FormError, inputProps } from "~/components/form";
import { listDepartments } from "~/models/departments.server";
import { assignProposal, closeAfterSilence, decideReassignment } from "~/models/handling.server";
import { proposalDetail } from "~/models/proposal-views.server";
import { acceptProposal, getProposal, listCosigners, markKey, mergeProposal, reviewDecision } from "~/models/proposals.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { ASSIGNMENT_ROLE_LABELS, REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "~/utils/labels";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";

export const meta: MetaFunction = () => [{ title: "提案办理 · 提案办工作台 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff", "admin");
  const p = await getProposal(parseId(params.proposalId));
  // Staff see a proposal once it is submitted; drafts stay with their authors.
  if (!p || p.state === "draft" || p.state === "withdrawn") throw new Response("Not Found", { status: 404 });
  const [detail, signers, departments] = await Promise.all([proposalDetail(p, { includeUnpublishedReplies: true }), listCosigners(p.id), listDepartments()]);
  return json({
    p: { id: p.id, title: p.title, body: p.body, state: p.state, caseNo: p.caseNo, isKey: p.isKey, leader: p.supervisingLeader, reason: p.reason, year: p.year },
    signers: signers.filter((s) => s.state === "confirmed").map((s) => s.name),
    ...detail,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  });
}

const ids = z.array(idSchema);
const optionalDate = z
  .string()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "日期格式应为 2026-06-30");
const intents = z.discriminatedUnion("intent", [
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
  }),
  z.object({ intent: z.literal("reassign-decision"), assignmentId: idSchema, decision: z.enum(["approve", "refuse"]), note: z.string().max(500).default("") }),
  z.object({ intent: z.literal("close") }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff", "admin");
  const id = parseId(params.proposalId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["coDepartmentIds", "separateDepartmentIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
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
        await decideReassignment(user, input.assignmentId, input.decision === "approve", input.note);
        break;
      case "close":
        await closeAfterSilence(user, id);
        break;
    }
    return redirect(`/staff/proposals/${id}?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function StaffProposal() {
  const { p, signers, assignments, replies, departments } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const deptOptions = departments.map((d) => (
    <option key={d.id} value={d.id}>
      {d.name}
    </option>
  ));
  return (
    <section aria-labelledby="stp-title">
      <p>
        <Link to="/staff/proposals">提案审查与交办</Link>
      </p>
      <h1 id="stp-title">{p.title}</h1>
      <p>
        <StateBadge state={p.state} /> <KeyBadge isKey={p.isKey} /> {p.caseNo ? <Link to={`/proposals/${p.caseNo}`}>案号 {p.caseNo}</Link> : null}
        {signers.length ? ` · 联名：${signers.join("、")}` : ""}
      </p>
      {params.get("done") ? <p className="notice ok">已完成。</p> : null}
      <FormError state={state} />
      <details>
        <summary>提案正文</summary>
        <pre className="source">{p.body}</pre>
      </details>

      {p.state === "submitted" ? (
        <>
          <h2>立案审查</h2>
          <Form method="post" className="stack card" noValidate>
            <input type="hidden" name="intent" value="accept" />
            <label>
              <input type="checkbox" name="isKey" value="1" /> 列为重点提案
            </label>
            <Field name="supervisingLeader" label="督办领导（重点提案必填）" state={forIntent("accept")}>
              <input type="text" {...inputProps("supervisingLeader", forIntent("accept"))} />
            </Field>
            <div className="actions">
              <button type="submit" className="primary">
                立案
              </button>
            </div>
          </Form>
          <Form method="post" className="stack card" noValidate>
            <Field name="reason" label="理由（退回、不予立案、转意见建议时必填）" state={forIntent("return") ?? forIntent("reject") ?? forIntent("convert")}>
              <textarea rows={3} {...inputProps("reason", forIntent("return") ?? forIntent("reject") ?? forIntent("convert"))} />
            </Field>
            <div className="actions">
              <button type="submit" name="intent" value="return" className="secondary">
                退回修改
              </button>
              <button type="submit" name="intent" value="reject" className="secondary">
                不予立案
              </button>
              <button type="submit" name="intent" value="convert" className="secondary">
                转为意见建议
              </button>
            </div>
          </Form>
          <Form method="post" className="stack card" noValidate>
            <input type="hidden" name="intent" value="merge" />
            <Field name="intoCaseNo" label="并案：并入的案号" state={forIntent("merge")}>
              <input type="text" placeholder="2026-0001" {...inputProps("intoCaseNo", forIntent("merge"))} />
            </Field>
            <div className="actions">
              <button type="submit" className="secondary">
                并案
              </button>
            </div>
          </Form>
        </>
      ) : null}

      {p.state === "accepted" ? (
        <>
          <h2>交办</h2>
          <Form method="post" className="stack card" noValidate>
            <input type="hidden" name="intent" value="assign" />
            <fieldset className="field">
              <legend>交办方式</legend>
              <div className="checkbox-row">
                <label>
                  <input type="radio" name="mode" value="single" defaultChecked /> 单办
                </label>
                <label>
                  <input type="radio" name="mode" value="lead_co" /> 主办 + 会办
                </label>
                <label>
                  <input type="radio" name="mode" value="separate" /> 分办
                </label>
              </div>
            </fieldset>
            <Field name="leadDepartmentId" label="主办（单办）单位" state={forIntent("assign")}>
              <select defaultValue="" {...inputProps("leadDepartmentId", forIntent("assign"))}>
                <option value="">请选择</option>
                {deptOptions}
              </select>
            </Field>
            <Field name="coDepartmentIds" label="会办单位（可多选）" state={forIntent("assign")}>
              <select multiple size={6} {...inputProps("coDepartmentIds", forIntent("assign"))}>
                {deptOptions}
              </select>
            </Field>
            <Field name="separateDepartmentIds" label="分办单位（可多选，至少两个）" state={forIntent("assign")}>
              <select multiple size={6} {...inputProps("separateDepartmentIds", forIntent("assign"))}>
                {deptOptions}
              </select>
            </Field>
            <Field name="deadline" label="办理期限（留空为三个月后的第一个工作日）" state={forIntent("assign")}>
              <input type="date" {...inputProps("deadline", forIntent("assign"))} />
            </Field>
            <div className="actions">
              <button type="submit" className="primary">
                交办
              </button>
            </div>
          </Form>
        </>
      ) : null}

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

      {assignments.length ? (
        <>
          <h2>承办情况</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">方式</th>
                <th scope="col">期限</th>
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id}>
                  <td>{a.departmentName}</td>
                  <td>{ASSIGNMENT_ROLE_LABELS[a.role]}</td>
                  <td>{a.deadline}</td>
                  <td>
                    <AssignmentBadge state={a.state} /> <OverdueBadge days={a.overdueDays} />
                    {a.reassignmentReason && a.state === "reassignment_requested" ? <div>申请理由：{a.reassignmentReason}</div> : null}
                  </td>
                  <td>
                    {a.state === "reassignment_requested" ? (
                      <Form method="post" className="actions">
                        <input type="hidden" name="intent" value="reassign-decision" />
                        <input type="hidden" name="assignmentId" value={a.id} />
                        <input type="text" name="note" aria-label="处理意见" placeholder="处理意见" />
                        <button type="submit" name="decision" value="approve" className="secondary">
                          同意调整
                        </button>
                        <button type="submit" name="decision" value="refuse" className="secondary">
                          不同意
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {replies.length ? (
        <>
          <h2>答复与会办意见</h2>
          {replies.map((r) => (
            <div key={r.id} className="card">
              <h3>
                {r.departmentName} · {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""} · {{ pending: "待审核", published: "已公开", rejected: "已驳回" }[r.state]}
              </h3>
              <div className="doc-text">{r.body}</div>
              {r.reviewNote ? <p className="count">审核意见：{r.reviewNote}</p> : null}
            </div>
          ))}
          <p>
            <Link to="/staff/replies">去审核答复</Link>
          </p>
        </>
      ) : null}

      {p.state === "replied" ? (
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
