import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { ChoiceField, SelectField, TextAreaField, TextField, type FormState } from "~/components/form";

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

const TEXT_FORMATS = [
  { id: "text", name: "纯文本（按段落和“一、（一）1.”编号识别层次）" },
  { id: "markdown", name: "Markdown（## 为标题，1. 为条目）" },
];
const CONSENT = [
  { id: "yes", name: "同意公开" },
  { id: "no", name: "不同意公开" },
];

/** 预览 and 保存草稿: the buttons under a proposal draft (a member's, an organisation's). */
export function DraftActions() {
  return (
    <div className="actions">
      <button type="submit" name="intent" value="preview" className="secondary">
        预览
      </button>
      <button type="submit" name="intent" value="save" className="primary">
        保存草稿
      </button>
    </div>
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
  return (
    <Form method="post" className="stack" noValidate id="draft-form">
      {children}
      <TextField name="title" label="案由（提案标题）" state={state} value={initial.title} />
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
        <TextField name="contactPhone" label="联系电话" state={state} value={initial.contactPhone} inputMode="tel" autoComplete="tel" />
        <TextField name="contactAddress" label="通讯地址（选填）" state={state} value={initial.contactAddress} autoComplete="street-address" />
      </fieldset>
      <ChoiceField name="textFormat" legend="书写方式" state={state} value={initial.textFormat} items={TEXT_FORMATS} />
      <TextAreaField name="analysis" label="情况分析" state={state} value={initial.analysis} rows={8} />
      <TextAreaField name="suggestions" label="具体建议（分条写，如“一、……（一）……1.……”）" state={state} value={initial.suggestions} rows={12} />
      <SelectField
        name="departmentIds"
        label="建议承办单位（可多选，按住 Ctrl 或 ⌘ 选择多个）"
        state={state}
        values={initial.departmentIds.map(String)}
        items={departments}
        multiple
        size={8}
      />
      <ChoiceField
        name="publicConsent"
        legend="是否同意公开（立案后在公开页面显示提案人姓名）"
        state={state}
        value={initial.publicConsent === null ? "" : initial.publicConsent ? "yes" : "no"}
        items={CONSENT}
      />
      <DraftActions />
    </Form>
  );
}
