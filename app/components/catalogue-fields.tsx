import { FREQUENCY_LABELS, MODE_LABELS, SOURCE_LABELS } from "~/models/catalogues/catalogue-labels";
import { Field, type FormState, inputProps, valueOf } from "./form";
import type { Option } from "./user-fields";

export interface CatalogueDefaults {
  slug: string;
  title: string;
  description: string;
  ownerDepartmentId: string;
  ownerOrganisationId: string;
}

export function CatalogueFields({
  state,
  defaults,
  departments,
  organisations,
}: {
  state: FormState | undefined;
  defaults: CatalogueDefaults;
  departments: Option[];
  organisations: Option[];
}) {
  return (
    <>
      <Field name="title" label="目录名称" state={state}>
        <input type="text" defaultValue={valueOf(state, "title", defaults.title)} {...inputProps("title", state)} />
      </Field>
      <Field name="slug" label="标识（网址中使用）" state={state} hint="小写字母、数字和连字符，如 shi-jiaoyuju">
        <input type="text" defaultValue={valueOf(state, "slug", defaults.slug)} {...inputProps("slug", state, true)} />
      </Field>
      <Field name="description" label="说明" state={state}>
        <textarea rows={4} defaultValue={valueOf(state, "description", defaults.description)} {...inputProps("description", state)} />
      </Field>
      <Field name="ownerDepartmentId" label="编制单位（承办单位）" state={state} hint="单位和组织二者选一">
        <select defaultValue={valueOf(state, "ownerDepartmentId", defaults.ownerDepartmentId)} {...inputProps("ownerDepartmentId", state, true)}>
          <option value="">（不是单位）</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="ownerOrganisationId" label="编制组织（党派团体、专委会）" state={state}>
        <select defaultValue={valueOf(state, "ownerOrganisationId", defaults.ownerOrganisationId)} {...inputProps("ownerOrganisationId", state)}>
          <option value="">（不是组织）</option>
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

export interface ItemDefaults {
  title: string;
  contentElements: string;
  scope: string;
  basis: string;
  frequency: string;
  frequencyDays: string;
  timeLimitDays: string;
  responsibleDepartmentId: string;
  channel: string;
  mode: string;
  source: string;
  effectiveFrom: string;
  position: string;
  active: string;
}

const select = (labels: Record<string, string>) =>
  Object.entries(labels).map(([v, l]) => (
    <option key={v} value={v}>
      {l}
    </option>
  ));

export function ItemFields({ state, defaults, departments }: { state: FormState | undefined; defaults: ItemDefaults; departments: Option[] }) {
  const v = (name: keyof ItemDefaults) => valueOf(state, name, defaults[name]);
  return (
    <>
      <Field name="title" label="公开事项名称" state={state}>
        <input type="text" defaultValue={v("title")} {...inputProps("title", state)} />
      </Field>
      <Field name="contentElements" label="公开内容（要素）" state={state}>
        <textarea rows={3} defaultValue={v("contentElements")} {...inputProps("contentElements", state)} />
      </Field>
      <Field name="scope" label="公开范围" state={state} hint="如：全社会、特定群体">
        <input type="text" defaultValue={v("scope")} {...inputProps("scope", state, true)} />
      </Field>
      <Field name="basis" label="公开依据/标准" state={state}>
        <textarea rows={3} defaultValue={v("basis")} {...inputProps("basis", state)} />
      </Field>
      <Field name="frequency" label="公开频次" state={state}>
        <select defaultValue={v("frequency")} {...inputProps("frequency", state)}>
          {select(FREQUENCY_LABELS)}
        </select>
      </Field>
      <Field name="frequencyDays" label="工作日数（事项发生后限期、随时）" state={state} hint="事项发生后 N 个工作日内公开；“随时”留空按 20 个工作日">
        <input type="number" min={1} max={365} defaultValue={v("frequencyDays")} {...inputProps("frequencyDays", state, true)} />
      </Field>
      <Field name="timeLimitDays" label="公开时限（按期公开：期满后的天数）" state={state} hint="如每月 10 日前公开上月信息，填 10">
        <input type="number" min={0} max={366} defaultValue={v("timeLimitDays")} {...inputProps("timeLimitDays", state, true)} />
      </Field>
      <Field name="responsibleDepartmentId" label="责任单位" state={state} hint="留空表示由目录编制单位负责">
        <select defaultValue={v("responsibleDepartmentId")} {...inputProps("responsibleDepartmentId", state, true)}>
          <option value="">（目录编制单位）</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="channel" label="公开渠道" state={state}>
        <input type="text" defaultValue={v("channel")} {...inputProps("channel", state)} />
      </Field>
      <Field name="mode" label="公开方式" state={state}>
        <select defaultValue={v("mode")} {...inputProps("mode", state)}>
          {select(MODE_LABELS)}
        </select>
      </Field>
      <Field name="source" label="信息来源" state={state}>
        <select defaultValue={v("source")} {...inputProps("source", state)}>
          {select(SOURCE_LABELS)}
        </select>
      </Field>
      <Field name="effectiveFrom" label="起始日期" state={state} hint="此日期之前的期间不计逾期">
        <input type="date" defaultValue={v("effectiveFrom")} {...inputProps("effectiveFrom", state, true)} />
      </Field>
      <Field name="position" label="目录中的序号" state={state}>
        <input type="number" min={0} defaultValue={v("position")} {...inputProps("position", state)} />
      </Field>
      <Field name="active" label="状态" state={state}>
        <select defaultValue={v("active")} {...inputProps("active", state)}>
          <option value="true">启用</option>
          <option value="false">停用</option>
        </select>
      </Field>
    </>
  );
}
