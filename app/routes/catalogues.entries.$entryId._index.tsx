import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { DiffView, EntryStatusBadge, Facts, formatDateTime } from "~/components/catalogue-ui";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { approveEntry, returnEntry, startCorrection } from "~/models/catalogue-entries.server";
import { getEntryPage } from "~/models/catalogue-entry-queries.server";
import { answerFeedback, listFeedback, moderateAnswer, moderateFeedback, submitFeedback } from "~/models/catalogue-feedback.server";
import styles from "~/styles/catalogues.css";
import { FEEDBACK_KIND_LABELS, MODERATION_LABELS, formatDay, formatPeriod } from "~/utils/catalogue-labels";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.title ?? "公开信息"} · 信息公开 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const id = parseId(params.entryId);
  const page = await getEntryPage(id, user);
  if (!page) throw new Response("Not Found", { status: 404 });
  const feedback = await listFeedback(id, user);
  const { entry, item, catalogue } = page;
  return json({
    signedIn: !!user,
    catalogue: { slug: catalogue.slug, title: catalogue.title },
    item: { id: item.id, title: item.title, source: item.source },
    responsibleName: page.departmentName,
    entry: {
      id: entry.id,
      title: entry.title,
      status: entry.status,
      revision: entry.revision,
      period: entry.periodStart ? formatPeriod(entry.periodStart, entry.periodEnd) : null,
      occurredOn: entry.occurredOn,
      publishedAt: entry.publishedAt?.toISOString() ?? null,
      submittedAt: entry.submittedAt?.toISOString() ?? null,
      returnReason: entry.returnReason,
      correctionNote: entry.correctionNote,
      generated: !!entry.sourceRef,
      html: renderMarkdown(entry.body),
    },
    authorName: page.authorName,
    reviewerName: page.reviewerName,
    lateBy: page.lateBy,
    attachments: page.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size })),
    previous: page.previous && { id: page.previous.id, revision: page.previous.revision, title: page.previous.title, publishedAt: page.previous.publishedAt?.toISOString() ?? null },
    diff: page.diff,
    next: page.next,
    can: page.can,
    feedback: feedback.map((f) => ({
      ...f,
      createdAt: f.createdAt.toISOString(),
      answeredAt: f.answeredAt?.toISOString() ?? null,
    })),
  });
}

