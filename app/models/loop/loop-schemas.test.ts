import { describe, expect, it } from "vitest";
import { replyFormInput } from "./loop-schemas";

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
