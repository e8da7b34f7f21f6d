import { Field, type FormState, inputProps, valueOf } from "./form";
import type { Option } from "./user-fields";

const LEVELS: [string, string][] = [
  ["city", "市级"],
  ["province", "省级"],
  ["district", "区县级"],
];
const KINDS: [string, string][] = [
  ["government", "政府部门"],
  ["party", "党委部门"],
  ["court", "法院"],
  ["procuratorate", "检察院"],
  ["mass", "群团组织"],
  ["enterprise", "企事业单位"],
  ["other", "其他"],
];

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
      <Field name="name" label="单位全称" state={state}>
        <input type="text" defaultValue={valueOf(state, "name", defaults.name)} {...inputProps("name", state)} />
      </Field>
      <Field name="shortName" label="简称（选填）" state={state}>
        <input type="text" defaultValue={valueOf(state, "shortName", defaults.shortName)} {...inputProps("shortName", state)} />
      </Field>
      <Field name="aliases" label="常见写法（别名）" state={state} hint="用空格、逗号或顿号分隔，如：民政局、民政部门、民政">
        <textarea rows={3} defaultValue={valueOf(state, "aliases", defaults.aliases)} {...inputProps("aliases", state, true)} />
      </Field>
      <Field name="level" label="层级" state={state}>
        <select defaultValue={valueOf(state, "level", defaults.level)} {...inputProps("level", state)}>
          {LEVELS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
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
      <Field name="parentId" label="上级单位（选填）" state={state}>
        <select defaultValue={valueOf(state, "parentId", defaults.parentId)} {...inputProps("parentId", state)}>
          <option value="">（无）</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
