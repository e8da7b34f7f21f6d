import { type FormState, SelectField, TextAreaField, TextField, labelItems } from "./form";

const KINDS = labelItems({
  party: "民主党派",
  federation: "工商联",
  committee: "专门委员会",
  sector: "界别",
});

export function OrganisationFields({
  state,
  defaults,
}: {
  state: FormState | undefined;
  defaults: { slug: string; name: string; shortName: string; aliases: string; kind: string; description: string };
}) {
  return (
    <>
      <TextField name="slug" label="标识（网址中使用）" state={state} hint="小写字母、数字或连字符，如 minmeng" value={defaults.slug} />
      <TextField name="name" label="组织全称" state={state} value={defaults.name} />
      <TextField name="shortName" label="简称（选填）" state={state} value={defaults.shortName} />
      <TextAreaField name="aliases" label="常见写法" state={state} hint="用空格、逗号或顿号分隔，如：民盟、省民盟" value={defaults.aliases} rows={2} />
      <SelectField name="kind" label="类别" state={state} value={defaults.kind} items={KINDS} />
      <TextAreaField name="description" label="简介（选填）" state={state} value={defaults.description} rows={4} />
    </>
  );
}
