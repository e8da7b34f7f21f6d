/**
 * Departments (issue #12): made-up sentences, in styles other than the
 * texts that prompted the rules — a level and a stem glued to a noun, a SAR bureau joining two
 * portfolios with 及, a level character ending a word before a directory form (`特区政府`), a
 * weak stem before 与 + partners, a stem inside a list of things, a district's utility company,
 * and a proposal's `建议A牵头X，B…` with B in the clause right after A's.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市粮食和物资储备局", short: null, aliases: ["粮食部门"] },
  { name: "市数据局", short: null, aliases: ["数据部门"] },
  { name: "市城市管理局", short: "市城管局", aliases: ["城管部门", "城管"] },
  { name: "市公安局", short: null, aliases: ["公安", "公安机关"] },
  { name: "市文化广电旅游局", short: "市文旅局", aliases: ["文旅部门", "文旅"] },
  { name: "市人力资源和社会保障局", short: "市人社局", aliases: ["人社部门"] },
  { name: "市供电公司", short: null, aliases: ["供电公司", "供电部门"] },
  { name: "市科学技术协会", short: "市科协", aliases: [] },
  { name: "市农业农村局", short: null, aliases: ["农业农村部门"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a level and a stem with no unit word", () => {
  it("names no body when the stem modifies the noun after it (the level ends a place word)", () => {
    expect(detect("试验区粮食单产较上年提高一成。", "区")).toEqual([]);
    expect(detect("园区财政收入连续三年增长。", "区")).toEqual([]);
  });
  it("still names a new body when the stem acts or is asked to act", () => {
    expect(detect("县财政统筹资金800万元用于改造。", "区")).toEqual(["县财政:lead:new"]);
    expect(detect("对达标村，区财政给予一次性奖补。", "区")).toEqual(["区财政:lead:new"]);
    expect(detect("积极争取县财政支持。", "区")).toEqual(["县财政:mentioned:new"]);
  });
});

describe("bodies outside the tree and level characters inside words", () => {
  it("reads a SAR bureau that joins two portfolios with 及 as one new body", () => {
    expect(detect("加強與澳門社會工作及青年事務局的溝通。")).toEqual(["澳门社会工作及青年事务局:mentioned:new"]);
    expect(detect("香港劳工及福利局牵头设立实习计划。")).toEqual(["香港劳工及福利局:lead:new"]);
  });
  it("does not take a stem inside the SAR name for the city's bureau", () => {
    expect(detect("与香港特区政府民政及青年事务局加强对接。")).toEqual(["香港特区政府民政及青年事务局:mentioned:new"]);
  });
  it("keeps a SAR name from swallowing people and function words", () => {
    expect(detect("香港长者与家人团聚的局面令人欣慰。")).toEqual([]);
  });
  it("does not read 区政府 inside 特区政府 or 景区政府", () => {
    expect(detect("特区政府近年推出多项青年政策。")).toEqual([]);
    expect(detect("争取景区政府服务窗口延长开放时间。")).toEqual([]);
  });
  it("still reads a district government after a word that ends on its own (属地 + 区政府)", () => {
    expect(detect("无人管护的路段由属地区政府兜底。")).toEqual(["区人民政府:lead"]);
  });
});

describe("weak stems and lists of things", () => {
  it("does not confirm a weak stem through 与 + the partners after it", () => {
    expect(detect("监测结果与城管、公安共享。")).toEqual(["市城市管理局:mentioned", "市公安局:mentioned"]);
    expect(detect("数据与城管、公安实时共享。")).toEqual(["市城市管理局:mentioned", "市公安局:mentioned"]);
  });
  it("still reads a weak stem in a list with 、", () => {
    expect(detect("财政、民政部门要加大投入。")).toEqual(["市财政局:lead", "市民政局:co"]);
  });
  it("drops a bare stem that is a member of a list of things, glued to its noun", () => {
    expect(detect("推动老年卡在就医、乘车、文旅场馆等场景通用。")).toEqual([]);
    expect(detect("在公园、广场、文旅街区增设休息座椅。")).toEqual([]);
  });
  it("keeps a stem after 、 when a department stands before it", () => {
    expect(detect("协调公安、文旅开展联合检查。")).toEqual(["市公安局:co", "市文化广电旅游局:co"]);
  });
});

describe("a district's utility company", () => {
  it("offers a level's company of a directory enterprise as new, like its 供电部门", () => {
    expect(detect("区供电公司要在汛前完成线路巡检。", "区")).toEqual(["区供电公司:lead:new"]);
    expect(detect("由区住建局牵头，县供电公司配合。", "区")).toEqual(["区住建局:lead:new", "县供电公司:co:new"]);
  });
  it("still names no company the directory does not know", () => {
    expect(detect("县粮食收储公司要增设收购点。", "区")).toEqual([]);
    expect(detect("县级供水公司负责日常维护。", "区")).toEqual([]);
  });
});

describe("a proposal's lead and the clause right after it", () => {
  it("reads B as co when the proposal's clause before it appoints A with 牵头", () => {
    expect(detect("建议市科协牵头编制展品更新标准，市财政局每年安排专项资金。")).toEqual(["市科学技术协会:lead", "市财政局:co"]);
    expect(detect("建议由市农业农村局牵头制定品牌管理办法，市人社局做好技能培训。")).toEqual(["市农业农村局:lead", "市人力资源和社会保障局:co"]);
  });
  it("keeps B lead two clauses after A's, with a lead word of its own, or in a report", () => {
    expect(detect("建议市科协牵头，推动场馆联盟建设，市财政局给予补助。")).toEqual(["市科学技术协会:lead", "市财政局:lead"]);
    expect(detect("建议市科协牵头编制标准，市财政局负责资金保障。")).toEqual(["市科学技术协会:lead", "市财政局:lead"]);
    expect(detect("去年市科协牵头编制了标准，市财政局安排了资金。")).toEqual(["市科学技术协会:lead", "市财政局:lead"]);
  });
  it("does not read 统筹 inside a clause as a lead word (an adverb)", () => {
    expect(detect("建议市城管局统筹推进设施建设，市文旅局策划夜间活动。")).toEqual(["市城市管理局:lead", "市文化广电旅游局:lead"]);
  });
});

describe("a stem in a list of trades", () => {
  it("names the trade when the list closes with 等 and a noun of trades", () => {
    expect(detect("近年来全市大力发展文旅、康养等产业。")).toEqual([]);
    expect(detect("推动民政和文旅等新兴业态融合。")).toEqual([]);
  });
  it("still names bodies in a list closed by 等部门 or 等行业主管部门", () => {
    expect(detect("联合民政、文旅等部门开展检查。")).toEqual(["市民政局:co", "市文化广电旅游局:co"]);
    expect(detect("由民政、文旅等行业主管部门督促落实。")).toEqual(["市民政局:lead", "市文化广电旅游局:co"]);
  });
});

describe("a stem after 申请 or 聘请 (fifteenth wave)", () => {
  it("reads the stem as the modifier of the thing applied for, not a body asked", () => {
    expect(detect("由村委会向县农业农村局申请粮食烘干设备购置补贴。", "区")).toEqual(["县农业农村局:mentioned:new"]);
    expect(detect("街道向区商务局申请文旅消费改造专项资金。", "区")).toEqual(["区商务局:mentioned:new"]);
  });
  it("keeps a stem after 请, which asks a body", () => {
    expect(detect("请文旅部门牵头制定方案。")).toEqual(["市文化广电旅游局:lead"]);
  });
});
