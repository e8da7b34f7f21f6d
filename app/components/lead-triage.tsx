// Staff's 分办 of a lead: forward it to a member (found by 界别 or studio), send it
// to a department as 社情民意, or close it with a reason the sender will read.
import { Form } from "@remix-run/react";
import { Field, inputProps, valueOf } from "~/components/form";

type FormState = Parameters<typeof valueOf>[0];
interface Choice {
  group: string;
  options: { id: string; name: string }[];
}
interface Props {
  can: { forward_member?: boolean; forward_department?: boolean; close?: boolean };
  members: { bySector: Choice[]; byStudio: Choice[] } | null;
  departments: { id: number; name: string }[];
  consent: boolean;
  state: FormState;
}

export function LeadTriage({ can, members, departments, consent, state }: Props) {
  if (!can.forward_member && !can.close) return null;
  return (
    <section aria-labelledby="s-title" className="lead-box">
      <h2 id="s-title">分办</h2>
      {can.forward_member && members ? (
        <Form method="post" noValidate>
          <h3>转交委员</h3>
          <Field name="member" label="委员（按界别或委员工作室查找）" state={state}>
            <select {...inputProps("member", state)} defaultValue={valueOf(state, "member")}>
              <option value="">请选择</option>
              {members.bySector.map((g) => (
                <optgroup key={`s-${g.group}`} label={`界别：${g.group}`}>
                  {g.options.map((o) => (
                    <option key={o.id} value={`${o.id}|${g.group}`}>
                      {o.name}
                    </option>
                  ))}
                </optgroup>
              ))}
              {members.byStudio.map((g) => (
                <optgroup key={`w-${g.group}`} label={`工作室：${g.group}`}>
                  {g.options.map((o) => (
                    <option key={o.id} value={`${o.id}|${g.group}`}>
                      {o.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <TriageExtras kind="member" state={state} consent={consent} />
          <button type="submit" name="intent" value="forward_member" className="primary">
            转交委员
          </button>
        </Form>
      ) : null}
      {can.forward_department ? (
        <Form method="post" noValidate>
          <h3>作为社情民意转承办单位</h3>
          <Field name="departmentId" label="承办单位" state={state}>
            <select {...inputProps("departmentId", state)} defaultValue={valueOf(state, "departmentId")}>
              <option value="">请选择</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
          <TriageExtras kind="department" state={state} consent={consent} />
          <button type="submit" name="intent" value="forward_department" className="secondary">
            转承办单位
          </button>
        </Form>
      ) : null}
      {can.close ? (
        <Form method="post" noValidate>
          <h3>办结（不予采用）</h3>
          <TriageExtras kind="close" state={state} consent={consent} noteLabel="办结理由（提供人会看到）" />
          <button type="submit" name="intent" value="close" className="secondary">
            办结
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function TriageExtras({ kind, state, consent, noteLabel = "说明（可选）" }: { kind: string; state: FormState; consent: boolean; noteLabel?: string }) {
  const error = state?.errors?.note;
  return (
    <>
      <div className="field">
        <label htmlFor={`${kind}-note`}>{noteLabel}</label>
        <textarea id={`${kind}-note`} name="note" rows={2} defaultValue={valueOf(state, "note")} aria-invalid={error ? true : undefined} />
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      {consent ? (
        <div className="checkbox-row">
          <input type="checkbox" name="publish" id={`${kind}-publish`} />
          <label htmlFor={`${kind}-publish`}>公开这条线索及其去向（提供人已同意）</label>
        </div>
      ) : (
        <p className="hint">提供人未同意公开，线索不会公开。</p>
      )}
    </>
  );
}
