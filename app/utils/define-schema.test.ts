import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineSchema } from "./define-schema";

describe("defineSchema", () => {
  it("is the schema itself, so zod's identity-based features (nesting, JSON Schema) keep working", () => {
    const id = defineSchema(() => z.coerce.number().int().positive());
    const form = defineSchema(() => z.object({ id, title: z.string().trim().min(1, "请填写标题") }));
    expect(form.parse({ id: "3", title: " 标题 " })).toEqual({ id: 3, title: "标题" });
    expect(form.shape.id).toBe(id);
    expect(z.toJSONSchema(form)).toMatchObject({ type: "object", required: ["id", "title"] });
    const result = form.safeParse({ id: "-1", title: "" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["id", "title"]);
  });
});
