import { Form } from "@remix-run/react";
import { Field, inputProps, type FormState } from "~/components/form";
import { SATISFACTION_LABELS } from "~/utils/labels";

/** 评价答复: the proposer's two satisfaction marks and a comment. */
export function ProposalEvaluateForm({ state }: { state?: FormState }) {
  const errors = state?.errors ?? {};
  return (
    <Form method="post" className="stack card" noValidate>
      <h2>评价答复</h2>
      <input type="hidden" name="intent" value="evaluate" />
      {(["attitude", "result"] as const).map((field) => (
        <fieldset key={field} className="field">
          <legend>{field === "attitude" ? "办理态度" : "办理结果"}</legend>
          <div className="checkbox-row">
            {Object.entries(SATISFACTION_LABELS).map(([v, l]) => (
              <label key={v}>
                <input type="radio" name={field} value={v} /> {l}
              </label>
            ))}
          </div>
          {errors[field] ? <p className="field-error">{errors[field]}</p> : null}
        </fieldset>
      ))}
      <Field name="comment" label="意见（选填）" state={state}>
        <textarea rows={3} {...inputProps("comment", state)} />
      </Field>
      <p className="hint">任一项选择“不满意”，提案将退回承办单位重办。</p>
      <div className="actions">
        <button type="submit" className="primary">
          提交评价
        </button>
      </div>
    </Form>
  );
}
