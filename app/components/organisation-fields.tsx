import { Field, type FormState, inputProps, valueOf } from "./form";

const KINDS: [string, string][] = [
  ["party", "民主党派"],
  ["federation", "工商联"],
  ["committee", "专门委员会"],
  ["sector", "界别"],
];

export function OrganisationFields({
  state,
  defaults,
}: {
  state: FormState | undefined;
  defaults: { slug: string; name: string; shortName: string; aliases: string; kind: string; description: string };
}) {
  return (
    <>
      <Field name="slug" label="标识（网址中使用）" state={state} hint="小写字母、数字或连字符，如 minmeng">
        <input type="text" defaultValue={valueOf(state, "slug", defaults.slug)} {...inputProps("slug", state, true)} />
      </Field>
      <Field name="name" label="组织全称" state={state}>
        <input type="text" defaultValue={valueOf(state, "name", defaults.name)} {...inputProps("name", state)} />
      </Field>
      <Field name="shortName" label="简称（选填）" state={state}>
        <input type="text" defaultValue={valueOf(state, "shortName", defaults.shortName)} {...inputProps("shortName", state)} />
      </Field>
      <Field name="aliases" label="常见写法" state={state} hint="用空格、逗号或顿号分隔，如：民盟、省民盟">
        <textarea rows={2} defaultValue={valueOf(state, "aliases", defaults.aliases)} {...inputProps("aliases", state, true)} />
      </Field>
      <Field name="kind" label="类别" state={state}>
        <select defaultValue={valueOf(state, "kind", defaults.kind)} {...inputProps("kind", state)}>
          {KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field name="description" label="简介（选填）" state={state}>
        <textarea rows={4} defaultValue={valueOf(state, "description", defaults.description)} {...inputProps("description", state)} />
      </Field>
    </>
  );
}
