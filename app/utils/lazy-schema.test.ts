import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazySchema } from "./lazy-schema";

describe("lazySchema", () => {
  const id = lazySchema(() => z.coerce.number({ error: "编号无效" }).int().positive());
  const base = lazySchema(() => z.object({ id, title: z.string().trim().min(1, "请填写标题") }));
  const extended = lazySchema(() => base.extend({ note: z.string().optional() }));
  const intents = lazySchema(() =>
    z.discriminatedUnion("intent", [extended.extend({ intent: z.literal("save") }), z.object({ intent: z.literal("drop"), id })]),
  );

  it("builds nothing until first use, then once", () => {
    let built = 0;
    const s = lazySchema(() => (built++, z.string()));
    expect(built).toBe(0);
    expect(s.parse("a")).toBe("a");
    s.safeParse("b");
    expect(built).toBe(1);
  });

  it("parses, nests and extends as the schema it stands for", () => {
    expect(extended.parse({ id: "7", title: " 标题 ", note: "n" })).toEqual({ id: 7, title: "标题", note: "n" });
    expect(intents.parse({ intent: "drop", id: "3" })).toEqual({ intent: "drop", id: 3 });
  });

  it("reports every problem with its path and message", () => {
    const result = extended.safeParse({ id: "-1", title: " " });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toContainEqual(["title", "请填写标题"]);
    expect(issues.map(([path]) => path)).toContain("id");
    expect(intents.safeParse({ intent: "other" }).success).toBe(false);
  });

  it("passes instanceof and optional/array wrappers", () => {
    expect(id instanceof z.ZodType).toBe(true);
    expect(z.array(id).parse(["1", "2"])).toEqual([1, 2]);
    expect(id.optional().parse(undefined)).toBeUndefined();
  });
});
