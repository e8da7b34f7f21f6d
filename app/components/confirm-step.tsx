// The second step of a destructive action (撤回, 吊销, 取消报名…), shown after
// the first submit: the question, what will happen, a button that submits the
// same values again with confirmed=yes, and a way back. Plain HTML: it works
// without JavaScript. The action side is unconfirmed() in utils/forms.server.ts.
import { Form, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";

export interface ConfirmationState {
  confirmation?: { question: string; detail?: string; confirm: string; cancel: string };
  values?: Record<string, string | string[]>;
}

export function ConfirmStep({ state, action, encType }: { state: ConfirmationState | undefined; action?: string; encType?: "multipart/form-data" }) {
  const location = useLocation();
  if (!state?.confirmation) return null;
  const { question, detail, confirm, cancel } = state.confirmation;
  const fields = Object.entries(state.values ?? {}).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((value, i) => ({ key: `${name}-${i}`, name, value })));
  return (
    <Form method="post" action={action} encType={encType} className="confirm-step" aria-labelledby="confirm-step-title">
      <h2 id="confirm-step-title">{question}</h2>
      {detail ? <p>{detail}</p> : null}
      {fields.map((f) => (
        <input key={f.key} type="hidden" name={f.name} value={f.value} />
      ))}
      <input type="hidden" name="confirmed" value="yes" />
      <div className="actions">
        <button type="submit" className="danger">
          {confirm}
        </button>
        <Link to={location.pathname + location.search}>{cancel}</Link>
      </div>
    </Form>
  );
}
