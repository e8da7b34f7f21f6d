import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { ReplyLetterLink } from "~/components/reply-letter-link";
import { SignAndReassignForms } from "~/components/assignment-steps";
import { AssignmentBadge, OverdueBadge, StateBadge } from "~/components/badges";
import { formatTime } from "~/components/events-table";
import { Field, FormError, inputProps } from "~/components/form";
import { PlainText } from "~/components/plain-text";
import { ReplyForm, adoptionsFromForm } from "~/components/reply-form";
import { AdoptionBadge } from "~/components/recommendation-handling";
import { requireOwnAssignment } from "~/models/loop/assignment-access.server";
import { assignmentCan } from "~/models/loop/assignment-rules";
import { sendCoOpinion } from "~/models/loop/co-handling.server";
import { addHandlingNote, overdueDays, requestReassignment, signAssignment } from "~/models/loop/handling.server";
import { submitReply } from "~/models/loop/handling-replies.server";
import { coHandlingOf, listNotes } from "~/models/loop/handling-queries.server";
import { coOpinionInput, noteInput, reassignmentRequestInput, replyFormInput, signInput } from "~/models/loop/loop-schemas";
import { proposalDetail } from "~/models/loop/proposal-queries.server";
import { getProposal } from "~/models/loop/proposals.server";
import { adoptionsOfReplies, recommendationsOfProposal } from "~/models/loop/recommendation-adoptions.server";
import { domainFailure, formFailure, parseForm, parseValues, readForm } from "~/utils/forms.server";
import { ASSIGNMENT_ROLE_LABELS, NOTE_KIND_LABELS, REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "~/utils/labels";
import { renderMarkdown } from "~/utils/markdown.server";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";
import { EvaluationList } from "~/components/proposal-progress";

export const meta: MetaFunction = () => [{ title: "办理提案 · 承办工作台 · 协商" }];

// Another department's assignment is a 404; a report recommendation's assignment is a 404 here
// that says where it is handled (requireOwnAssignment).
const load = (request: Request, idParam: string | undefined) => requireOwnAssignment(request, idParam, "proposal");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { row } = await load(request, params.assignmentId);
  const p = (await getProposal(row.a.proposalId!))!;
  const [detail, notes, co, recs] = await Promise.all([
    proposalDetail(p, { includeUnpublishedReplies: true, includeEvaluationComments: true }),
    listNotes(row.a.id),
    coHandlingOf(p.id),
    recommendationsOfProposal(p.id),
  ]);
  const mine = detail.replies.filter((r) => r.departmentName === row.departmentName);
  const marks = await adoptionsOfReplies(mine.map((r) => r.id));
  const lead = row.a.role !== "co";
  return json({
    a: { id: row.a.id, role: row.a.role, state: row.a.state, deadline: row.a.deadline, overdueDays: overdueDays(row.a), departmentName: row.departmentName },
    p: { title: p.title, caseNo: p.caseNo, state: p.state, bodyHtml: renderMarkdown(p.body) },
    // What this department may do now, from the assignment table (assignment-rules.ts).
    can: assignmentCan({ subject: "proposal", role: row.a.role, state: row.a.state }, "department"),
    // The lead reads every co-handler's opinion (会办意见) and waits for the missing ones.
    coHandlers: lead ? co : [],
    blockedBy: lead ? co.filter((c) => !c.heard).map((c) => c.departmentName) : [],
    recommendations: lead ? recs.map((r) => ({ id: r.id, marker: r.marker, title: r.title })) : [],
    mine: mine.map((r) => ({ ...r, marks: marks.get(r.id) ?? [] })),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind, body: n.body, happenedOn: n.happenedOn, at: n.createdAt.toISOString() })),
    // The proposer's evaluation, comment included: the department reads it (DESIGN.md).
    evaluations: detail.evaluations,
  });
}

// Each intent's input is the loop's schema for that action (shared with the JSON API).
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  signInput.extend({ intent: z.literal("sign") }),
  reassignmentRequestInput.extend({ intent: z.literal("reassign") }),
  noteInput.extend({ intent: z.literal("note") }),
  coOpinionInput.extend({ intent: z.literal("opinion") }),
  z.object({ intent: z.literal("reply") }),
]));

