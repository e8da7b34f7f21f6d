import { describe, expect, it } from "vitest";
import { departmentSchema, organisationSchema } from "./schemas";

describe("directory schemas", () => {
  const department = { name: " 民政局 ", level: "city", kind: "government" };
  const organisation = { slug: "MinMeng", name: "民盟", kind: "party" };

  it("read 简称 and 常见写法 the same way for a department and an organisation", () => {
    for (const [schema, base] of [
      [departmentSchema, department],
      [organisationSchema, organisation],
    ] as const) {
      expect(schema.parse({ ...base, shortName: "  ", aliases: undefined })).toMatchObject({ shortName: null, aliases: "" });
      expect(schema.parse({ ...base, shortName: " 民政 ", aliases: "甲 乙" })).toMatchObject({ shortName: "民政", aliases: "甲 乙" });
      const tooLong = schema.safeParse({ ...base, shortName: "长".repeat(41), aliases: "x".repeat(2001) });
      expect(tooLong.success ? [] : tooLong.error.issues.map((i) => [i.path[0], i.message])).toEqual([
        ["shortName", "不能超过 40 个字符"],
        ["aliases", "别名过多"],
      ]);
    }
  });

  it("keeps each form's own fields in order", () => {
    expect(Object.keys(departmentSchema.shape)).toEqual(["name", "shortName", "aliases", "level", "kind", "parentId"]);
    expect(Object.keys(organisationSchema.shape)).toEqual(["slug", "name", "shortName", "aliases", "kind", "description"]);
    expect(departmentSchema.parse(department)).toEqual({ name: "民政局", shortName: null, aliases: "", level: "city", kind: "government", parentId: null });
    expect(organisationSchema.parse(organisation)).toEqual({ slug: "minmeng", name: "民盟", shortName: null, aliases: "", kind: "party", description: "" });
  });
});
