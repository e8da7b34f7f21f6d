// The 交办 form for an accepted proposal: how it is handled (single, lead
// and co-handling, or separate), which departments, and the deadline.
// A plain POST form, so it works without JavaScript.
import { Form } from "@remix-run/react";
import { Field, type FormState, inputProps, listValueOf, valueOf } from "./form";

export function ProposalAssignForm({ departments, state }: { departments: { id: number; name: string }[]; state: FormState | undefined }) {
  const assignState = state?.values?.intent === "assign" ? state : undefined;
  // After a refused 交办 the choices come back as they were sent (without JavaScript the page is new).
  const mode = valueOf(assignState, "mode", "single");
  const deptOptions = departments.map((d) => (
    <option key={d.id} value={d.id}>
      {d.name}
    </option>
  ));
  return (
    <>
      <h2>交办</h2>
      <Form method="post" className="stack card" noValidate>
        <input type="hidden" name="intent" value="assign" />
        <fieldset className="field">
          <legend>交办方式</legend>
          <div className="checkbox-row">
            <label>
              <input type="radio" name="mode" value="single" defaultChecked={mode === "single"} /> 单办
            </label>
            <label>
              <input type="radio" name="mode" value="lead_co" defaultChecked={mode === "lead_co"} /> 主办 + 会办
            </label>
            <label>
              <input type="radio" name="mode" value="separate" defaultChecked={mode === "separate"} /> 分办
            </label>
          </div>
        </fieldset>
        <Field name="leadDepartmentId" label="主办（单办）单位" state={assignState}>
          <select defaultValue={valueOf(assignState, "leadDepartmentId")} {...inputProps("leadDepartmentId", assignState)}>
            <option value="">请选择</option>
            {deptOptions}
          </select>
        </Field>
        <Field name="coDepartmentIds" label="会办单位（可多选）" state={assignState}>
          <select multiple size={6} defaultValue={listValueOf(assignState, "coDepartmentIds", [])} {...inputProps("coDepartmentIds", assignState)}>
            {deptOptions}
          </select>
        </Field>
        <Field name="separateDepartmentIds" label="分办单位（可多选，至少两个）" state={assignState}>
          <select multiple size={6} defaultValue={listValueOf(assignState, "separateDepartmentIds", [])} {...inputProps("separateDepartmentIds", assignState)}>
            {deptOptions}
          </select>
        </Field>
        <Field name="deadline" label="办理期限（留空为三个月后的第一个工作日）" state={assignState}>
          <input type="date" defaultValue={valueOf(assignState, "deadline")} {...inputProps("deadline", assignState)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            交办
          </button>
        </div>
      </Form>
    </>
  );
}
