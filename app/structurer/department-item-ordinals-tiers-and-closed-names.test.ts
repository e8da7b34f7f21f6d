import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

describe("an item's ordinal word opens the clause", () => {
  it("a body after 二是/其次/一方面 without a comma is the clause's subject", () => {
    expect(detect("三是各区人民政府落实属地责任。")).toEqual(["区人民政府:lead"]);
    expect(detect("其次省卫生健康委制定用眼健康指南。", { level: "省" })).toEqual(["省卫生健康委员会:lead"]);
    expect(detect("二是各级财政对驿站运营给予适当补助。")).toEqual(["市财政局:lead"]);
  });

  it("an item's number with 、 opens it too (`2、团旗委组织…`)", () => {
    expect(detect("2、团旗委组织大学生志愿者开展陪伴活动。", { level: "区" })).toEqual(["团旗委:lead:new"]);
  });
});

describe("publishing with an object of its own is a measure", () => {
  it("发布 with an object: lead; 发布的 / 通报有关情况: named in passing", () => {
    expect(detect("（2）省高级人民法院发布典型案例，以案释法；", { level: "省" })).toEqual(["省高级人民法院:lead"]);
    expect(detect("区民政局、区卫生健康局通报有关情况。", { level: "区" })).toEqual(["区民政局:mentioned", "区卫生健康局:mentioned"]);
  });
});

describe("the Youth League's committee at a banner's, a prefecture's and a league's level", () => {
  it("团旗委 is new at the county level; 团州委 is the city's committee", () => {
    expect(detect("团旗委组织志愿者开展陪伴活动。", { level: "区" })).toEqual(["团旗委:lead:new"]);
    expect(detect("团州委组织志愿者开展陪伴活动。")).toEqual(["共青团某市委员会:lead"]);
  });
});

describe("a mass organisation's name closed by 会 or 联", () => {
  it("a company word after it belongs to the next phrase", () => {
    expect(detect("县总工会在企业中组织集体婚礼。", { level: "区" })).toEqual(["县总工会:lead:new"]);
    expect(detect("区总工会、区妇联在快递企业中推广驿站。", { level: "区" })).toEqual(["区总工会:lead:new", "区妇联:co:new"]);
  });
});

describe("tiers listed under one 各 before a form", () => {
  it("names the form at each tier the directory has", () => {
    expect(detect("各市、县卫健部门每学期开展一次视力筛查。", { level: "省" })).toEqual(["市卫生健康委员会:lead", "区卫生健康局:lead"]);
    expect(detect("各盟市、旗县市场监督管理部门加强产品抽检。", { level: "省" })).toEqual(["市市场监督管理局:lead"]);
    expect(detect("各区县卫健部门开展筛查。")).toEqual(["区卫生健康局:lead"]);
  });
});

describe("a township member closing a list of subjects", () => {
  it("the words after it are the list's predicate", () => {
    expect(detect("县民政局、各乡镇每月开展一次入户走访。", { level: "区" })).toEqual(["区民政局:lead"]);
    expect(detect("各区教育局、街道限时处理投诉。")).toEqual(["区教育局:lead"]);
  });

  it("not where a unit's name goes on after the word", () => {
    expect(detect("市消防救援支队布局消防救援站，与辖区派出所、社区微型消防站建立联勤联动机制。")).toEqual(["市消防救援支队:lead", "市公安局:co"]);
  });
});

describe("a system's service station at a level", () => {
  it("区退役军人服务站 is one new body", () => {
    expect(detect("三是各区退役军人服务站与人力资源市场共享岗位信息。")).toEqual(["区退役军人服务站:lead:new"]);
  });
});

describe("统筹 as the pool a sum is put into", () => {
  it("appoints no lead: the body after it carries its own measure", () => {
    expect(detect("县财政将路灯电费纳入农村公路养护资金统筹，供电公司对农村公益路灯执行优惠电价。", { level: "区" })).toEqual(["县财政:lead:new", "市供电公司:lead"]);
    expect(detect("由县交通运输局统筹，供电公司对路灯执行优惠电价。", { level: "区" })).toEqual(["县交通运输局:lead:new", "市供电公司:co"]);
  });
});
