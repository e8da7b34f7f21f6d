import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireDepartmentUser } from "~/auth/auth.server";
import { AssignmentBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { formatTime } from "~/components/events-table";
import { Field, FormError, inputProps } from "~/components/form";
import { PlainText } from "~/components/plain-text";
import { addHandlingNote, overdueDays, requestReassignment, signAssignment } from "~/models/loop/handling.server";
import { submitReply } from "~/models/loop/handling-replies.server";
import { getOwnAssignment, listNotes } from "~/models/loop/handling-queries.server";
import { proposalDetail } from "~/models/loop/proposal-queries.server";
import { getProposal } from "~/models/loop/proposals.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { ASSIGNMENT_ROLE_LABELS, NOTE_KIND_LABELS, REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "~/utils/labels";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { markdownField } from "~/utils/markdown-limits";
import { HANDLING_NOTE_KINDS } from "../../db/enums";

export const meta: MetaFunction = () => [{ title: "办理提案 · 承办工作台 · 协商" }];

// Another department's assignment is a 404: it neither sees nor answers it.
async function load(request: Request, idParam: string | undefined) {
  const user = await requireDepartmentUser(request);
  const row = await getOwnAssignment(user, parseId(idParam));
  if (!row) throw notFound();
  return { user, row };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { row } = await load(request, params.assignmentId);
  const p = (await getProposal(row.a.proposalId!))!;
  const [detail, notes] = await Promise.all([proposalDetail(p, { includeUnpublishedReplies: true }), listNotes(row.a.id)]);
  const mine = detail.replies.filter((r) => r.departmentName === row.departmentName);
  // The lead reads the co-handlers' opinions (会办意见).
  const coOpinions = row.a.role === "lead" ? detail.replies.filter((r) => r.kind === "co_opinion") : [];
  return json({
    a: { id: row.a.id, role: row.a.role, state: row.a.state, deadline: row.a.deadline, overdueDays: overdueDays(row.a), departmentName: row.departmentName },
    p: { title: p.title, caseNo: p.caseNo, state: p.state, bodyHtml: renderMarkdown(p.body) },
    mine,
    coOpinions,
    notes: notes.map((n) => ({ id: n.id, kind: n.kind, body: n.body, happenedOn: n.happenedOn, at: n.createdAt.toISOString() })),
  });
}

const intents = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("sign") }),
  z.object({ intent: z.literal("reassign"), reason: z.string().max(2000).default("") }),
  z.object({
    intent: z.literal("note"),
    kind: z.enum(HANDLING_NOTE_KINDS),
    body: z.string().max(5000).default(""),
    happenedOn: z
      .string()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "日期格式应为 2026-06-30"),
  }),
  z.object({
    intent: z.literal("reply"),
    kind: z.enum(["formal", "holding"]).default("formal"),
    category: z
      .enum(["A", "B", "C", "D", ""])
      .optional()
      .transform((v) => (v ? v : null)),
    body: markdownField(50_000).default(""),
    consent: z.literal("1").optional(),
    correctsId: idSchema.optional().catch(undefined),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await load(request, params.assignmentId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "sign":
        await signAssignment(user, row.a.id);
        break;
      case "reassign":
        await requestReassignment(user, row.a.id, input.reason);
        break;
      case "note":
        await addHandlingNote(user, row.a.id, input.kind, input.body, input.happenedOn);
        break;
      case "reply":
        await submitReply(user, row.a.id, { kind: input.kind, category: input.category, body: input.body, consentToPublish: input.consent === "1", correctsId: input.correctsId ?? null });
        break;
    }
    return redirect(`/department/assignments/${row.a.id}?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function AssignmentPage() {
  const { a, p, mine, coOpinions, notes } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const open = ["assigned", "signed", "rehandling"].includes(a.state);
  return (
    <section aria-labelledby="as-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="as-title">{p.title}</h1>
      <p>
        案号 {p.caseNo} · {a.departmentName}（{ASSIGNMENT_ROLE_LABELS[a.role]}） · 期限 {a.deadline} · <AssignmentBadge state={a.state} />{" "}
        <OverdueBadge days={a.overdueDays} /> · 提案 <StateBadge state={p.state} />
      </p>
      {/* After a failed action the URL still says what the last one did: show only the failure. */}
      {params.get("done") && !state ? (
        <p className="notice ok" role="status">
          已完成。
        </p>
      ) : null}
      <FormError state={state} />
      <details open={a.state === "assigned"}>
        <summary>提案正文</summary>
        <div className="prose" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
      </details>

      {a.state === "assigned" ? (
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="sign" className="primary">
            签收
          </button>
        </Form>
      ) : null}

      {a.state === "assigned" || a.state === "signed" ? (
        <Form method="post" className="stack card" noValidate>
          <input type="hidden" name="intent" value="reassign" />
          <Field name="reason" label="申请调整承办单位（交办后 5 个工作日内）" state={forIntent("reassign")}>
            <textarea rows={2} {...inputProps("reason", forIntent("reassign"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              申请调整
            </button>
          </div>
        </Form>
      ) : null}

      {coOpinions.length ? (
        <>
          <h2>会办单位意见</h2>
          {coOpinions.map((r) => (
            <div key={r.id} className="card">
              <h3>{r.departmentName}</h3>
              <PlainText text={r.body} />
            </div>
          ))}
        </>
      ) : null}

      {open && a.state !== "assigned" ? (
        <Form method="post" className="stack card" noValidate>
          <h2>{a.role === "co" ? "会办意见（送主办单位）" : "答复"}</h2>
          <input type="hidden" name="intent" value="reply" />
          {a.role !== "co" ? (
            <>
              <Field name="kind" label="答复类型" state={forIntent("reply")}>
                <select defaultValue="formal" {...inputProps("kind", forIntent("reply"))}>
                  <option value="formal">正式答复</option>
                  <option value="holding">阶段性答复</option>
                </select>
              </Field>
              <Field name="category" label="答复类别（正式答复必选）" state={forIntent("reply")}>
                <select defaultValue="" {...inputProps("category", forIntent("reply"))}>
                  <option value="">请选择</option>
                  {Object.entries(REPLY_CATEGORY_LABELS).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              </Field>
            </>
          ) : null}
          <Field name="body" label={a.role === "co" ? "意见" : "答复正文"} state={forIntent("reply")}>
            <textarea rows={8} {...inputProps("body", forIntent("reply"))} />
          </Field>
          {a.role !== "co" ? (
            <label>
              <input type="checkbox" name="consent" value="1" defaultChecked /> 提案人同意公开答复全文
            </label>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary">
              {a.role === "co" ? "提交会办意见" : "提交答复（待审核）"}
            </button>
          </div>
        </Form>
      ) : a.state === "assigned" ? null : null}
      {a.state === "assigned" && a.role === "co" ? (
        <Form method="post" className="stack card" noValidate>
          <h2>会办意见（送主办单位）</h2>
          <input type="hidden" name="intent" value="reply" />
          <Field name="body" label="意见" state={forIntent("reply")}>
            <textarea rows={6} {...inputProps("body", forIntent("reply"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              提交会办意见
            </button>
          </div>
        </Form>
      ) : null}

      {mine.length ? (
        <>
          <h2>本单位的答复</h2>
          {mine.map((r) => (
            <div key={r.id} className="card">
              <h3>
                {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""} · {{ pending: "待审核", published: "已公开", rejected: "已驳回" }[r.state]}
              </h3>
              <PlainText text={r.body} />
              {r.reviewNote ? <p className="count">审核意见：{r.reviewNote}</p> : null}
              {r.state === "published" && r.kind !== "co_opinion" && !r.correctedBy ? (
                <Form method="post" className="stack" noValidate>
                  <input type="hidden" name="intent" value="reply" />
                  <input type="hidden" name="kind" value="formal" />
                  <input type="hidden" name="correctsId" value={r.id} />
                  <input type="hidden" name="category" value={r.category ?? ""} />
                  <input type="hidden" name="consent" value="1" />
                  <label htmlFor={`correct-${r.id}`}>更正这份答复（原文保留，更正经审核后公开）</label>
                  <textarea id={`correct-${r.id}`} name="body" rows={4} defaultValue={r.body ?? ""} />
                  <div className="actions">
                    <button type="submit" className="secondary">
                      提交更正
                    </button>
                  </div>
                </Form>
              ) : null}
            </div>
          ))}
        </>
      ) : null}

      <h2>办理记录与沟通（{notes.length}）</h2>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            {n.happenedOn ?? formatTime(n.at)} {NOTE_KIND_LABELS[n.kind]}：{n.body}
          </li>
        ))}
      </ul>
      {open ? (
        <Form method="post" className="stack card" noValidate>
          <input type="hidden" name="intent" value="note" />
          <Field name="kind" label="类型" state={forIntent("note")} scope="note">
            <select defaultValue="progress" {...inputProps("kind", forIntent("note"), false, "note")}>
              {Object.entries(NOTE_KIND_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
          <Field name="happenedOn" label="日期（选填）" state={forIntent("note")} scope="note">
            <input type="date" {...inputProps("happenedOn", forIntent("note"), false, "note")} />
          </Field>
          <Field name="body" label="内容" state={forIntent("note")} scope="note">
            <textarea rows={3} {...inputProps("body", forIntent("note"), false, "note")} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              记录
            </button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
