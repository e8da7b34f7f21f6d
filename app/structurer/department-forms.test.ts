/**
 * Departments (issue #12): made-up sentences for the families the
 * validation kinds count (not found, wrong new flag, extra) — a company named after a field, an
 * enterprise written without its 有限公司, a place chain (`某市某区`), a body's second nameplate in
 * brackets, a bureau still called a commission, a name broken by a hard wrap, and a body that
 * says it will co-operate.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { joinHardWraps } from "./department-wraps";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市文化广电旅游局", short: "市文旅局", aliases: ["文化旅游部门", "文旅部门"] },
  { name: "市交通运输局", short: "市交通局", aliases: ["交通部门", "交通运输部门"] },
  { name: "市农业农村局", short: null, aliases: ["农业农村部门", "农业部门"] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门"] },
  { name: "区住房和城乡建设局", short: "区住建局", aliases: [] },
  { name: "市民政局", short: null, aliases: ["民政部门"] },
  { name: "区民政局", short: null, aliases: [] },
  { name: "市委组织部", short: null, aliases: ["组织部门"] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市城市管理局", short: "市城管局", aliases: ["城管部门"] },
  { name: "市公共交通集团有限公司", short: "市公交集团", aliases: ["公交集团"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "中共某市委员会", short: "市委", aliases: ["中共某市委"] },
  { name: "中共某省委员会", short: "省委", aliases: ["中共某省委"] },
  { name: "共青团某市委员会", short: "团市委", aliases: ["团委", "共青团"] },
  { name: "共青团某省委员会", short: "团省委", aliases: [] },
  { name: "省委组织部", short: null, aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a company named after a field is no bureau", () => {
  it("drops a field stem that opens a company's name", () => {
    expect(detect("建议市文化旅游集团负责景区运营。")).toEqual([]);
    expect(detect("市交通投资集团有限公司负责建设，市农业发展集团负责收购。")).toEqual([]);
  });
  it("keeps a closed name before a company word, and a bureau before a function word", () => {
    expect(detect("建议市交通运输局牵头，公交集团配合。")).toEqual(["市交通运输局:lead", "市公共交通集团有限公司:co"]);
    expect(detect("市财政对担保公司给予贴息。")).toEqual(["市财政局:lead"]);
  });
});

describe("an enterprise without its registered company form", () => {
  it("reads `市公共交通集团` as the directory's 有限公司", () => {
    expect(detect("建议市公共交通集团增开夜间线路。")).toEqual(["市公共交通集团有限公司:lead"]);
  });
});

describe("a place chain names the lower level's body", () => {
  it("reads `某市某区民政局` as the district's bureau, not a new city body", () => {
    expect(detect("建议榆州市明湖区民政局牵头。")).toEqual(["区民政局:lead"]);
    expect(detect("由青禾市云溪县财政局统筹资金。")).toEqual(["县财政局:lead:new"]);
  });
  it("reads the chain before a clause's subject as part of its name", () => {
    expect(detect("试点小区已确定，榆州市明湖区住房和城乡建设局先行并联审批。")).toEqual(["区住房和城乡建设局:lead"]);
  });
  it("leaves a word ending in a level character alone", () => {
    expect(detect("建议市社区服务中心牵头。")).toEqual([]);
  });
});

describe("a second nameplate in brackets is the same body", () => {
  it("does not offer the bracketed name", () => {
    expect(detect("建议市委组织部（市公务员局）牵头。")).toEqual(["市委组织部:lead"]);
  });
  it("still reads a bracketed body after a non-body", () => {
    expect(detect("据统计（市民政局），全市已建成站点42个。").map((d) => d.split(":")[0])).toEqual(["市民政局"]);
  });
});

describe("a bureau still called a commission", () => {
  it("reads `市住房和城乡建设委员会` as the bureau at its own level", () => {
    expect(detect("建议市住房和城乡建设委员会牵头。")).toEqual(["市住房和城乡建设局:lead"]);
    expect(detect("建议区住房和城乡建设委员会牵头。", "区")).toEqual(["区住房和城乡建设局:lead"]);
  });
  it("does not read a CPPCC committee's name as the bureau", () => {
    expect(detect("县政协农业农村委员会组织委员开展调研。", "区")).toEqual([]);
  });
});

describe("a name broken by a hard wrap", () => {
  it("joins a wrapped line's break inside a name", () => {
    expect(detect("建议市住房和城乡建设局牵头，雨水箅子的日常清掏由市城市管\n理局负责，汛前完成清掏。")).toEqual(["市住房和城乡建设局:lead", "市城市管理局:lead"]);
  });
  it("keeps the break after a short heading line, a stop and before an item", () => {
    expect(joinHardWraps("完善排水设施\n市民政局做好安置。")).toBe("完善排水设施\n市民政局做好安置。");
    expect(joinHardWraps("对老城区管网开展排查并建立台账。\n市民政局做好安置。")).toContain("\n");
    expect(joinHardWraps("对老城区管网开展排查并建立工作台账\n一、市民政局做好安置。")).toContain("\n");
    expect(joinHardWraps("对老城区管网开展排查并建立工作台账\n市民政局做好安置。")).not.toContain("\n");
  });
});

describe("a committee's formal name with its place", () => {
  it("reads `中共X市委员会`, `中共X省委员会`, `共青团X省委员会` at their own level", () => {
    expect(detect("中共青禾市委员会印发实施意见。")).toEqual(["中共某市委员会:lead"]);
    expect(detect("中共青山省委员会、共青团青山省委员会联合部署。")).toEqual(["中共某省委员会:lead", "共青团某省委员会:co"]);
    expect(detect("建议中共某省委员会出台意见。")).toEqual(["中共某省委员会:lead"]);
  });
  it("reads the committee's own department after its formal name", () => {
    expect(detect("中共青山省委员会组织部牵头选派干部。")).toEqual(["省委组织部:lead"]);
  });
  it("leaves a level the directory has no committee for", () => {
    expect(detect("中共云溪区委员会印发通知。", "区")).toEqual([]);
  });
});

describe("a body that says it will co-operate", () => {
  it("is co, not lead", () => {
    expect(detect("区民政局表示，将积极配合做好摸底。", "区")).toEqual(["区民政局:co"]);
    expect(detect("区民政局表示，将加快建设养老中心。", "区")).toEqual(["区民政局:lead"]);
  });
});
