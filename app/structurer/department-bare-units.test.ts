/**
 * Departments: a body named bare by its field and unit word (`能源局`, `疾控中心`, `畜牧兽医站`),
 * read where a body stands — a clause's subject or a member of a list of bodies — and offered as
 * new under the name as written; facilities and words ending in the unit word are left alone.
 */
import { describe, expect, it } from "vitest";
import { detectDepartments } from "./departments";
import { directoryIndex } from "./rule-test-support";

const detect = (text: string, level = "市") =>
  detectDepartments(text, directoryIndex, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("bare units where a body stands", () => {
  it("reads a bare bureau in a list after the lead, beside a directory form", () => {
    expect(detect("由自治区住房和城乡建设厅牵头，能源局、市场监管局参与，建立监测机制。", "省")).toEqual([
      "省住房和城乡建设厅:lead",
      "能源局:co:new",
      "省市场监督管理局:co",
    ]);
  });

  it("reads bare stations and centres as subjects, the first of two lead", () => {
    expect(detect("畜牧兽医站与派出所共享免疫信息。")).toEqual(["畜牧兽医站:lead:new", "市公安局:co"]);
    expect(detect("卫健部门新设4个门诊，疾控中心加强人员培训。")).toEqual(["市卫生健康委员会:lead", "疾控中心:lead:new"]);
    expect(detect("供热管理中心负责受理群众报修。")).toEqual(["供热管理中心:lead:new"]);
  });

  it("leaves facilities, words ending in the unit word and names with no body's place", () => {
    expect(detect("嘎查便民服务站负责登记缺草情况。")).toEqual([]);
    expect(detect("各地要打破格局，充电站要加快建设。")).toEqual([]);
    expect(detect("建议加快建设区域医疗中心，完善站点布局。")).toEqual([]);
    expect(detect("他在能源局工作多年。")).toEqual([]);
  });

  it("gives a weak stem at the name's start way to the whole name", () => {
    expect(detect("疾控中心负责流调。")).toEqual(["疾控中心:lead:new"]);
  });
});

describe("a bare unit's name edges", () => {
  it("takes a public service's number before the name into it", () => {
    expect(detect("120急救中心与乡镇卫生院建立快速转运机制。", "区")).toEqual(["120急救中心:lead:new"]);
    expect(detect("由县卫健局牵头，999急救中心配合，统一调度急救车辆。", "区")).toEqual(["区卫生健康局:lead", "999急救中心:co:new"]);
  });

  it("leaves counts and years before a unit word", () => {
    expect(detect("全县建成3个急救中心，2026年急救中心覆盖所有乡镇。", "区")).toEqual([]);
  });

  it("reads the predicate after an adverb between the name and it", () => {
    expect(detect("明年起，999急救中心也将负责城郊片区的转运任务。")).toEqual(["999急救中心:lead:new"]);
    expect(detect("明年起，急救中心还要负责城郊片区的转运任务。")).toEqual(["急救中心:lead:new"]);
  });
});