const correctsIdSchema = /* @__PURE__ */ defineSchema(() => idSchema.optional().catch(undefined));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, row } = await load(request, params.assignmentId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "sign":
        await signAssignment(user, row.a.id, "proposal");
        break;
      case "reassign":
        await requestReassignment(user, row.a.id, input.reason, "proposal");
        break;
      case "note":
        await addHandlingNote(user, row.a.id, input.kind, input.body, input.happenedOn);
        break;
      case "opinion":
        await sendCoOpinion(user, row.a.id, input.body);
        break;
      case "reply": {
        const kind = form.get("kind") === "holding" ? "holding" : "formal";
        const correctsId = correctsIdSchema.parse(form.get("correctsId") ?? undefined) ?? null;
        const raw = {
          kind,
          category: form.get("category") ?? "",
          body: form.get("body") ?? "",
          consentToPublish: form.get("consent") === "1",
          correctsId,
          contactName: form.get("contactName") ?? "",
          contactPhone: form.get("contactPhone") ?? "",
          adoptions: kind === "formal" && !correctsId ? adoptionsFromForm(form) : undefined,
        };
        const reply = parseValues(replyFormInput, raw, form, (path) => {
          if (path[0] === "adoptions" && typeof path[1] === "number") return `${String(path[2] ?? "adoption")}|${(raw.adoptions ?? [])[path[1]]?.recommendationId ?? ""}`;
          return String(path[0] ?? "_form");
        });
        if (!reply.ok) return formFailure(reply);
        await submitReply(user, row.a.id, reply.data);
        break;
      }
    }
    return redirect(`/department/assignments/${row.a.id}?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function AssignmentPage() {
  const { a, p, can, coHandlers, blockedBy, recommendations, mine, notes, evaluations } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  return (
    <section aria-labelledby="as-title">
      <p>
        <Link to="/department">承办工作台</Link>
      </p>
      <h1 id="as-title">{p.title}</h1>
      <p>
        案号 {p.caseNo} · {a.departmentName}（{ASSIGNMENT_ROLE_LABELS[a.role]}） · {a.role === "co" ? "会办期限" : "期限"} {a.deadline} · <AssignmentBadge state={a.state} role={a.role} />{" "}
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

      <SignAndReassignForms can={can} state={forIntent("reassign")} />

      {coHandlers.length ? (
        <section aria-labelledby="co-title">
          <h2 id="co-title">会办单位意见</h2>
          {coHandlers.map((c) => (
            <div key={c.assignmentId} className="card">
              <h3>
                {c.departmentName} · 会办期限 {c.deadline} · <AssignmentBadge state={c.state} role="co" /> <OverdueBadge days={c.overdueDays} />
              </h3>
              {c.opinion ? <PlainText text={c.opinion.body} /> : null}
              {c.waiver ? <p>提案工作人员已免除会办意见：{c.waiver.reason}</p> : null}
              {!c.heard ? <p className="count">尚未提交会办意见。</p> : null}
            </div>
          ))}
        </section>
      ) : null}

      {a.role === "co" && (can.send_opinion || a.state === "assigned") ? (
        <Form method="post" className="stack card" noValidate>
          <h2>会办意见（送主办单位）</h2>
          {can.send_opinion ? null : <p className="notice">请先签收，再提交会办意见。</p>}
          <input type="hidden" name="intent" value="opinion" />
          <Field name="body" label="意见" state={forIntent("opinion")}>
            <textarea rows={6} {...inputProps("body", forIntent("opinion"))} disabled={!can.send_opinion} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={!can.send_opinion}>
              提交会办意见
            </button>
          </div>
        </Form>
      ) : null}

      {/* One reply waits for review at a time (submitReply refuses another): no form until it is decided. */}
      {can.reply && mine.some((r) => r.state === "pending" && r.kind !== "co_opinion") ? (
        <p className="notice">答复已提交，等待提案工作人员审核；审核后如需再答复或更正，可在此提交。</p>
      ) : can.reply ? (
        <ReplyForm state={forIntent("reply")} recommendations={recommendations} blockedBy={blockedBy} />
      ) : null}

      {mine.length ? (
        <>
          <h2>本单位的{a.role === "co" ? "会办意见" : "答复"}</h2>
          {mine.map((r) => (
            <div key={r.id} className="card">
              <h3>
                {REPLY_KIND_LABELS[r.kind]}
                {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""} · {{ pending: "待审核", published: r.kind === "co_opinion" ? "已送主办单位" : "已公开", rejected: "已驳回" }[r.state]}
              </h3>
              <PlainText text={r.body} />
              {r.marks.length ? (
                <ul className="adoptions" aria-label="逐条采纳情况">
                  {r.marks.map((m) => (
                    <li key={m.recommendationId}>
                      {m.title}：<AdoptionBadge adoption={m.adoption} />
                      {m.reason ? ` ${m.reason}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              {r.reviewNote ? <p className="count">审核意见：{r.reviewNote}</p> : null}
              {r.kind !== "co_opinion" && r.state !== "rejected" ? <ReplyLetterLink replyId={r.id} /> : null}
              {can.correct_reply && r.state === "published" && r.kind !== "co_opinion" && !r.correctedBy ? (
                <Form method="post" className="stack" noValidate>
                  <input type="hidden" name="intent" value="reply" />
                  <input type="hidden" name="kind" value="formal" />
                  <input type="hidden" name="correctsId" value={r.id} />
                  <input type="hidden" name="category" value={r.category ?? ""} />
                  <input type="hidden" name="consent" value="1" />
                  <label htmlFor={`correct-${r.id}`}>更正这份答复（原文保留，采纳情况沿用；更正经审核后公开）</label>
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

      <EvaluationList evaluations={evaluations} />

      <h2>办理记录与沟通（{notes.length}）</h2>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            {n.happenedOn ?? formatTime(n.at)} {NOTE_KIND_LABELS[n.kind]}：{n.body}
          </li>
        ))}
      </ul>
      {can.note ? (
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