const intents = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("return"), reason: z.string().max(2000, "退回理由不能超过 2000 个字符").default("") }),
  z.object({ intent: z.literal("correct") }),
  z.object({
    intent: z.literal("ask"),
    kind: z.enum(["question", "error_report"], { error: "请选择反馈类型" }),
    body: z.string().max(2000, "不能超过 2000 个字符").default(""),
  }),
  z.object({ intent: z.literal("answer"), feedbackId: idSchema, answer: z.string().max(5000, "答复不能超过 5000 个字符").default("") }),
  z.object({ intent: z.literal("moderate"), feedbackId: idSchema, decision: z.enum(["approved", "rejected"]), note: z.string().max(500).default("") }),
  z.object({ intent: z.literal("moderate-answer"), feedbackId: idSchema, decision: z.enum(["approved", "rejected"]) }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.entryId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "approve":
        await approveEntry(id, user);
        return redirect(`/catalogues/entries/${id}?published=1`);
      case "return":
        await returnEntry(id, input.reason, user);
        return redirect(`/catalogues/entries/${id}?returned=1`);
      case "correct": {
        const draft = await startCorrection(id, user);
        return redirect(`/catalogues/entries/${draft.id}/edit`);
      }
      case "ask":
        await submitFeedback(id, { kind: input.kind, body: input.body }, user);
        return redirect(`/catalogues/entries/${id}?asked=1#feedback`);
      case "answer":
        await answerFeedback(input.feedbackId, input.answer, user);
        return redirect(`/catalogues/entries/${id}?answered=1#f-${input.feedbackId}`);
      case "moderate":
        await moderateFeedback(input.feedbackId, input.decision, input.note, user);
        return redirect(`/catalogues/entries/${id}?moderated=1#f-${input.feedbackId}`);
      case "moderate-answer":
        await moderateAnswer(input.feedbackId, input.decision, user);
        return redirect(`/catalogues/entries/${id}?moderated=1#f-${input.feedbackId}`);
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

const NOTICES: Record<string, string> = {
  submitted: "已提交审核。审核须由另一位工作人员完成。",
  published: "已审核通过并公开发布。",
  returned: "已退回，起草人会看到退回理由。",
  asked: "反馈已提交，经工作人员审核后公开；在此之前只有您和责任单位能看到。",
  answered: "答复已提交，经工作人员审核后公开。",
  moderated: "审核结果已保存。",
};

export default function EntryPage() {
  const data = useLoaderData<typeof loader>();
  const { catalogue, item, entry, previous, diff, next, can, feedback, attachments } = data;
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const location = useLocation();
  const intent = state?.values?.intent;
  const notice = Object.keys(NOTICES).find((k) => params.get(k));
  const stateFor = (name: string, feedbackId?: number) =>
    intent === name && (feedbackId === undefined || String(state?.values?.feedbackId) === String(feedbackId)) ? state : undefined;
  return (
    <article aria-labelledby="e-title">
      <p>
        <Link to="/catalogues">信息公开目录</Link> › <Link to={`/catalogues/${catalogue.slug}`}>{catalogue.title}</Link> ›{" "}
        <Link to={`/catalogues/${catalogue.slug}/items/${item.id}`}>{item.title}</Link>
      </p>
      <h1 id="e-title">{entry.title}</h1>
      <p>
        <EntryStatusBadge status={entry.status} /> {entry.revision > 1 ? <span className="badge muted">第 {entry.revision} 版（更正版）</span> : null}
      </p>
      {notice ? <p className="notice ok">{NOTICES[notice]}</p> : null}
      <FormError state={state} />
      {entry.status === "superseded" && next ? (
        <p className="notice">
          本信息已被更正，以下为原内容，仅供查阅。<Link to={`/catalogues/entries/${next.id}`}>查看更正后的信息（第 {next.revision} 版）</Link>
        </p>
      ) : null}
      {entry.status === "published" && next ? (
        <p className="notice ok">
          已有一份更正在办理中：<Link to={`/catalogues/entries/${next.id}`}>{next.title}</Link>
        </p>
      ) : null}
      {entry.status === "returned" && entry.returnReason ? <p className="notice">审核退回理由：{entry.returnReason}</p> : null}
      {entry.status === "pending_review" ? <p className="notice">本信息正在等待审核，尚未公开。</p> : null}
      {entry.status === "draft" ? <p className="notice">本信息是草稿，尚未公开。</p> : null}

      <Facts
        rows={[
          ["公开事项", <Link key="i" to={`/catalogues/${catalogue.slug}/items/${item.id}`}>{item.title}</Link>],
          ["责任单位", data.responsibleName],
          ["所属期间", entry.period],
          ["信息形成日期", entry.occurredOn ? formatDay(entry.occurredOn) : null],
          ["发布日期", entry.publishedAt ? formatDateTime(entry.publishedAt, true) : "未发布"],
          ...(entry.generated ? ([["来源", "由系统根据已公开的提案答复生成"]] as [string, string][]) : []),
          ...(entry.status === "published" || entry.status === "superseded"
            ? ([["审核", entry.generated ? "随来源发布" : (data.reviewerName ?? "导入")]] as [string, string][])
            : ([["起草人", data.authorName ?? "—"]] as [string, string][])),
          ...(data.lateBy > 0 ? ([["按时情况", <span key="l" className="status-overdue">逾期 {data.lateBy} 天公开</span>]] as [string, JSX.Element][]) : []),
        ]}
      />

      {previous && entry.correctionNote ? (
        <p className="notice ok">
          更正说明：{entry.correctionNote}（<Link to={`/catalogues/entries/${previous.id}`}>查看第 {previous.revision} 版原信息</Link>）
        </p>
      ) : null}

      <div className="entry-body prose" dangerouslySetInnerHTML={{ __html: entry.html }} />

      {attachments.length ? (
        <section aria-labelledby="a-title">
          <h2 id="a-title">附件</h2>
          <ul>
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={`/catalogues/attachments/${a.id}`}>{a.fileName}</a>（{a.mimeType === "application/pdf" ? "PDF" : "图片"}，{Math.max(1, Math.round(a.size / 1024))} KB）
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {diff && previous ? (
        <section aria-labelledby="d-title">
          <h2 id="d-title">与第 {previous.revision} 版相比的改动</h2>
          <p className="hint">下划线为新增内容，删除线为删除内容。</p>
          {diff.title ? (
            <>
              <h3>标题</h3>
              <DiffView parts={diff.title} label="标题的改动" />
            </>
          ) : null}
          {diff.periodChanged ? <p>所属期间有改动。</p> : null}
          {diff.occurredOnChanged ? <p>信息形成日期有改动。</p> : null}
          <h3>正文</h3>
          {diff.bodyChanged ? <DiffView parts={diff.body} label="正文的改动" /> : <p>正文未改动。</p>}
        </section>
      ) : null}

      {can.edit || can.review || can.selfReview || can.correct ? (
        <section aria-labelledby="wf-title">
          <h2 id="wf-title">办理</h2>
          {can.edit ? (
            <p>
              <Link className="button" to={`/catalogues/entries/${entry.id}/edit`}>
                修改并提交审核
              </Link>
            </p>
          ) : null}
          {can.selfReview ? <p className="notice">您起草或提交了这条信息，不能自己审核，须由另一位工作人员审核。</p> : null}
          {can.review ? (
            <>
              <Form method="post">
                <button type="submit" name="intent" value="approve" className="primary">
                  审核通过并发布
                </button>
              </Form>
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="intent" value="return" />
                <Field name="reason" label="退回理由" state={stateFor("return")}>
                  <textarea rows={3} defaultValue={valueOf(stateFor("return"), "reason")} {...inputProps("reason", stateFor("return"))} />
                </Field>
                <div className="actions">
                  <button type="submit" className="danger">
                    退回修改
                  </button>
                </div>
              </Form>
            </>
          ) : null}
          {can.correct ? (
            <Form method="post">
              <p>已发布的信息不能直接修改。发现错误时发起更正：新版本经审核发布后，本版本标为“已被更正”并保留可查。</p>
              <button type="submit" name="intent" value="correct" className="secondary">
                发起更正
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {entry.status === "published" || entry.status === "superseded" ? (
        <section aria-labelledby="feedback-title" id="feedback">
          <h2 id="feedback-title">提问与纠错（{feedback.filter((f) => f.status === "approved").length}）</h2>
          <p className="hint">对本信息有疑问或发现错误，可以在这里提出，责任单位答复。提问和答复经审核后公开。</p>
          {feedback.length ? (
            <ul className="feedback-list">
              {feedback.map((f) => (
                <li key={f.id} id={`f-${f.id}`}>
                  <p className="meta">
                    <strong>{FEEDBACK_KIND_LABELS[f.kind]}</strong> · {f.authorName} · {formatDateTime(f.createdAt, true)}
                    {f.status !== "approved" ? <> · <span className="badge warn">{f.status === "pending" ? "待审核，尚未公开" : MODERATION_LABELS[f.status]}</span></> : null}
                  </p>
                  <p>{f.body}</p>
                  {f.answer ? (
                    <div className="answer">
                      <p className="meta">
                        <strong>答复</strong> · {f.answererName ?? "责任单位"} · {formatDateTime(f.answeredAt, true)}
                        {f.answerStatus !== "approved" ? <> · <span className="badge warn">{f.answerStatus === "pending" ? "答复待审核" : "答复未通过审核"}</span></> : null}
                      </p>
                      <p>{f.answer}</p>
                    </div>
                  ) : null}
                  {f.waitingDays !== null && f.answerStatus !== "approved" && f.status === "approved" ? (
                    <p className="waiting">已等待 {f.waitingDays} 天，尚未答复</p>
                  ) : null}
                  {can.moderate && f.status === "pending" ? (
                    <Form method="post" className="inline-actions">
                      <input type="hidden" name="intent" value="moderate" />
                      <input type="hidden" name="feedbackId" value={f.id} />
                      <button type="submit" name="decision" value="approved" className="secondary">
                        公开此{FEEDBACK_KIND_LABELS[f.kind]}
                      </button>
                      <button type="submit" name="decision" value="rejected" className="danger">
                        不予公开
                      </button>
                    </Form>
                  ) : null}
                  {can.moderate && f.answerStatus === "pending" ? (
                    <Form method="post" className="inline-actions">
                      <input type="hidden" name="intent" value="moderate-answer" />
                      <input type="hidden" name="feedbackId" value={f.id} />
                      <button type="submit" name="decision" value="approved" className="secondary">
                        公开此答复
                      </button>
                      <button type="submit" name="decision" value="rejected" className="danger">
                        退回答复
                      </button>
                    </Form>
                  ) : null}
                  {can.answer && f.status !== "rejected" && (f.answerStatus === null || f.answerStatus === "rejected") ? (
                    <Form method="post" className="stack" noValidate>
                      <input type="hidden" name="intent" value="answer" />
                      <input type="hidden" name="feedbackId" value={f.id} />
                      <div className="field">
                        <label htmlFor={`f-answer-${f.id}`}>{`答复${f.authorName}的${FEEDBACK_KIND_LABELS[f.kind]}`}</label>
                        <textarea
                          rows={3}
                          id={`f-answer-${f.id}`}
                          name="answer"
                          defaultValue={valueOf(stateFor("answer", f.id), "answer")}
                          aria-invalid={stateFor("answer", f.id)?.errors?.answer ? true : undefined}
                          aria-describedby={stateFor("answer", f.id)?.errors?.answer ? `f-answer-${f.id}-error` : undefined}
                        />
                        {stateFor("answer", f.id)?.errors?.answer ? (
                          <p className="field-error" id={`f-answer-${f.id}-error`}>
                            {stateFor("answer", f.id)?.errors?.answer}
                          </p>
                        ) : null}
                      </div>
                      <div className="actions">
                        <button type="submit" className="primary">
                          提交答复
                        </button>
                      </div>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>暂无公开的提问或纠错。</p>
          )}
          {can.feedback ? (
            <Form method="post" className="stack" noValidate>
              <input type="hidden" name="intent" value="ask" />
              <fieldset>
                <legend>反馈类型</legend>
                <div className="checkbox-row">
                  <label>
                    <input type="radio" name="kind" value="question" defaultChecked={valueOf(stateFor("ask"), "kind", "question") === "question"} /> 提问
                  </label>
                  <label>
                    <input type="radio" name="kind" value="error_report" defaultChecked={valueOf(stateFor("ask"), "kind") === "error_report"} /> 纠错
                  </label>
                </div>
              </fieldset>
              <Field name="body" label="您的问题或发现的错误" state={stateFor("ask")}>
                <textarea rows={4} defaultValue={valueOf(stateFor("ask"), "body")} {...inputProps("body", stateFor("ask"))} />
              </Field>
              <div className="actions">
                <button type="submit" className="primary">
                  提交反馈
                </button>
              </div>
            </Form>
          ) : !data.signedIn ? (
            <p>
              <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>登录</Link>后可以提问或纠错。
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
