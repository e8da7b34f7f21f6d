/**
 * Departments (issue #12, 2026-12-05): teams named by their field (`县农业综合行政执法大队`), a level's
 * service station, the marriage registry and the consumers' association without a level, and civil
 * aviation's regional offices — bodies the blind batches missed whole.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

const at = (level: string) => (text: string) => detect(text, { level });
const city = at("市");
const county = at("区");

describe("a team named by its field under a level", () => {
  it("is one new body under the whole name", () => {
    expect(county("县农业综合行政执法大队会同县市场监管综合行政执法大队开展农资打假。")).toEqual(["县农业综合行政执法大队:lead:new", "县市场监管综合行政执法大队:co:new"]);
    expect(county("由县城市管理综合行政执法大队负责巡查，县自然资源执法监察大队配合。")).toEqual(["县城市管理综合行政执法大队:lead:new", "县自然资源执法监察大队:co:new"]);
    expect(city("由市交通运输综合行政执法支队牵头，市公安局交警支队配合。")).toEqual(["市交通运输综合行政执法支队:lead:new", "市公安局:co"]);
    expect(county("县应急管理综合行政执法大队开展检查。")).toEqual(["县应急管理综合行政执法大队:lead:new"]);
    expect(county("县退役军人服务站负责登记。")).toEqual(["县退役军人服务站:lead:new"]);
  });
  it("leaves a bureau's own team to the bureau, and stations that are places", () => {
    expect(county("县交通运输局执法大队配合查处。")).toEqual(["县交通运输局:co:new"]);
    expect(city("市人社局认定一批零工服务站。")).toEqual(["市人力资源和社会保障局:lead"]);
    expect(county("全区已建成社区养老服务站42个。")).toEqual([]);
  });
});

describe("a team named by its field with and without a level", () => {
  it("is left to the directory's stems", () => {
    expect(county("县劳动保障监察大队牵头受理欠薪投诉。")).toEqual(["县劳动保障监察大队:lead:new"]);
    expect(city("交通运输综合执法支队联合公安交警部门开展检查。")).toEqual(["市公安局:co"]);
  });
});

describe("bodies every level keeps under one name", () => {
  it("are new as written, with a level before them part of the name", () => {
    expect(at("省")("婚姻登记机关发放婚庆消费提示。消费者协会定期公布典型案例。")).toEqual(["婚姻登记机关:lead:new", "消费者协会:lead:new"]);
    expect(county("县婚姻登记处推出集体颁证服务。县消协定期公布投诉热点。")).toEqual(["县婚姻登记处:lead:new", "县消协:lead:new"]);
  });
  it("leave a registry's venue without a level", () => {
    expect(county("县民政局要把婚姻登记处打造成婚俗文化阵地。")).toEqual(["区民政局:lead"]);
  });
});

describe("civil aviation's regional offices", () => {
  it("are one body named by the region or city", () => {
    expect(at("省")("由民航某省监管局牵头，省文化和旅游厅配合。")).toEqual(["民航某省监管局:lead:new", "省文化和旅游厅:co"]);
    expect(city("民航磬阳安全监督管理局加强飞行管理。")).toEqual(["民航磬阳安全监督管理局:lead:new"]);
    expect(city("民航部门配合。")).toEqual(["民航部门:co:new"]);
  });
});
