import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { EntryStatusBadge, Facts, formatDateTime } from "~/components/catalogue-ui";
import { EntryFeedback } from "~/components/entry-feedback";
import { EntryRevisionDiff } from "~/components/entry-revision-diff";
import { EntryWorkflowPanel } from "~/components/entry-workflow-panel";
import { FormError } from "~/components/form";
import { startCorrection } from "~/models/catalogues/catalogue-entries.server";
import { approveEntry, returnEntry } from "~/models/catalogues/catalogue-entry-review.server";
import { getEntryPage } from "~/models/catalogues/catalogue-entry-queries.server";
import { answerFeedback, moderateAnswer, moderateFeedback, submitFeedback } from "~/models/catalogues/catalogue-feedback.server";
import { listFeedback } from "~/models/catalogues/catalogue-feedback-queries.server";
import styles from "~/styles/catalogues.css";
import { formatDay, formatPeriod } from "~/models/catalogues/catalogue-labels";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.entry.title ?? "公开信息"} · 信息公开 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const id = parseId(params.entryId);
  const page = await getEntryPage(id, user);
  if (!page) throw notFound();
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
      isPublic: page.isPublic,
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

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
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
]));

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
  const notice = Object.keys(NOTICES).find((k) => params.get(k));
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
          ...(entry.isPublic
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

      {diff && previous ? <EntryRevisionDiff diff={diff} previousRevision={previous.revision} /> : null}

      <EntryWorkflowPanel entryId={entry.id} can={can} state={state} />

      {entry.isPublic ? <EntryFeedback feedback={feedback} can={can} signedIn={data.signedIn} state={state} /> : null}
    </article>
  );
}
