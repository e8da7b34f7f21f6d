import { describe, expect, it } from "vitest";
import { landingFor, navigationFor, todoHomeFor } from "./navigation";

const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((i) => i.label);

describe("navigationFor", () => {
  it("shows only public sections to visitors", () => {
    expect(labels([])).toEqual(["首页", "报告与提案", "提案办理", "办理统计", "承办单位", "党派团体", "委员工作室", "信息公开", "网络议政"]);
  });
  it("adds each role's workbench", () => {
    expect(labels(["member"])).toContain("委员工作台");
    expect(labels(["department"])).toContain("承办工作台");
    expect(labels(["department"])).not.toContain("系统管理");
    expect(labels(["staff", "admin"])).toEqual(expect.arrayContaining(["提案办工作台", "系统管理"]));
  });
});

describe("landingFor", () => {
  it("sends each role to its workbench after signing in", () => {
    expect(landingFor(["member"])).toBe("/member");
    expect(landingFor(["department"])).toBe("/department");
    expect(landingFor(["staff"])).toBe("/staff");
    expect(landingFor(["organisation", "member"])).toBe("/organisation");
    expect(landingFor(["admin"])).toBe("/admin");
    expect(landingFor(["staff", "admin"])).toBe("/staff");
    expect(landingFor(["public"])).toBe("/account");
    expect(landingFor([])).toBe("/account");
  });
  it("sends the 待办 badge to the workbench that lists the to-dos", () => {
    expect(todoHomeFor(["admin"])).toBe("/staff");
    expect(todoHomeFor(["organisation", "member"])).toBe("/organisation");
    expect(todoHomeFor(["public"])).toBeNull();
  });
});
