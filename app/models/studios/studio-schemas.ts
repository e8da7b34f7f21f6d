import { z } from "zod";
import { parseBeijingLocal } from "../../utils/beijing-time";
import { idSchema, optionalId, versionSchema } from "../../utils/schemas";
import { defineSchema } from "../../utils/define-schema";

// Form schemas for studios, sessions, the rota and outcomes; messages are what users read.
const beijingTime = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .transform((v, ctx) => {
      const d = parseBeijingLocal(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "时间格式不正确（例：2026-12-01 09:30）" });
        return z.NEVER;
      }
      return d;
    });

const optionalBeijingTime = /* @__PURE__ */ defineSchema(() => z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = parseBeijingLocal(v);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "时间格式不正确（例：2026-12-01 09:30）" });
      return z.NEVER;
    }
    return d;
  }));

const count = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(0, message).max(10_000, message);

export const sessionSchema = /* @__PURE__ */ defineSchema(() => z.object({
  topic: z.string().trim().min(1, "请填写活动主题").max(120, "不能超过 120 个字符"),
  description: z.string().max(5000, "不能超过 5000 个字符").optional().default(""),
  startsAt: beijingTime("请填写开始时间"),
  endsAt: beijingTime("请填写结束时间"),
  place: z.string().trim().min(1, "请填写活动地点").max(200, "不能超过 200 个字符"),
  capacity: count("名额须为 1–10000 的整数").refine((n) => n >= 1, "名额至少为 1"),
  reservedForMembers: count("预留名额须为 0 或正整数").optional().default(0),
  audience: z.enum(["members", "public"], { error: "请选择报名范围" }),
  signupOpensAt: optionalBeijingTime,
  signupClosesAt: optionalBeijingTime,
}));

export const sessionUpdateSchema = /* @__PURE__ */ defineSchema(() => sessionSchema.extend({ version: versionSchema }));

export const studioSchema = /* @__PURE__ */ defineSchema(() => z.object({
  slug: z.string().trim().toLowerCase().min(1, "请填写网址标识"),
  name: z.string().trim().min(1, "请填写工作室名称").max(80, "不能超过 80 个字符"),
  district: z.string().trim().min(1, "请填写所在区县").max(40, "不能超过 40 个字符"),
  street: z.string().trim().max(40, "不能超过 40 个字符").optional().default(""),
  community: z.string().trim().max(40, "不能超过 40 个字符").optional().default(""),
  address: z.string().trim().max(200, "不能超过 200 个字符").optional().default(""),
  sectorId: optionalId,
  description: z.string().max(5000, "不能超过 5000 个字符").optional().default(""),
  openingHours: z.string().trim().max(100, "不能超过 100 个字符").optional().default(""),
  contactPhone: z.string().trim().max(40, "不能超过 40 个字符").optional().default(""),
  leadId: z
    .string()
    .optional()
    .transform((v) => v || null),
  memberIds: z.array(z.string()).default([]),
}));

export const shiftSchema = /* @__PURE__ */ defineSchema(() => z.object({
  memberId: z.string().min(1, "请选择值班委员"),
  startsAt: beijingTime("请填写开始时间"),
  endsAt: beijingTime("请填写结束时间"),
  note: z.string().trim().max(200, "不能超过 200 个字符").optional().default(""),
}));

export const swapSchema = /* @__PURE__ */ defineSchema(() => z.object({
  shiftId: idSchema,
  targetId: z.string().min(1, "请选择换班的委员"),
  targetShiftId: optionalId,
  note: z.string().trim().max(200, "不能超过 200 个字符").optional().default(""),
}));

export const opinionSchema = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().trim().min(1, "请填写标题").max(120, "不能超过 120 个字符"),
  body: z.string().trim().min(1, "请填写内容").max(5000, "不能超过 5000 个字符"),
  raisedBy: z.string().trim().max(60, "不能超过 60 个字符").optional().default(""),
}));
