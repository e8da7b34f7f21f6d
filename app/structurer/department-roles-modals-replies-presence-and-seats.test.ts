/**
 * Departments (issue #12, 2026-12-05): a modal before the role verb, replies and reports, bodies
 * that are only present (members at a meeting, consulted, visited, a meeting's convener), support
 * given by duty, and a grass-roots seat named after its own body. Made-up sentences; each rule's
 * other side is guarded.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

describe("a modal or connective between a list and its role verb", () => {
  it("is skipped: `X也将配合`, `X将协助我局`, `X还要参与`, `X能牵个头`", () => {
    expect(detect("市供电公司也将配合做好线路改造。")).toEqual(["市供电公司:co"]);
    expect(detect("市人社局将协助我局，对从业人员开展培训。")).toEqual(["市人力资源和社会保障局:co"]);
    expect(detect("市体育局还要参与场馆评估。")).toEqual(["市体育局:co"]);
    expect(detect("希望明确维修责任，最好住建部门能牵个头。")).toEqual(["市住房和城乡建设局:lead"]);
  });
  it("keeps lead for a body whose own measure follows the modal", () => {
    expect(detect("市供电公司也将改造老旧线路。")).toEqual(["市供电公司:lead"]);
  });
});

describe("a reply, a report or a speech", () => {
  it("is mentioned: `X回复：今年已…`, `A、B汇报了…`, `X作了情况说明`, `X又说…`", () => {
    expect(detect("市交通运输局回复：今年已补建候车亭86座。")).toEqual(["市交通运输局:mentioned"]);
    expect(detect("会上，市民政局、市卫健委汇报了工作进展，市医保局作了情况说明。")).toEqual(["市民政局:mentioned", "市卫生健康委员会:mentioned", "市医疗保障局:mentioned"]);
    expect(detect("社区让找供电部门，供电部门又说是小区内部线路。")).toEqual(["市供电公司:mentioned"]);
  });
  it("keeps a partner's co, and a reply that says what the body will do leads", () => {
    expect(detect("建议市公安局会同市交通运输局施划停放区。市交通运输局回复：今年已增设停放区200处。")).toEqual(["市公安局:lead", "市交通运输局:co"]);
    expect(detect("市住建局回复称，下一步将把楼道照明纳入改造内容。")).toEqual(["市住房和城乡建设局:lead"]);
  });
});

describe("bodies only present", () => {
  it("is mentioned: member units at a meeting, a body consulted before a reply, a body visited, a convener", () => {
    expect(detect("市发改委、市住建局等8个成员单位参加会议。")).toEqual(["市发展和改革委员会:mentioned", "市住房和城乡建设局:mentioned"]);
    expect(detect("市民政局、市卫健委出席了座谈会。")).toEqual(["市民政局:mentioned", "市卫生健康委员会:mentioned"]);
    expect(detect("经与市财政局、市医保局会商，现答复如下：")).toEqual(["市财政局:mentioned", "市医疗保障局:mentioned"]);
    expect(detect("5月，委员们到市教育局调研，了解托班开设情况。")).toEqual(["市教育局:mentioned"]);
    expect(detect("6月4日，区政府召开全区垃圾分类工作推进会。")).toEqual(["区人民政府:mentioned"]);
  });
  it("keeps co for a body that takes part in work, and for the other side of talks on a measure", () => {
    expect(detect("由市城管局牵头，市公安局参加联合执法。")).toEqual(["市城市管理局:lead", "市公安局:co"]);
    expect(detect("由市交通运输局牵头，与市公交集团协商增加班次。")).toEqual(["市交通运输局:lead", "市公共交通集团有限公司:co"]);
  });
});

describe("support given by duty after a lead", () => {
  it("is co: `由A负责，B、C按职责予以支持`", () => {
    expect(detect("补助由市民政局具体负责，市财政局、市人社局按职责予以支持。")).toEqual(["市民政局:lead", "市财政局:co", "市人力资源和社会保障局:co"]);
  });
  it("without a lead in the sentence the first of the list leads", () => {
    expect(detect("三是保障资金，市财政局、市发改委按职责予以支持。")).toEqual(["市财政局:lead", "市发展和改革委员会:co"]);
  });
});

describe("a grass-roots seat after its own body", () => {
  it("is that body, so the list goes on: `A检察室、B法庭参与巡查`", () => {
    expect(detect("市人民检察院公益诉讼检察室、市中级人民法院环境资源法庭参与联合巡查。")).toEqual(["市人民检察院:co", "市中级人民法院:co"]);
  });
  it("a seat alone is still its system's lowest body", () => {
    expect(detect("公益诉讼检察室参与巡查。")).toEqual(["区人民检察院:co"]);
  });
});
