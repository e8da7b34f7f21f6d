// The 提问与纠错 section of a published disclosure entry: the feedback list
// and the form for asking a question or reporting an error (a plain POST
// form), or a sign-in link for visitors.
import { Form, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { type EntryRights, EntryFeedbackItem, type FeedbackItem } from "./entry-feedback-item";
import { Field, type FormState, inputProps, valueOf } from "./form";

export function EntryFeedback({
  feedback,
  can,
  signedIn,
  state,
}: {
  feedback: FeedbackItem[];
  can: EntryRights;
  signedIn: boolean;
  state: FormState | undefined;
}) {
  const location = useLocation();
  const askState = state?.values?.intent === "ask" ? state : undefined;
  return (
    <section aria-labelledby="feedback-title" id="feedback">
      <h2 id="feedback-title">提问与纠错（{feedback.filter((f) => f.status === "approved").length}）</h2>
      <p className="hint">对本信息有疑问或发现错误，可以在这里提出，责任单位答复。提问和答复经审核后公开。</p>
      {feedback.length ? (
        <ul className="feedback-list">
          {feedback.map((f) => (
            <EntryFeedbackItem key={f.id} f={f} state={state} />
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
                <input type="radio" name="kind" value="question" defaultChecked={valueOf(askState, "kind", "question") === "question"} /> 提问
              </label>
              <label>
                <input type="radio" name="kind" value="error_report" defaultChecked={valueOf(askState, "kind") === "error_report"} /> 纠错
              </label>
            </div>
          </fieldset>
          <Field name="body" label="您的问题或发现的错误" state={askState}>
            <textarea rows={4} defaultValue={valueOf(askState, "body")} {...inputProps("body", askState)} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              提交反馈
            </button>
          </div>
        </Form>
      ) : !signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>登录</Link>后可以提问或纠错。
        </p>
      ) : null}
    </section>
  );
}
