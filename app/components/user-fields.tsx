import type { Role } from "../../db/schema";
import { Field, type FormState, inputProps, listValueOf, valueOf } from "./form";

export interface Option {
  id: number;
  name: string;
}

const ROLE_OPTIONS: [Role, string][] = [
  ["public", "公众"],
  ["member", "政协委员"],
  ["organisation", "党派团体"],
  ["department", "承办单位"],
  ["staff", "提案工作人员"],
  ["admin", "管理员"],
];

/** Profile, roles and affiliation fields shared by the create and edit forms. */
export function UserFields({
  state,
  defaults,
  departments,
  organisations,
}: {
  state: FormState | undefined;
  defaults: { displayName: string; email: string; roles: Role[]; departmentId: string; organisationId: string };
  departments: Option[];
  organisations: Option[];
}) {
  const roles = listValueOf(state, "roles", defaults.roles);
  return (
    <>
      <Field name="displayName" label="姓名或称呼" state={state}>
        <input type="text" defaultValue={valueOf(state, "displayName", defaults.displayName)} {...inputProps("displayName", state)} />
      </Field>
      <Field name="email" label="电子邮箱（选填）" state={state}>
        <input type="email" defaultValue={valueOf(state, "email", defaults.email)} {...inputProps("email", state)} />
      </Field>
      <fieldset className="field" aria-describedby={state?.errors?.roles ? "f-roles-error" : undefined}>
        <legend>角色（可多选）</legend>
        <div className="checkbox-row">
          {ROLE_OPTIONS.map(([role, label]) => (
            <label key={role}>
              <input type="checkbox" name="roles" value={role} defaultChecked={roles.includes(role)} /> {label}
            </label>
          ))}
        </div>
        {state?.errors?.roles ? (
          <p className="field-error" id="f-roles-error">
            {state.errors.roles}
          </p>
        ) : null}
      </fieldset>
      <Field name="departmentId" label="所属承办单位（承办单位用户必选）" state={state}>
        <select defaultValue={valueOf(state, "departmentId", defaults.departmentId)} {...inputProps("departmentId", state)}>
          <option value="">（无）</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="organisationId" label="所属党派团体（党派团体用户必选）" state={state}>
        <select defaultValue={valueOf(state, "organisationId", defaults.organisationId)} {...inputProps("organisationId", state)}>
          <option value="">（无）</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
