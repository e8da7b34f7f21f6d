import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assignFormRules, replyFormInput } from "./loop-schemas";

const messages = (input: unknown) => {
  const r = replyFormInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the reply form's input: every error at once", () => {
  it("an empty formal reply names the category beside the text and each recommendation", () => {
    expect(messages({ kind: "formal", category: "", body: "", adoptions: [{ recommendationId: 1, adoption: "", reason: "" }] })).toEqual({
      category: "正式答复须选择答复类别",
      body: "请填写答复正文",
      "adoptions.0.adoption": "请选择采纳情况",
    });
  });

  it("a missing category and a missing reason are reported together", () => {
    const input = {
      kind: "formal",
      category: "",
      body: "经研究，已列入计划。",
      adoptions: [
        { recommendationId: 1, adoption: "adopted", reason: "" },
        { recommendationId: 2, adoption: "partly", reason: " " },
      ],
    };
    expect(messages(input)).toEqual({ category: "正式答复须选择答复类别", "adoptions.1.reason": "部分采纳、留作参考或不采纳的建议须说明理由" });
  });

  it("a holding reply needs no category, and a complete formal reply passes", () => {
    expect(replyFormInput.safeParse({ kind: "holding", category: "", body: "正在办理。" }).success).toBe(true);
    const formal = { kind: "formal", category: "A", body: "已解决。", adoptions: [{ recommendationId: 1, adoption: "reference", reason: "条件暂不具备" }] };
    expect(replyFormInput.safeParse(formal).success).toBe(true);
  });
});

describe("the 交办 form's rules: every error at once", () => {
  const form = z.object({
    mode: z.enum(["single", "lead_co", "separate"]),
    leadDepartmentId: z.coerce.number().int().positive().optional().catch(undefined),
    coDepartmentIds: z.array(z.coerce.number()).default([]),
    separateDepartmentIds: z.array(z.coerce.number()).default([]),
    deadline: z.string().nullable().default(null),
  }).check(assignFormRules);
  const errors = (input: unknown) => {
    const r = form.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("主办 + 会办 with nothing chosen and a past deadline: the lead, the co-handlers and the deadline together", () => {
    expect(errors({ mode: "lead_co", leadDepartmentId: "", deadline: "2020-01-01" })).toEqual({
      deadline: "办理期限须晚于今天",
      leadDepartmentId: "请选择主办单位",
      coDepartmentIds: "主办/会办须至少选择一个会办单位",
    });
  });

  it("分办 needs two units; the lead itself does not count as a co-handler; a complete form passes", () => {
    expect(errors({ mode: "separate", separateDepartmentIds: ["3", "3"] })).toEqual({ separateDepartmentIds: "分办须至少选择两个承办单位" });
    expect(errors({ mode: "lead_co", leadDepartmentId: "3", coDepartmentIds: ["3"] })).toEqual({ coDepartmentIds: "主办/会办须至少选择一个会办单位" });
    expect(errors({ mode: "lead_co", leadDepartmentId: "3", coDepartmentIds: ["4"], deadline: "2999-01-04" })).toEqual({});
    expect(errors({ mode: "single", leadDepartmentId: "3" })).toEqual({});
  });
});
