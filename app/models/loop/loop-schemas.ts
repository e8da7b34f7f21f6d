// The input of each handling action, defined once: the department and staff
// pages parse their form intent with these schemas and the JSON API
// (loop-api.server.ts) its request body, so a rule or a message cannot differ
// between the two. Enums come from the pgEnums and column enums in
// db/loop.schema.ts. Messages are Chinese: they are shown beside the fields.
import { z } from "zod";
import { adoptionEnum, handlingNotes, replies } from "../../../db/loop.schema";
import { markdownField } from "../../utils/markdown-limits";
import { defineSchema } from "../../utils/define-schema";
import { todayInBeijing } from "../platform/calendar";
import { assignmentChoiceProblems, type AssignmentChoice } from "./assignment-rules";

/** Ids fit an integer column: a larger number is a 400, not a database error. A form's "12" is read as 12. */
export const rowId = /* @__PURE__ */ defineSchema(() => z.coerce.number({ error: "请选择" }).int("请选择").positive("请选择").max(2_147_483_647, "请选择"));

/** A checkbox or a JSON boolean. */
export const flag = /* @__PURE__ */ defineSchema(() => z.union([z.boolean(), z.enum(["1", "0", "on", "true", "false"]).transform((v) => v === "1" || v === "on" || v === "true")]));

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字符`).default("");
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, `不能超过 ${max} 个字符`);
/** Markdown that is published (replies, opinions): nesting bounded as well (markdown-limits.ts). */
const requiredMarkdown = (max: number, message: string) => markdownField(max).pipe(z.string().trim().min(1, message));

/** yyyy-mm-dd, or empty/absent for "the default". */
export const optionalDay = /* @__PURE__ */ defineSchema(() => z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 2026-06-30"), z.literal(""), z.null()])
  .optional()
  .transform((v) => v || null));

export const adoptionSchema = /* @__PURE__ */ defineSchema(() => z.enum(adoptionEnum.enumValues, { error: "请选择采纳情况" }));
export const replyCategorySchema = /* @__PURE__ */ defineSchema(() => z.enum(replies.category.enumValues as ["A", "B", "C", "D"], { error: "请选择答复类别" }));

// ───────────────────────────── assignments (交办) ─────────────────────────────

interface AssignFormValues extends AssignmentChoice {
  deadline?: string | null;
}

/**
 * The staff 交办 form: assignProposal's rules that need no database, checked
 * with the fields so that every error shows at once (the domain still checks
 * them, one at a time, for the API). Runs even when a field failed (`when`).
 */
export const assignFormRules = /* @__PURE__ */ defineSchema(() =>
  z.superRefine(
    (v: AssignFormValues, ctx) => {
      const issue = (field: keyof AssignFormValues, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
      if (typeof v.deadline === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.deadline) && v.deadline <= todayInBeijing()) issue("deadline", "办理期限须晚于今天");
      for (const p of assignmentChoiceProblems(v)) issue(p.field, p.message);
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  ),
);

export const signInput = /* @__PURE__ */ defineSchema(() => z.object({}));
export const reassignmentRequestInput = /* @__PURE__ */ defineSchema(() => z.object({ reason: required(2000, "请说明申请调整的理由") }));
export const reassignmentDecisionInput = /* @__PURE__ */ defineSchema(() => z.object({ approve: flag, note: text(2000) }));
export const noteInput = /* @__PURE__ */ defineSchema(() => z.object({
  kind: z.enum(handlingNotes.kind.enumValues, { error: "请选择类型" }),
  body: required(5000, "请填写内容"),
  happenedOn: optionalDay,
}));
export const coOpinionInput = /* @__PURE__ */ defineSchema(() => z.object({ body: requiredMarkdown(50_000, "请填写会办意见") }));
export const waiverInput = /* @__PURE__ */ defineSchema(() => z.object({ reason: required(2000, "请说明免除会办意见的理由") }));

export const adoptionMarkInput = /* @__PURE__ */ defineSchema(() => z.object({ recommendationId: rowId, adoption: adoptionSchema, reason: text(2000) }));
export const replyInput = /* @__PURE__ */ defineSchema(() => z.object({
  kind: z.enum(["formal", "holding"]).default("formal"),
  category: z.union([replyCategorySchema, z.literal(""), z.null()]).optional().transform((v) => v || null),
  body: requiredMarkdown(50_000, "请填写答复正文"),
  consentToPublish: flag.default(true),
  correctsId: rowId.nullable().optional(),
  /** 联系人 and 联系电话 printed on the reply letter (答复函); optional. */
  contactName: text(50).optional(),
  contactPhone: z.string().trim().max(40, "不能超过 40 个字符").regex(/^[0-9０-９+\-–—()（）转\s]*$/, "请填写电话号码").optional(),
  /** Formal replies: every recommendation of the proposal, 已采纳/部分采纳/留作参考/不采纳 with a reason. */
  adoptions: z.array(adoptionMarkInput).max(500).optional(),
}));

/**
 * The reply form (department page): submitReply's rules that need no database,
 * checked with the fields so that every error shows at once — a formal reply's
 * category, and the reason of each recommendation not adopted. The check runs
 * even when a field failed (`when`), so it reads the values defensively. The API
 * keeps replyInput (its errors come one at a time from submitReply).
 */
export const replyFormInput = /* @__PURE__ */ defineSchema(() =>
  replyInput.check(
    z.superRefine(
      (v: Partial<z.infer<typeof replyInput>>, ctx) => {
        if (v.kind === "formal" && !v.category) ctx.addIssue({ code: "custom", path: ["category"], message: "正式答复须选择答复类别" });
        (Array.isArray(v.adoptions) ? v.adoptions : []).forEach((m, i) => {
          const unadopted = m?.adoption !== "adopted" && (adoptionEnum.enumValues as readonly unknown[]).includes(m?.adoption);
          if (unadopted && !String(m.reason ?? "").trim()) ctx.addIssue({ code: "custom", path: ["adoptions", i, "reason"], message: "部分采纳、留作参考或不采纳的建议须说明理由" });
        });
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  ),
);

export const adoptionReportInput = /* @__PURE__ */ defineSchema(() => z.object({
  adoption: adoptionSchema,
  reason: text(2000),
  progress: z.coerce.number({ error: "请填写进度" }).int("进度须为整数").min(0, "进度须在 0–100 之间").max(100, "进度须在 0–100 之间"),
}));

/** 交办 a research report in one call: one row per recommendation (lead, co-handlers, deadline). */
export const reportAssignmentInput = /* @__PURE__ */ defineSchema(() => z.object({
  deadline: optionalDay,
  rows: z
    .array(
      z.object({
        recommendationId: rowId,
        leadDepartmentId: rowId,
        coDepartmentIds: z.array(rowId).max(20).default([]),
        deadline: optionalDay,
      }),
    )
    .min(1, "请至少为一条建议选择主办单位")
    .max(500),
}));

export const replyReviewInput = /* @__PURE__ */ defineSchema(() => z.object({ approve: flag, note: text(2000) }));

export type ReplyFormInput = z.infer<typeof replyInput>;
