import type { Role } from "../../db/schema";
import { ChoiceField, type FormState, SelectField, TextField } from "./form";

export interface Option {
  id: number;
  name: string;
}

const ROLE_OPTIONS: { id: Role; name: string }[] = [
  { id: "public", name: "公众" },
  { id: "member", name: "政协委员" },
  { id: "organisation", name: "党派团体" },
  { id: "department", name: "承办单位" },
  { id: "staff", name: "提案工作人员" },
  { id: "admin", name: "管理员" },
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
  return (
    <>
      <TextField name="displayName" label="姓名或称呼" state={state} value={defaults.displayName} />
      <TextField name="email" label="电子邮箱（选填）" state={state} value={defaults.email} type="email" />
      <ChoiceField name="roles" legend="角色（可多选）" state={state} value={defaults.roles} items={ROLE_OPTIONS} />
      <SelectField name="departmentId" label="所属承办单位（承办单位用户必选）" state={state} value={defaults.departmentId} none="（无）" items={departments} />
      <SelectField name="organisationId" label="所属党派团体（党派团体用户必选）" state={state} value={defaults.organisationId} none="（无）" items={organisations} />
    </>
  );
}
