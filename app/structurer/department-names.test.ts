/**
 * Departments, twelfth wave (issue #12, 2026-12-04): new entries and levels — 州 and 盟 open new
 * bodies as 市 does; merged bureaus joined by 与; committees' short forms in 委会; associations the
 * law charges with public duties; a 州/盟 body or a bureau/commission the directory holds under
 * another level word or closing word; `州市场…` and `会同盟…` read with their level.
 */
import { describe, expect, it } from "vitest";
import { detectDepartments } from "./departments";
import { directoryIndex } from "./rule-test-support";

const detect = (text: string, level = "市") =>
  detectDepartments(text, directoryIndex, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("州 and 盟 open new bodies", () => {
  it("offers a body the directory lacks under the prefecture's or league's level word", () => {
    expect(detect("我州情况。州疾控中心每年开展筛查，州医保局纳入支付。")).toEqual(["州疾控中心:lead:new", "市医疗保障局:lead"]);
    expect(detect("由盟能源局牵头，会同盟供电公司排查。")).toEqual(["盟能源局:lead:new", "市供电公司:co"]);
  });
  it("leaves a place name ending in 州 that does not stand as a level", () => {
    expect(detect("欢迎收看《砚州议事厅》节目。")).toEqual([]);
  });
  it("reads 州 before 市场 and 盟 after 会同 as levels", () => {
    expect(detect("州市场监管局要加强抽检。")).toEqual(["市市场监督管理局:lead"]);
    expect(detect("市计划生育协会会同盟妇联开展宣传。")).toEqual(["市计划生育协会:lead:new", "市妇女联合会:co"]);
  });
});

describe("names the directory holds under another level or closing word", () => {
  it("reads a 州/盟 unit as the city's entry of that name", () => {
    expect(detect("我盟情况。盟政府办公室定期通报。")).toEqual(["市人民政府办公室:lead"]);
  });
  it("reads a commission as the bureau of its field the directory holds", () => {
    expect(detect("我州情况。州民族宗教事务委员会牵头。")).toEqual(["市委统一战线工作部:lead"]);
  });
});

describe("merged bureaus joined by 与", () => {
  it("offers the whole name as new", () => {
    expect(detect("建议市海洋与渔业局牵头。")).toEqual(["市海洋与渔业局:lead:new"]);
    expect(detect("县科学技术与工业信息化局牵头。", "区")).toEqual(["县科学技术与工业信息化局:lead:new"]);
  });
  it("reads a variant of a directory name written with 与 as that entry", () => {
    expect(detect("会同市自然资源与规划局开展清查。")).toEqual(["市自然资源和规划局:co"]);
  });
});

describe("committees' short forms in 委会 and public associations", () => {
  it("closes a short form with 会, not the 会 of 会同", () => {
    expect(detect("市消委会要发布消费提示。")).toEqual(["市消委会:lead:new"]);
    expect(detect("市消委会同市场监管部门开展检查。")).toEqual(["市消委:lead:new", "市市场监督管理局:co"]);
  });
  it("offers the consumers' and similar associations, not a private club", () => {
    expect(detect("州消费者协会配合开展提示。")).toEqual(["州消费者协会:co:new"]);
    expect(detect("县个体劳动者协会引导摊主签订承诺书。", "区")).toEqual(["县个体劳动者协会:lead:new"]);
    expect(detect("市书法家协会参与活动。")).toEqual([]);
  });
});
