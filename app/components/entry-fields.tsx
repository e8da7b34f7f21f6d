import { Field, type FormState, inputProps, valueOf } from "./form";

export interface EntryDefaults {
  title: string;
  body: string;
  periodStart: string;
  periodEnd: string;
  occurredOn: string;
  correctionNote: string;
}

export function EntryFields({
  state,
  defaults,
  periodic,
  eventDriven,
  correction,
}: {
  state: FormState | undefined;
  defaults: EntryDefaults;
  periodic: boolean;
  eventDriven: boolean;
  correction: boolean;
}) {
  return (
    <>
      <Field name="title" label="标题" state={state}>
        <input type="text" required defaultValue={valueOf(state, "title", defaults.title)} {...inputProps("title", state)} />
      </Field>
      <Field name="body" label="正文" state={state} hint="支持 Markdown：空行分段，**加粗**，| 表格 |，[链接](https://…)">
        <textarea rows={14} defaultValue={valueOf(state, "body", defaults.body)} {...inputProps("body", state, true)} />
      </Field>
      <fieldset>
        <legend>所属期间{periodic ? "（按期公开的事项必填）" : "（选填）"}</legend>
        <div className="checkbox-row">
          <Field name="periodStart" label="开始日期" state={state}>
            <input type="date" defaultValue={valueOf(state, "periodStart", defaults.periodStart)} {...inputProps("periodStart", state)} />
          </Field>
          <Field name="periodEnd" label="结束日期" state={state}>
            <input type="date" defaultValue={valueOf(state, "periodEnd", defaults.periodEnd)} {...inputProps("periodEnd", state)} />
          </Field>
        </div>
      </fieldset>
      <Field
        name="occurredOn"
        label={`信息形成（事项发生）日期${eventDriven ? "" : "（选填）"}`}
        state={state}
        hint="按事项发生后限期公开的，从这一天起计算工作日"
      >
        <input type="date" defaultValue={valueOf(state, "occurredOn", defaults.occurredOn)} {...inputProps("occurredOn", state, true)} />
      </Field>
      {correction ? (
        <Field name="correctionNote" label="更正说明" state={state} hint="说明更正了什么、为什么更正；将与新旧版本的差异一起公开">
          <textarea rows={3} defaultValue={valueOf(state, "correctionNote", defaults.correctionNote)} {...inputProps("correctionNote", state, true)} />
        </Field>
      ) : null}
    </>
  );
}
