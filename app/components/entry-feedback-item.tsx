// One question or error report under a disclosure entry, with its answer
// and, for staff, the moderation and answer forms. Plain POST forms, so
// they work without JavaScript; `state` is the failed submit, if any.
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { entryRights } from "~/models/catalogues/catalogue-entry-queries.server";
import type { FeedbackView } from "~/models/catalogues/catalogue-feedback-queries.server";
import { FEEDBACK_KIND_LABELS, MODERATION_LABELS } from "~/models/catalogues/catalogue-labels";
import { formatDateTime } from "./catalogue-ui";
import { type FormState, valueOf } from "./form";

export type FeedbackItem = SerializeFrom<FeedbackView>;
export type EntryRights = ReturnType<typeof entryRights>;

export function EntryFeedbackItem({ f, state }: { f: FeedbackItem; state: FormState | undefined }) {
  const { can } = f;
  // The answer form shows the failed submit only when it was for this item.
  const answerState = state?.values?.intent === "answer" && String(state?.values?.feedbackId) === String(f.id) ? state : undefined;
  return (
    <li id={`f-${f.id}`}>
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
      {can.moderate ? (
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
      {can.approveAnswer || can.rejectAnswer ? (
        <Form method="post" className="inline-actions">
          <input type="hidden" name="intent" value="moderate-answer" />
          <input type="hidden" name="feedbackId" value={f.id} />
          {can.approveAnswer ? (
            <button type="submit" name="decision" value="approved" className="secondary">
              公开此答复
            </button>
          ) : null}
          {can.rejectAnswer ? (
            <button type="submit" name="decision" value="rejected" className="danger">
              退回答复
            </button>
          ) : null}
        </Form>
      ) : null}
      {can.answer ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="feedbackId" value={f.id} />
          <div className="field">
            <label htmlFor={`f-answer-${f.id}`}>{`答复${f.authorName}的${FEEDBACK_KIND_LABELS[f.kind]}`}</label>
            <textarea
              rows={3}
              id={`f-answer-${f.id}`}
              name="answer"
              defaultValue={valueOf(answerState, "answer")}
              aria-invalid={answerState?.errors?.answer ? true : undefined}
              aria-describedby={answerState?.errors?.answer ? `f-answer-${f.id}-error` : undefined}
            />
            {answerState?.errors?.answer ? (
              <p className="field-error" id={`f-answer-${f.id}-error`}>
                {answerState?.errors?.answer}
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
  );
}
