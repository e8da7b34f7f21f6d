/**
 * Departments (issue #12, 2026-12-04): where a new body's name begins and ends, and when two
 * written forms are one new body — a second level word inside a would-be name opens a second
 * name; a government's own office under the government's full name is one body; a level and a
 * directory stem glued to the noun after it name no body; a new body written in full and then
 * short in one document is one body, named as first written.
 */
import { describe, expect, it } from "vitest";
import { detectDepartments } from "./departments";
import { directoryIndex, structure } from "./rule-test-support";
import type { Mention, Node } from "./types";

const detect = (text: string, level = "市") =>
  detectDepartments(text, directoryIndex, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a second level word inside a would-be new name", () => {
  it("reads the government and the bureau it charges, not one new body", () => {
    expect(detect("建议市政府明确由市教育局牵头制定办法。")).toEqual(["市人民政府:lead", "市教育局:lead"]);
    expect(detect("建议市政府责成市卫生健康委员会牵头制定标准。")).toEqual(["市人民政府:lead", "市卫生健康委员会:lead"]);
  });
  it("leaves a level word that opens no directory name inside a new body", () => {
    expect(detect("县市场监管局要加强抽检。", "区")).toEqual(["县市场监管局:lead:new"]);
    expect(detect("市老龄办牵头开展调查。")).toEqual(["市老龄办:lead:new"]);
  });
});

describe("a government's own office under the government's full name", () => {
  it("offers the office as a new body, the government left out", () => {
    expect(detect("我州情况。州人民政府督查室适时开展督查。")).toEqual(["州人民政府督查室:lead:new"]);
    expect(detect("市人民政府研究室将托育服务纳入重点调研课题。")).toEqual(["市人民政府研究室:lead:new"]);
  });
  it("keeps the government itself when no office follows", () => {
    expect(detect("经州人民政府同意，由州财政局牵头。")).toEqual(["市人民政府:mentioned", "市财政局:lead"]);
  });
});

describe("a level and a directory stem glued to the noun after it", () => {
  it("names the hotline, not the bureau", () => {
    expect(detect("老人可拨打各县民政服务热线咨询。", "区")).toEqual([]);
    expect(detect("家长可以拨打县教育服务热线。", "区")).toEqual([]);
  });
  it("keeps the stem that opens its clause or stands in a list", () => {
    expect(detect("县民政要加强排查。", "区")).toEqual(["区民政局:lead"]);
    expect(detect("由县民政、县卫健共同推进。", "区")).toEqual(["区民政局:lead", "区卫生健康局:co"]);
  });
});

describe("a stem in a list of things before 要求 or 需求", () => {
  it("names no body: 要求 and 需求 are nouns, not modals", () => {
    expect(detect("明确面积、冷藏和卫生要求。")).toEqual([]);
    expect(detect("满足摊主看病就医和医保需求。")).toEqual([]);
  });
  it("keeps a stem before the modals 要 and 需", () => {
    expect(detect("卫健要加强指导，医保需做好结算。")).toEqual(["市卫生健康委员会:lead", "市医疗保障局:lead"]);
  });
});

const departmentsOf = (text: string) => {
  const doc = structure(text).documents[0];
  const all: Mention[] = [...(doc.departments ?? [])];
  const visit = (n: Node): void => {
    all.push(...n.departments);
    n.children.forEach(visit);
  };
  doc.children.forEach(visit);
  return [...new Set(all.filter((m) => m.new).map((m) => m.name))];
};

describe("a new body written in full, then short", () => {
  it("is one new body under the name first written", () => {
    const text = [
      "关于稳岗就业的建议",
      "　　我区就业形势总体稳定。",
      "　　一是开发见习岗位。区人力资源和社会保障局全年开发见习岗位300个。",
      "　　二是做好就业援助。区人社局会同区民政局对零就业家庭开展援助。",
    ].join("\n");
    expect(departmentsOf(text)).toEqual(["区人力资源和社会保障局"]);
  });
  it("keeps two new bodies of different systems apart", () => {
    const text = ["关于长护险的建议", "　　我区试点两年。", "　　一是缩短评估。区医保局要上门评估。", "　　二是保障经费。区财政局安排资金。"].join("\n");
    expect(departmentsOf(text)).toEqual(["区医保局", "区财政局"]);
  });
});
