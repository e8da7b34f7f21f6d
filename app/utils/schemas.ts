import { z } from "zod";
import { defineSchema } from "./define-schema";

// Form field schemas shared by several routes; messages are what users read.
export const roleSchema = /* @__PURE__ */ defineSchema(() => z.enum(["public", "member", "organisation", "department", "staff", "admin"]));

/** An optional id from a <select>: "" means none. */
export const optionalId = /* @__PURE__ */ defineSchema(() => z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!/^\d{1,9}$/.test(v)) {
      ctx.addIssue({ code: "custom", message: "请选择有效的选项" });
      return z.NEVER;
    }
    return Number(v);
  }));

export const optionalEmail = /* @__PURE__ */ defineSchema(() => z
  .string()
  .trim()
  .max(200, "邮箱过长")
  .optional()
  .refine((v) => !v || z.email().safeParse(v).success, "邮箱格式不正确")
  .transform((v) => v || null));

export const userProfileSchema = /* @__PURE__ */ defineSchema(() => z.object({
  displayName: z.string().trim().min(1, "请填写姓名或称呼").max(40, "不能超过 40 个字符"),
  email: optionalEmail,
  roles: z.array(roleSchema, { error: "请选择角色" }).min(1, "至少选择一个角色"),
  departmentId: optionalId,
  organisationId: optionalId,
}));

/**
 * A free-text filter from a query string (?q=): trimmed, bounded, NUL removed
 * (PostgreSQL text cannot hold it, and ?q=%00 was a 500), "" when absent.
 */
// eslint-disable-next-line no-control-regex -- removing NUL is the point
export const filterText = (max: number) => z.string().trim().max(max).transform((s) => s.replace(/\u0000/g, "")).catch("");

export const versionSchema = /* @__PURE__ */ defineSchema(() => z.coerce.number({ error: "缺少版本号" }).int().positive().max(2_147_483_647, "版本号无效"));

/**
 * A row id posted by a form (hidden field, button value). Bounded to what an
 * integer column holds: 2147483648 is "no such row", not a database error.
 */
export const idSchema = /* @__PURE__ */ defineSchema(() => z.coerce.number({ error: "编号无效" }).int("编号无效").positive("编号无效").max(2_147_483_647, "编号无效"));

/** 简称 and 常见写法 (aliases), as a department and an organisation have them. */
const directoryNames = /* @__PURE__ */ defineSchema(() => z.object({
  shortName: z
    .string()
    .trim()
    .max(40, "不能超过 40 个字符")
    .optional()
    .transform((v) => v || null),
  aliases: z.string().max(2000, "别名过多").optional().default(""),
}));

export const departmentSchema = /* @__PURE__ */ defineSchema(() => z.object({
  name: z.string().trim().min(1, "请填写单位全称").max(80, "不能超过 80 个字符"),
  ...directoryNames.shape,
  level: z.enum(["province", "city", "district"], { error: "请选择层级" }),
  kind: z.enum(["party", "government", "court", "procuratorate", "mass", "enterprise", "other"], { error: "请选择类别" }),
  parentId: optionalId,
}));

export const organisationSchema = /* @__PURE__ */ defineSchema(() => z.object({
  slug: z.string().trim().toLowerCase().min(1, "请填写标识"),
  name: z.string().trim().min(1, "请填写组织全称").max(80, "不能超过 80 个字符"),
  ...directoryNames.shape,
  kind: z.enum(["party", "federation", "committee", "sector"], { error: "请选择类别" }),
  description: z.string().max(5000, "简介不能超过 5000 个字符").optional().default(""),
}));
