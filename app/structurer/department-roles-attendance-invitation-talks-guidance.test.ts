/**
 * Departments (issue #12, 2026-12-05): four readings of a body's place in its sentence — people
 * who attend after an unknown last member, bodies invited to take part, the other side of talks,
 * and guidance given after a body-led clause. Made-up sentences; each rule's other side is guarded.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

describe("a list's people after a last member the directory does not know", () => {
  it("is mentioned: `A、B和部分街道负责同志到会`, `及各乡镇分管负责人参加`", () => {
    expect(detect("11月17日，市政协召开协商会。市人社局、市退役军人事务局和部分街道负责同志到会听取意见。")).toEqual(["市人力资源和社会保障局:mentioned", "市退役军人事务局:mentioned"]);
    expect(detect("县政协组织委员开展监督，县教育局、县农业农村局及各乡镇分管负责人参加活动。")).toEqual(["区教育局:mentioned", "县农业农村局:mentioned:new"]);
  });
  it("still reads a list whose last member carries the measure out", () => {
    expect(detect("市民政局和各街道要建立探访制度。")).toEqual(["市民政局:lead"]);
  });
});

describe("bodies invited to take part", () => {
  it("is mentioned: `邀请A、B参与论证`, `邀请A参加座谈`", () => {
    expect(detect("方案编制过程中，邀请市住建局、市水务局参与论证，计划明年完工。")).toEqual(["市住房和城乡建设局:mentioned", "市水务局:mentioned"]);
    expect(detect("会前，市政协邀请市商务局参加座谈。")).toEqual(["市商务局:mentioned"]);
  });
  it("keeps co for a body that takes part without an invitation", () => {
    expect(detect("由市住建局牵头，市水务局参与论证。")).toEqual(["市住房和城乡建设局:lead", "市水务局:co"]);
  });
});

describe("the other side of talks", () => {
  it("is co: `由A牵头，与X协商…`, `与X商定…`", () => {
    expect(detect("由市民政局牵头，与市邮政管理局协商利用快递网点开展送餐。")).toEqual(["市民政局:lead", "市邮政管理局:co:new"]);
    expect(detect("由市城管局牵头，与市供电公司商定路灯改造计划。")).toEqual(["市城市管理局:lead", "市供电公司:co"]);
  });
  it("stays mentioned after 与 before other verbs", () => {
    expect(detect("这一做法与市民政局推行的模式一致。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("guidance or support after a clause a body leads", () => {
  it("is co: `A督促…，B提供…指导`", () => {
    expect(detect("市市场监管局督促食堂落实进货查验，街道组织居民参与监督，市卫健委提供营养膳食指导。")).toEqual(["市市场监督管理局:lead", "市卫生健康委员会:co"]);
    expect(detect("市住建局督促各区落实立面整治，市文旅局提供历史街巷保护支持。")).toEqual(["市住房和城乡建设局:lead", "市文化广电旅游局:co"]);
  });
  it("leads when no body leads an earlier clause, or when the support is money", () => {
    expect(detect("三、推进信息互通。市数据局提供电子病历调阅技术指导，减少重复检查。")).toEqual(["市数据局:lead"]);
    expect(detect("社区组织居民协商，区住建局提供政策咨询和技术指导。")).toEqual(["区住房和城乡建设局:lead"]);
    expect(detect("市住建局督促各区落实整治，市财政局提供资金保障。")).toEqual(["市住房和城乡建设局:lead", "市财政局:lead"]);
  });
});
