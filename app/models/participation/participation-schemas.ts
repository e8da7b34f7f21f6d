// Form and API input of the participation pages, parsed with zod on the
// server. Messages are what users read (Chinese).
import { z } from "zod";
import { parseBeijingLocal } from "../../utils/beijing-time";
import { optionalId } from "../../utils/schemas";
import { defineSchema } from "../../utils/define-schema";

const beijingTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .transform((v, ctx) => {
      const d = parseBeijingLocal(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: `${label}格式应为 2026-12-01T09:00` });
        return z.NEVER;
      }
      return d;
    });

export const topicSchema = /* @__PURE__ */ defineSchema(() => z
  .object({
    title: z.string().trim().min(1, "请填写议题名称").max(200, "议题名称不能超过 200 个字符"),
    description: z.string().trim().min(1, "请填写议题说明").max(20_000, "议题说明不能超过 2 万字"),
    opensAt: beijingTime("开始时间"),
    closesAt: beijingTime("截止时间"),
    meetingKind: z.enum(["standing_committee", "special_consultation", "other"], { error: "请选择会议类型" }),
    meetingTitle: z.string().trim().max(200, "会议名称不能超过 200 个字符").default(""),
    meetingDate: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
          ctx.addIssue({ code: "custom", message: "会议日期格式应为 2026-12-20" });
          return z.NEVER;
        }
        return v;
      }),
    organisationId: optionalId,
    documents: z
      .string()
      .max(5000, "背景材料过多")
      .default("")
      .transform((v) => [...new Set(v.split(/[\s,，、]+/).map((s) => s.trim()).filter(Boolean))].slice(0, 20)),
  })
  .refine((v) => v.closesAt > v.opensAt, { message: "截止时间须晚于开始时间", path: ["closesAt"] }));
export type TopicInput = z.infer<typeof topicSchema>;

export const opinionSchema = /* @__PURE__ */ defineSchema(() => z.object({
  body: z.string().trim().min(10, "请至少写 10 个字，把意见说清楚").max(3000, "意见不能超过 3000 个字"),
}));

export const reasonSchema = /* @__PURE__ */ defineSchema(() => z.string().trim().max(500, "理由不能超过 500 个字").default(""));

export const leadSchema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(4, "请用至少 4 个字概括问题").max(100, "标题不能超过 100 个字"),
  problem: z.string().trim().min(10, "请至少写 10 个字说明存在的问题").max(5000, "问题描述不能超过 5000 个字"),
  suggestion: z.string().trim().min(10, "请至少写 10 个字说明您的建议").max(5000, "建议不能超过 5000 个字"),
  place: z.string().trim().max(200, "地点不能超过 200 个字").default(""),
  consentPublic: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true" || v === "1"),
}));
export type LeadInput = z.infer<typeof leadSchema>;
