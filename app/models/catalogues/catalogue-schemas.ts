import { z } from "zod";
import { optionalId, versionSchema } from "../../utils/schemas";
import { markdownField } from "../../utils/markdown-limits";
import { defineSchema } from "../../utils/define-schema";

// Form schemas for disclosure catalogues; messages are what users read.
const optionalDay = /* @__PURE__ */ defineSchema(() => z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "日期格式应为 2026-03-31"));

export const entryFormSchema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(1, "请填写标题").max(200, "标题不能超过 200 个字符"),
  body: markdownField(100_000, "正文不能超过 10 万字").optional().default(""),
  periodStart: optionalDay,
  periodEnd: optionalDay,
  occurredOn: optionalDay,
  correctionNote: z
    .string()
    .max(1000, "更正说明不能超过 1000 个字符")
    .optional()
    .transform((v) => v?.trim() || null),
}));

export const catalogueFormSchema = /* @__PURE__ */ defineSchema(() => z.object({
  slug: z.string().trim().toLowerCase().min(2, "请填写标识（至少 2 个字符）").max(60, "标识不能超过 60 个字符"),
  title: z.string().trim().min(1, "请填写目录名称").max(120, "名称不能超过 120 个字符"),
  description: z.string().max(5000, "说明不能超过 5000 个字符").optional().default(""),
  ownerDepartmentId: optionalId,
  ownerOrganisationId: optionalId,
}));

const frequencies = ["as_needed", "monthly", "quarterly", "half_yearly", "yearly", "event"] as const;
const optionalCount = /* @__PURE__ */ defineSchema(() => z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!/^\d{1,3}$/.test(v)) {
      ctx.addIssue({ code: "custom", message: "请填写整数" });
      return z.NEVER;
    }
    return Number(v);
  }));

export const itemFormSchema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(1, "请填写公开事项名称").max(200, "不能超过 200 个字符"),
  contentElements: z.string().max(5000, "不能超过 5000 个字符").optional().default(""),
  scope: z.string().max(1000, "不能超过 1000 个字符").optional().default(""),
  basis: z.string().max(5000, "不能超过 5000 个字符").optional().default(""),
  frequency: z.enum(frequencies, { error: "请选择公开频次" }),
  frequencyDays: optionalCount,
  timeLimitDays: z.coerce.number({ error: "请填写天数" }).int("请填写整数").min(0, "不能为负数").max(366, "不能超过 366 日").default(0),
  responsibleDepartmentId: optionalId,
  channel: z.string().max(1000, "不能超过 1000 个字符").optional().default(""),
  mode: z.enum(["proactive", "on_request"], { error: "请选择公开方式" }),
  source: z.enum(["manual", "proposal_replies"], { error: "请选择信息来源" }).default("manual"),
  effectiveFrom: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2026-01-01"),
  position: z.coerce.number({ error: "请填写序号" }).int("请填写整数").min(0, "不能为负数").max(10_000, "序号过大").default(0),
  active: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
}));

export { versionSchema };
