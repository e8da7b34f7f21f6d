import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Field, fieldId, inputProps, listValueOf, valueOf, type FormState } from "~/components/form";

/** What the form starts with: a saved draft's parts, or empty for a new one. */
export interface DraftFormValues {
  title: string;
  analysis: string;
  suggestions: string;
  textFormat: "markdown" | "text";
  contactPhone: string;
  contactAddress: string;
  departmentIds: number[];
  publicConsent: boolean | null;
}

export const EMPTY_DRAFT: DraftFormValues = {
  title: "",
  analysis: "",
  suggestions: "",
  textFormat: "text",
  contactPhone: "",
  contactAddress: "",
  departmentIds: [],
  publicConsent: null,
};

function Choice({ name, legend, state, options, value }: { name: string; legend: string; state?: FormState; options: [string, string][]; value: string }) {
  const error = state?.errors?.[name];
  const id = fieldId(name);
  return (
    <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-row">
        {options.map(([v, label]) => (
          <label key={v}>
            <input type="radio" name={name} value={v} defaultChecked={valueOf(state, name, value) === v} /> {label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The paper proposal form (issue 15): 案由, the proposer and 界别 from the
 * profile (read only), private contact details, 情况分析 and 具体建议, the
 * suggested 承办单位 and 是否同意公开. Plain <form>: it works without JavaScript,
 * and every error shows beside its field.
 */
export function ProposalDraftForm({
  state,
  initial,
  departments,
  profile,
  children,
}: {
  state?: FormState;
  initial: DraftFormValues;
  departments: { id: number; name: string }[];
  profile: { name: string; sector: string | null };
  children?: ReactNode;
}) {
  const chosen = listValueOf(state, "departmentIds", initial.departmentIds.map(String));
  return (
    <Form method="post" className="stack" noValidate id="draft-form">
      {children}
      <Field name="title" label="案由（提案标题）" state={state}>
        <input type="text" defaultValue={valueOf(state, "title", initial.title)} {...inputProps("title", state)} />
      </Field>
      <div className="side-by-side">
        <div className="field">
          <label htmlFor="f-proposer">提案人</label>
          <input type="text" id="f-proposer" readOnly value={profile.name} />
        </div>
        <div className="field">
          <label htmlFor="f-sector">界别</label>
          <input type="text" id="f-sector" readOnly value={profile.sector ?? "（未登记）"} />
        </div>
      </div>
      <fieldset className="stack">
        <legend>联系方式（仅提案工作人员可见，不公开）</legend>
        <Field name="contactPhone" label="联系电话" state={state}>
          <input type="text" inputMode="tel" autoComplete="tel" defaultValue={valueOf(state, "contactPhone", initial.contactPhone)} {...inputProps("contactPhone", state)} />
        </Field>
        <Field name="contactAddress" label="通讯地址（选填）" state={state}>
          <input type="text" autoComplete="street-address" defaultValue={valueOf(state, "contactAddress", initial.contactAddress)} {...inputProps("contactAddress", state)} />
        </Field>
      </fieldset>
      <Choice
        name="textFormat"
        legend="书写方式"
        state={state}
        value={initial.textFormat}
        options={[
          ["text", "纯文本（按段落和“一、（一）1.”编号识别层次）"],
          ["markdown", "Markdown（## 为标题，1. 为条目）"],
        ]}
      />
      <Field name="analysis" label="情况分析" state={state}>
        <textarea rows={8} defaultValue={valueOf(state, "analysis", initial.analysis)} {...inputProps("analysis", state)} />
      </Field>
      <Field name="suggestions" label="具体建议（分条写，如“一、……（一）……1.……”）" state={state}>
        <textarea rows={12} defaultValue={valueOf(state, "suggestions", initial.suggestions)} {...inputProps("suggestions", state)} />
      </Field>
      <Field name="departmentIds" label="建议承办单位（可多选，按住 Ctrl 或 ⌘ 选择多个）" state={state}>
        <select multiple size={8} defaultValue={chosen} {...inputProps("departmentIds", state)}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Choice
        name="publicConsent"
        legend="是否同意公开（立案后在公开页面显示提案人姓名）"
        state={state}
        value={initial.publicConsent === null ? "" : initial.publicConsent ? "yes" : "no"}
        options={[
          ["yes", "同意公开"],
          ["no", "不同意公开"],
        ]}
      />
      <div className="actions">
        <button type="submit" name="intent" value="preview" className="secondary">
          预览
        </button>
        <button type="submit" name="intent" value="save" className="primary">
          保存草稿
        </button>
      </div>
    </Form>
  );
}
