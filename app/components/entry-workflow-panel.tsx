// The 办理 panel on a disclosure entry page: edit and resubmit, approve or
// return for review, or start a correction of a published entry. Each
// action is a plain POST form, so the panel works without JavaScript.
import { Form } from "@remix-run/react";
import { Link } from "~/components/link";
import { Field, type FormState, inputProps, valueOf } from "./form";

export interface EntryWorkflowRights {
  edit: boolean;
  review: boolean;
  selfReview: boolean;
  correct: boolean;
}

export function EntryWorkflowPanel({ entryId, can, state }: { entryId: number; can: EntryWorkflowRights; state: FormState | undefined }) {
  if (!(can.edit || can.review || can.selfReview || can.correct)) return null;
  const returnState = state?.values?.intent === "return" ? state : undefined;
  return (
    <section aria-labelledby="wf-title">
      <h2 id="wf-title">办理</h2>
      {can.edit ? (
        <p>
          <Link className="button" to={`/catalogues/entries/${entryId}/edit`}>
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
            <Field name="reason" label="退回理由" state={returnState}>
              <textarea rows={3} defaultValue={valueOf(returnState, "reason")} {...inputProps("reason", returnState)} />
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
  );
}
