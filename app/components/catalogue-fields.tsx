import { FREQUENCY_LABELS, MODE_LABELS, SOURCE_LABELS } from "~/models/catalogues/catalogue-labels";
import { type FormState, SelectField, TextAreaField, TextField, labelItems } from "./form";
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
      <TextField name="title" label="目录名称" state={state} value={defaults.title} />
      <TextField name="slug" label="标识（网址中使用）" state={state} hint="小写字母、数字和连字符，如 shi-jiaoyuju" value={defaults.slug} />
      <TextAreaField name="description" label="说明" state={state} value={defaults.description} rows={4} />
      <SelectField name="ownerDepartmentId" label="编制单位（承办单位）" state={state} hint="单位和组织二者选一" value={defaults.ownerDepartmentId} none="（不是单位）" items={departments} />
      <SelectField name="ownerOrganisationId" label="编制组织（党派团体、专委会）" state={state} value={defaults.ownerOrganisationId} none="（不是组织）" items={organisations} />
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

const ACTIVE = [
  { id: "true", name: "启用" },
  { id: "false", name: "停用" },
];

export function ItemFields({ state, defaults, departments }: { state: FormState | undefined; defaults: ItemDefaults; departments: Option[] }) {
  return (
    <>
      <TextField name="title" label="公开事项名称" state={state} value={defaults.title} />
      <TextAreaField name="contentElements" label="公开内容（要素）" state={state} value={defaults.contentElements} rows={3} />
      <TextField name="scope" label="公开范围" state={state} hint="如：全社会、特定群体" value={defaults.scope} />
      <TextAreaField name="basis" label="公开依据/标准" state={state} value={defaults.basis} rows={3} />
      <SelectField name="frequency" label="公开频次" state={state} value={defaults.frequency} items={labelItems(FREQUENCY_LABELS)} />
      <TextField name="frequencyDays" label="工作日数（事项发生后限期、随时）" state={state} hint="事项发生后 N 个工作日内公开；“随时”留空按 20 个工作日" value={defaults.frequencyDays} type="number" min={1} max={365} />
      <TextField name="timeLimitDays" label="公开时限（按期公开：期满后的天数）" state={state} hint="如每月 10 日前公开上月信息，填 10" value={defaults.timeLimitDays} type="number" min={0} max={366} />
      <SelectField name="responsibleDepartmentId" label="责任单位" state={state} hint="留空表示由目录编制单位负责" value={defaults.responsibleDepartmentId} none="（目录编制单位）" items={departments} />
      <TextField name="channel" label="公开渠道" state={state} value={defaults.channel} />
      <SelectField name="mode" label="公开方式" state={state} value={defaults.mode} items={labelItems(MODE_LABELS)} />
      <SelectField name="source" label="信息来源" state={state} value={defaults.source} items={labelItems(SOURCE_LABELS)} />
      <TextField name="effectiveFrom" label="起始日期" state={state} hint="此日期之前的期间不计逾期" value={defaults.effectiveFrom} type="date" />
      <TextField name="position" label="目录中的序号" state={state} value={defaults.position} type="number" min={0} />
      <SelectField name="active" label="状态" state={state} value={defaults.active} items={ACTIVE} />
    </>
  );
}
