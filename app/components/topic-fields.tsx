// The fields of a consultation topic (协商议题), for creating and editing.
import { Field, inputProps, valueOf, type FormState } from "~/components/form";

export interface TopicDefaults {
  title: string;
  description: string;
  opensAt: string;
  closesAt: string;
  meetingKind: string;
  meetingTitle: string;
  meetingDate: string;
  organisationId: string;
  documents: string;
}

export function TopicFields({ state, defaults, organisations }: { state: FormState | undefined; defaults: TopicDefaults; organisations: { id: number; name: string }[] }) {
  const v = (name: keyof TopicDefaults) => valueOf(state, name, defaults[name]);
  return (
    <>
      <Field name="title" label="议题名称" state={state}>
        <input {...inputProps("title", state)} defaultValue={v("title")} required maxLength={200} />
      </Field>
      <Field name="description" label="议题说明" state={state} hint="背景、征集范围和要求；可用 Markdown">
        <textarea {...inputProps("description", state, true)} rows={8} defaultValue={v("description")} required />
      </Field>
      <Field name="opensAt" label="开始征集（北京时间）" state={state}>
        <input {...inputProps("opensAt", state)} type="datetime-local" defaultValue={v("opensAt")} required />
      </Field>
      <Field name="closesAt" label="截止征集（北京时间）" state={state}>
        <input {...inputProps("closesAt", state)} type="datetime-local" defaultValue={v("closesAt")} required />
      </Field>
      <Field name="meetingKind" label="服务的会议" state={state}>
        <select {...inputProps("meetingKind", state)} defaultValue={v("meetingKind")}>
          <option value="special_consultation">专题协商会</option>
          <option value="standing_committee">常委会会议</option>
          <option value="other">其他协商活动</option>
        </select>
      </Field>
      <Field name="meetingTitle" label="会议名称（可选）" state={state}>
        <input {...inputProps("meetingTitle", state)} defaultValue={v("meetingTitle")} maxLength={200} />
      </Field>
      <Field name="meetingDate" label="会议日期（可选）" state={state}>
        <input {...inputProps("meetingDate", state)} type="date" defaultValue={v("meetingDate")} />
      </Field>
      <Field name="organisationId" label="组织单位（可选）" state={state}>
        <select {...inputProps("organisationId", state)} defaultValue={v("organisationId")}>
          <option value="">（不注明）</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="documents" label="背景材料（可选）" state={state} hint="已发布文档的网址标识，每行一个，如 2026-member-bus-network">
        <textarea {...inputProps("documents", state, true)} rows={3} defaultValue={v("documents")} />
      </Field>
    </>
  );
}
