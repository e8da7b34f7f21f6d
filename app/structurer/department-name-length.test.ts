/**
 * Departments: how long a new body's name may run. A public institution's official name past the
 * everyday eight characters (`县农产品质量安全检测中心`) is read where both its edges are a name's:
 * a closing word of bodies only and, after it, the sentence going on as after a body.
 */
import { describe, expect, it } from "vitest";
import { detectDepartments } from "./departments";
import { longNameReads, nameWords } from "./department-name-length";
import { directoryIndex } from "./rule-test-support";

const detect = (text: string, level = "市") =>
  detectDepartments(text, directoryIndex, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("long names of public institutions", () => {
  it("reads a long centre's name before its predicate or role word", () => {
    expect(detect("县农产品质量安全检测中心要加大抽检频次。", "区")).toEqual(["县农产品质量安全检测中心:lead:new"]);
    expect(detect("市特种设备安全监督检验研究中心定期检验电梯。")).toEqual(["市特种设备安全监督检验研究中心:lead:new"]);
    expect(detect("县农村集体经济组织管理服务中心负责资产清查，县财政局配合。", "区")).toEqual([
      "县农村集体经济组织管理服务中心:lead:new",
      "县财政局:co:new",
    ]);
  });

  it("leaves a clause that runs into a centre, and a long run before a word of no body", () => {
    expect(detect("县里正在谋划建设区域性农产品冷链物流配送中心。", "区")).toEqual([]);
    expect(detect("市区两级要统筹推进农产品质量安全检测中心建设。")).toEqual([]);
    expect(longNameReads("农产品质量安全检测", "中心", "城区", false)).toBe(false);
  });

  it("keeps the everyday cap for closing words that end words (局, 办, 室)", () => {
    expect(longNameReads("农产品质量安全检测", "中心", "要加", true)).toBe(true);
    expect(longNameReads("农产品质量安全检测", "室", "要加", true)).toBe(false);
    expect(longNameReads("质量安全检测", "中心", "要加", true)).toBe(false);
  });

  it("reads 安全 in a long name as a word, not as 全 of a whole level", () => {
    expect(nameWords("特种设备安全监督检验研究")).toBe("特种设备监督检验研究");
    expect(nameWords("全市质量检测")).toBe("全市质量检测");
  });
});
