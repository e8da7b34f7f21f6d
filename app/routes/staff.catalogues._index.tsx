import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { formatDateTime } from "~/components/catalogue-ui";
import { FormError } from "~/components/form";
import { reviewQueue } from "~/models/catalogues/catalogue-entry-queries.server";
import { moderateAnswer, moderateFeedback } from "~/models/catalogues/catalogue-feedback.server";
import { moderationQueue } from "~/models/catalogues/catalogue-feedback-queries.server";
import { listCatalogues, overdueItems } from "~/models/catalogues/catalogue-status.server";
import styles from "~/styles/catalogues.css";
import { FEEDBACK_KIND_LABELS, formatDay, frequencyText } from "~/models/catalogues/catalogue-labels";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = () => [{ title: "信息公开工作台 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const [overdue, reviews, queue, catalogues] = await Promise.all([overdueItems(), reviewQueue(user), moderationQueue(user), listCatalogues({ includeInactive: true })]);
  const feedbackRow = (f: (typeof queue.questions)[number]) => ({
    id: f.id,
    kind: f.kind,
    body: f.body,
    answer: f.answer,
    authorName: f.authorName,
    entryId: f.entryId,
    entryTitle: f.entryTitle,
    waitingDays: f.waitingDays,
    createdAt: f.createdAt.toISOString(),
    can: f.can,
  });
  return json({
    overdue: overdue.map((s) => ({
      itemId: s.itemId,
      title: s.title,
      catalogueSlug: s.catalogueSlug,
      catalogueTitle: s.catalogueTitle,
      responsibleName: s.responsibleName,
      frequency: frequencyText(s.frequency, s.frequencyDays),
      daysLate: s.status.daysLate,
      dueDate: s.status.dueDate,
      missing: s.status.missing.map((p) => p.label),
      lateEntries: s.status.lateEntries,
      lastPublishedAt: s.lastPublishedAt?.toISOString() ?? null,
    })),
    reviews: reviews.map((r) => ({ id: r.id, title: r.title, itemTitle: r.itemTitle, catalogueTitle: r.catalogueTitle, submitterName: r.submitterName, submittedAt: r.submittedAt?.toISOString() ?? null, canReview: r.canReview, revision: r.revision })),
    questions: queue.questions.map(feedbackRow),
    answers: queue.answers.map(feedbackRow),
    unanswered: queue.unanswered.map(feedbackRow),
    catalogues: catalogues.map((c) => ({ id: c.id, slug: c.slug, title: c.title, ownerName: c.ownerName, items: c.items, overdue: c.overdue, active: c.active })),
  });
}

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  intent: z.enum(["moderate", "moderate-answer"]),
  feedbackId: idSchema,
  decision: z.enum(["approved", "rejected"]),
}));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "moderate") await moderateFeedback(parsed.data.feedbackId, parsed.data.decision, "", user);
    else await moderateAnswer(parsed.data.feedbackId, parsed.data.decision, user);
    return redirect("/staff/catalogues?moderated=1#moderation");
  } catch (error) {
    return domainFailure(error, form);
  }
}

function ModerationButtons({ id, intent, approveLabel, approve = true, reject = true }: { id: number; intent: string; approveLabel: string; approve?: boolean; reject?: boolean }) {
  return (
    <Form method="post" className="inline-actions">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="feedbackId" value={id} />
      {approve ? (
        <button type="submit" name="decision" value="approved" className="secondary">
          {approveLabel}
        </button>
      ) : null}
      {reject ? (
        <button type="submit" name="decision" value="rejected" className="danger">
          不予公开
        </button>
      ) : null}
    </Form>
  );
}

