// The 立案审查 forms staff see on a submitted proposal: accept it (optionally
// as a key proposal), return / reject / convert it with a reason, or merge
// it into another case. Plain POST forms, so they work without JavaScript.
import { Form } from "@remix-run/react";
import { Field, type FormState, inputProps } from "./form";

export function ProposalReviewForms({ state }: { state: FormState | undefined }) {
  const forIntent = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  const reasonState = forIntent("return") ?? forIntent("reject") ?? forIntent("convert");
  return (
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
        <Field name="reason" label="理由（退回、不予立案、转意见建议时必填）" state={reasonState}>
          <textarea rows={3} {...inputProps("reason", reasonState)} />
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
  );
}
