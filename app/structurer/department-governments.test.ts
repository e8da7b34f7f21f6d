/**
 * Departments (issue #12): made-up sentences, in styles other than the
 * holdout-17 texts that prompted the rules — a list's closing unit word serving the members
 * before the found one, a tier's governments without 各, a list of fields closed by 等方面, a
 * national system's office named by its place, a tax bureau under the national administration's
 * name, an autonomous region's tiers written out, a body's predicate taken for its unit (and 部门/机构
 * after a closed name), Hong Kong's 联同/偕同, and money given after a lead.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "省林业和草原局", short: "省林草局", aliases: ["省林业局"] },
  { name: "省生态环境厅", short: null, aliases: [] },
  { name: "市生态环境局", short: null, aliases: ["生态环境部门"] },
  { name: "市粮食和物资储备局", short: "市粮储局", aliases: [] },
  { name: "市市场监督管理局", short: "市市场监管局", aliases: ["市场监管部门"] },
  { name: "市交通运输局", short: "市交通局", aliases: ["交通部门", "交通运输部门"] },
  { name: "市消防救援支队", short: null, aliases: ["消防部门"] },
  { name: "市民政局", short: null, aliases: ["民政部门"] },
  { name: "市人力资源和社会保障局", short: "市人社局", aliases: ["人社部门"] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市教育局", short: null, aliases: ["教育部门"] },
  { name: "市数据局", short: null, aliases: ["数据部门"] },
  { name: "市卫生健康委员会", short: "市卫健委", aliases: [] },
  { name: "市医疗保障局", short: "市医保局", aliases: [] },
  { name: "市商务局", short: null, aliases: ["商务部门"] },
  { name: "市税务局", short: null, aliases: ["国家税务总局某市税务局", "税务局", "税务部门"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: ["区县政府"] },
  { name: "省人民政府", short: "省政府", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a list's closing unit word serves the members before the found one", () => {
  it("reads a bare member the directory knows only with 部门 before a generic form", () => {
    expect(detect("林草、生态环境部门配合划定保护范围。", "省")).toEqual(["省林业和草原局:co", "省生态环境厅:co"]);
    expect(detect("建议粮储、市场监管部门联合开展抽检。")).toEqual(["市粮食和物资储备局:lead", "市市场监督管理局:co"]);
  });
  it("names nothing when the earlier word is no member (no such form in the directory)", () => {
    expect(detect("加强森林和生态环境部门的协作。")).toEqual(["市生态环境局:mentioned"]);
  });
});

describe("a tier's governments without 各", () => {
  it("reads two level characters and 政府 as the tier's governments, acting", () => {
    expect(detect("旗县政府对专业扑火队给予装备补助。", "省")).toEqual(["区人民政府:lead"]);
    expect(detect("同时，县区政府要统筹解决站点用房。")).toEqual(["区人民政府:lead"]);
  });
  it("leaves a word whose last character is a level (城市, 社区) and the urban area", () => {
    expect(detect("市区政府机关搬迁后，交通压力减轻。")).not.toContain("区人民政府:lead");
  });
});

describe("an autonomous region's tiers written out", () => {
  it("reads 自治区, 盟市, 旗县 and 盟/旗 before a count word as the levels", () => {
    expect(detect("巡护经费由自治区、盟市、旗县三级政府共同承担。", "省")).toEqual(["省人民政府:lead", "市人民政府:lead", "区人民政府:lead"]);
    expect(detect("同时，盟旗两级政府按比例分担养护费用。")).toEqual(["市人民政府:lead", "区人民政府:lead"]);
  });
  it("still needs the count word", () => {
    expect(detect("盟市旗县干部群众积极参与。", "省")).toEqual([]);
  });
});

describe("a list of fields closed by 等方面", () => {
  it("does not confirm weak stems: the list names fields, not bodies", () => {
    expect(detect("群众意见涉及医疗、住宿、消防等方面。")).toEqual([]);
    expect(detect("困难集中在饮水、交通等方面。")).toEqual([]);
  });
  it("still confirms them before 等部门", () => {
    expect(detect("消防、交通等部门要加强检查。")).toEqual(["市消防救援支队:lead", "市交通运输局:co"]);
  });
});

describe("a national system's office named by its place", () => {
  it("reads the place and the system's name as one new body", () => {
    expect(detect("建议由市商务局牵头，会同珀湾海关、珀湾边检站梳理备案事项。")).toEqual(["市商务局:lead", "珀湾海关:co:new", "珀湾边检站:co:new"]);
    expect(detect("记者从满洲里海关获悉，通关量增长两成。")).toEqual(["满洲里海关:mentioned:new"]);
  });
  it("leaves general words of place and verbs before the system", () => {
    expect(detect("口岸海关应简化查验手续。")).toEqual(["海关:mentioned:new"]);
    expect(detect("加强与海关的协作。")).toEqual(["海关:mentioned:new"]);
    expect(detect("当地海关要加快通关。")).toEqual(["海关:lead:new"]);
  });
});

describe("a local tax bureau under the national administration's name", () => {
  it("reads the whole name as the level's bureau", () => {
    expect(detect("国家税务总局青禾市税务局要简化办税流程。")).toEqual(["市税务局:lead"]);
    expect(detect("由國家稅務總局岚口縣稅務局負責辦理。", "区")).toEqual(["县税务局:lead:new"]);
  });
  it("leaves the national administration alone", () => {
    expect(detect("建议国家税务总局加强指导。")).toEqual(["国家税务总局:lead:new"]);
  });
});

describe("a subject needs its verb", () => {
  it("does not read a predicate ending in a unit word as the body's unit when the clause ends there", () => {
    expect(detect("市民政局引进港资养老机构，在社区开设服务点。")).toEqual(["市民政局:lead"]);
    expect(detect("市人社局认定一批零工服务站，提供岗位发布服务。")).toEqual(["市人力资源和社会保障局:lead"]);
  });
  it("does not read 部门/机构 after a name closed by 局 as its unit", () => {
    expect(detect("市数据局打通部门数据壁垒，加快建设平台。")).toEqual(["市数据局:lead"]);
  });
  it("still reads a unit followed by its verb", () => {
    expect(detect("市民政局养老服务中心负责评估。")).toEqual(["市民政局:lead"]);
  });
});

describe("Hong Kong's written register", () => {
  it("reads 联同/偕同 as 会同: the partner is co", () => {
    expect(detect("市民政局應聯同市衛健委建立長者健康檔案。")).toEqual(["市民政局:lead", "市卫生健康委员会:co"]);
    expect(detect("建議市醫保局偕同市衛健委擴大定點醫院範圍。")).toEqual(["市医疗保障局:lead", "市卫生健康委员会:co"]);
  });
});

describe("money given after a lead", () => {
  it("reads a body giving funds in the lead's sentence as leading its own measure", () => {
    expect(detect("由市商务局牵头，组织银行开发信贷产品，市财政局给予贴息支持。")).toEqual(["市商务局:lead", "市财政局:lead"]);
  });
  it("keeps a body giving a service to the lead's work as co", () => {
    expect(detect("由市民政局牵头，引导机构开发服务，市教育局提供场地保障。")).toEqual(["市民政局:lead", "市教育局:co"]);
  });
});

describe("governments after a scope of place in 沿", () => {
  it("lead their clause after 沿 and any one character (`沿河`, `沿街`, `沿渠`)", () => {
    expect(detect("由市民政局牵头，市教育局参与；沿河各县（市、区）政府落实巡查属地责任。")).toEqual(["市民政局:lead", "市教育局:co", "区人民政府:lead"]);
    expect(detect("沿街各区政府落实施工期间交通疏导责任。")).toEqual(["区人民政府:lead"]);
  });
  it("not after the verb 沿用", () => {
    expect(detect("沿用各区政府的做法。")).toEqual(["区人民政府:mentioned"]);
  });
});