export default function StaffCatalogues() {
  const { overdue, reviews, questions, answers, unanswered, catalogues } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="sc-title">
      <p>
        <Link to="/staff">提案办工作台</Link>
      </p>
      <h1 id="sc-title">信息公开工作台</h1>
      {params.get("moderated") ? <p className="notice ok">审核结果已保存。</p> : null}
      <FormError state={state} />
      <ul className="stats">
        <li>
          <strong>{overdue.length}</strong> 个事项逾期
        </li>
        <li>
          <strong>{reviews.length}</strong> 条信息待审核
        </li>
        <li>
          <strong>{questions.length + answers.length}</strong> 条反馈待审核
        </li>
        <li>
          <strong>{unanswered.length}</strong> 条公开反馈未答复
        </li>
      </ul>

      <h2 id="overdue">逾期未更新的公开事项</h2>
      {overdue.length ? (
        <div className="table-scroll">
          <table>
            <caption>按逾期天数排列</caption>
            <thead>
              <tr>
                <th scope="col">公开事项</th>
                <th scope="col">责任单位</th>
                <th scope="col">频次</th>
                <th scope="col">期限</th>
                <th scope="col">逾期</th>
                <th scope="col">最近更新</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((o) => (
                <tr key={o.itemId}>
                  <td>
                    <Link to={`/catalogues/${o.catalogueSlug}/items/${o.itemId}`}>{o.title}</Link>
                    <br />
                    <small>{o.catalogueTitle}</small>
                  </td>
                  <td>{o.responsibleName ?? "—"}</td>
                  <td>{o.frequency}</td>
                  <td>{formatDay(o.dueDate)}</td>
                  <td>
                    <span className="status-overdue">逾期 {o.daysLate} 天</span>
                    <br />
                    <small>{o.missing.length ? `缺 ${o.missing.length} 期` : `${o.lateEntries} 条未按期公开`}</small>
                  </td>
                  <td>{formatDateTime(o.lastPublishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>没有逾期的事项。</p>
      )}

      <h2 id="reviews">待审核的公开信息</h2>
      {reviews.length ? (
        <ul className="entry-list">
          {reviews.map((r) => (
            <li key={r.id}>
              <h3>
                <Link to={`/catalogues/entries/${r.id}`}>{r.title}</Link>
                {r.revision > 1 ? <span className="badge muted">更正</span> : null}
              </h3>
              <p className="doc-meta">
                {r.catalogueTitle} · {r.itemTitle} · {r.submitterName ?? "—"} 提交于 {formatDateTime(r.submittedAt, true)}
                {r.canReview ? "" : " · 由您提交，须由他人审核"}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待审核的信息。</p>
      )}

      <h2 id="moderation">待审核的提问和纠错</h2>
      {questions.length ? (
        <ul className="feedback-list">
          {questions.map((f) => (
            <li key={f.id}>
              <p className="meta">
                {FEEDBACK_KIND_LABELS[f.kind]} · {f.authorName} · 关于 <Link to={`/catalogues/entries/${f.entryId}#f-${f.id}`}>{f.entryTitle}</Link> · 已等待 {f.waitingDays} 天
              </p>
              <p>{f.body}</p>
              {f.can.moderate ? <ModerationButtons id={f.id} intent="moderate" approveLabel="公开" /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待审核的提问。</p>
      )}
      <h2>待审核的答复</h2>
      {answers.length ? (
        <ul className="feedback-list">
          {answers.map((f) => (
            <li key={f.id}>
              <p className="meta">
                关于 <Link to={`/catalogues/entries/${f.entryId}#f-${f.id}`}>{f.entryTitle}</Link> · {f.authorName} 的{FEEDBACK_KIND_LABELS[f.kind]}
              </p>
              <p>{f.body}</p>
              <div className="answer">
                <p>{f.answer}</p>
              </div>
              {f.can.ownAnswer ? <p className="hint">这是您写的答复，须由其他工作人员审核。</p> : null}
              {f.can.approveAnswer || f.can.rejectAnswer ? (
                <ModerationButtons id={f.id} intent="moderate-answer" approveLabel="公开答复" approve={f.can.approveAnswer} reject={f.can.rejectAnswer} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>没有待审核的答复。</p>
      )}
      <h2>已公开但尚未答复的反馈</h2>
      {unanswered.length ? (
        <ul>
          {unanswered.map((f) => (
            <li key={f.id}>
              <Link to={`/catalogues/entries/${f.entryId}#f-${f.id}`}>{f.entryTitle}</Link>：{f.body.slice(0, 60)} — <span className="waiting">已等待 {f.waitingDays} 天</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有。</p>
      )}

      <h2>目录管理</h2>
      <p>
        <Link className="button" to="/staff/catalogues/new">
          新建目录
        </Link>
      </p>
      <table>
        <caption>全部目录</caption>
        <thead>
          <tr>
            <th scope="col">目录</th>
            <th scope="col">编制单位</th>
            <th scope="col">事项</th>
            <th scope="col">逾期</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {catalogues.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/staff/catalogues/${c.id}`}>{c.title}</Link>（<Link to={`/catalogues/${c.slug}`}>公开页面</Link>）
              </td>
              <td>{c.ownerName}</td>
              <td>{c.items}</td>
              <td>{c.overdue ? <span className="status-overdue">{c.overdue} 个</span> : "0"}</td>
              <td>{c.active ? "启用" : "停用"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
