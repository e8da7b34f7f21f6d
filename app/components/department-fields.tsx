import { type FormState, SelectField, TextAreaField, TextField, labelItems } from "./form";
import type { Option } from "./user-fields";

const LEVELS = labelItems({
  city: "市级",
  province: "省级",
  district: "区县级",
});
const KINDS = labelItems({
  government: "政府部门",
  party: "党委部门",
  court: "法院",
  procuratorate: "检察院",
  mass: "群团组织",
  enterprise: "企事业单位",
  other: "其他",
});

export function DepartmentFields({
  state,
  defaults,
  parents,
}: {
  state: FormState | undefined;
  defaults: { name: string; shortName: string; aliases: string; level: string; kind: string; parentId: string };
  parents: Option[];
}) {
  return (
    <>
      <TextField name="name" label="单位全称" state={state} value={defaults.name} />
      <TextField name="shortName" label="简称（选填）" state={state} value={defaults.shortName} />
      <TextAreaField name="aliases" label="常见写法（别名）" state={state} hint="用空格、逗号或顿号分隔，如：民政局、民政部门、民政" value={defaults.aliases} rows={3} />
      <SelectField name="level" label="层级" state={state} value={defaults.level} items={LEVELS} />
      <SelectField name="kind" label="类别" state={state} value={defaults.kind} items={KINDS} />
      <SelectField name="parentId" label="上级单位（选填）" state={state} value={defaults.parentId} none="（无）" items={parents} />
    </>
  );
}
