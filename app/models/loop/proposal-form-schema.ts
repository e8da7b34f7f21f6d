// The paper form's fields (issue 15), shared by the new-draft and edit pages.
// Every field is checked at once, so every error shows beside its field.
import { z } from "zod";
import { defineSchema } from "../../utils/define-schema";
import { markdownField } from "../../utils/markdown-limits";

export const draftFormFields = /* @__PURE__ */ defineSchema(() => ({
  title: z.string().trim().min(1, "请填写案由（提案标题）").max(200, "案由不能超过 200 个字符"),
  contactPhone: z
    .string()
    .trim()
    .min(1, "请填写联系电话")
    .max(40, "联系电话不能超过 40 个字符")
    .regex(/^[0-9０-９+\-\s()（）转#]+$/, "联系电话只能包含数字、空格和 - + ( ) 转"),
  contactAddress: z.string().trim().max(200, "通讯地址不能超过 200 个字符").optional().default(""),
  textFormat: z.enum(["markdown", "text"], { error: "请选择书写方式" }).default("text"),
  analysis: markdownField(50_000, "情况分析不能超过 5 万字").optional().default(""),
  suggestions: markdownField(50_000, "具体建议不能超过 5 万字").pipe(z.string().trim().min(1, "请填写具体建议")),
  departmentIds: z
    .array(z.string().regex(/^\d{1,9}$/, "请选择有效的承办单位").transform(Number))
    .max(10, "建议承办单位不超过 10 个")
    .default([]),
  publicConsent: z.enum(["yes", "no"], { error: "请选择是否同意公开" }).transform((v) => v === "yes"),
}));
