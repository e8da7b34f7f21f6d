import { Form } from "@remix-run/react";
import { Field, inputProps, type FormState } from "~/components/form";

/**
 * 签收 and 申请调整承办单位: the first steps of a department's assignment, the
 * same for a proposal and a report recommendation. `can` comes from the
 * assignment table; `state` is the failed reassignment request, if any.
 */
export function SignAndReassignForms({ can, state }: { can: { sign: boolean; request_reassignment: boolean }; state?: FormState }) {
  return (
    <>
      {can.sign ? (
        <Form method="post" className="actions">
          <button type="submit" name="intent" value="sign" className="primary">
            签收
          </button>
        </Form>
      ) : null}
      {can.request_reassignment ? (
        <Form method="post" className="stack card" noValidate>
          <input type="hidden" name="intent" value="reassign" />
          <Field name="reason" label="申请调整承办单位（交办后 5 个工作日内）" state={state}>
            <textarea rows={2} {...inputProps("reason", state)} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              申请调整
            </button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
