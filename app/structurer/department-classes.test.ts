/**
 * Departments: levels, classes and roles (issue #12, 2026-12-03). Made-up sentences in styles
 * other than the texts that showed each gap: bodies outside the tree (a special region's, the
 * corps', a zone's committee), words that end like a body (`格局`), an autonomous region's full
 * form against a bare stem, a tier standing for its governments, and role grammar (considering
 * the proposal, consulting, several adverbs before the role verb, a partner closed by `等单位`,
 * markup before the subject, a count of cases handled).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments, documentLevel } from "./departments";
import { fold } from "./fold";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "省人民政府", short: "省政府", aliases: [] },
  { name: "省农业农村厅", short: null, aliases: ["省农牧厅"] },
  { name: "省水利厅", short: null, aliases: [] },
  { name: "省商务厅", short: null, aliases: [] },
  { name: "市农业农村局", short: "市农业局", aliases: ["农牧局", "农牧", "农业农村部门"] },
  { name: "市水务局", short: null, aliases: ["水利局", "水务部门"] },
  { name: "市卫生健康委员会", short: "市卫健委", aliases: ["卫健部门", "卫健"] },
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "区民政局", short: null, aliases: [] },
  { name: "市城市管理局", short: "市城管局", aliases: ["城管"] },
  { name: "区城市管理局", short: "区城管局", aliases: [] },
  { name: "市供电公司", short: null, aliases: ["供电公司"] },
  { name: "市燃气集团有限公司", short: "市燃气集团", aliases: ["燃气集团"] },
  { name: "市政务服务管理局", short: null, aliases: ["12345热线"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("bodies outside the province–city–district tree", () => {
  it("offers a special administrative region's department as new under its own name", () => {
    expect(detect("建议澳門衛生局與市卫健委共同研究兩地長者醫療銜接。")).toEqual(["澳门卫生局:lead:new", "市卫生健康委员会:co"]);
    expect(detect("由香港特區政府勞工處牽頭，市民政局配合。")).toEqual(["香港特区政府劳工处:lead:new", "市民政局:co"]);
    // A region's residents are no body.
    expect(detect("在内地居住的香港长者到处奔波。")).toEqual([]);
  });

  it("reads a corps' or division's bureau as one new body, not the city's bureau of its stem", () => {
    expect(detect("建议兵团水利局会同市农业局制定灌区管护办法。")).toEqual(["兵团水利局:lead:new", "市农业农村局:co"]);
    expect(detect("第三师农业农村局配合做好节水改造。")).toEqual(["第三师农业农村局:co:new"]);
    expect(detect("先后赴4个兵团师市调研。")).toEqual([]);
    expect(detect("形成地方与兵团协同治水格局。")).toEqual([]);
    // A normal university's committee and a Hong Kong university's council are no such bodies.
    expect(detect("第一师范学院党委配合。")).not.toContain("第一师范学院党委:co:new");
    expect(detect("香港中文大学校务委员会来访。")).toEqual([]);
  });

  it("reads a zone's administrative committee as a new body", () => {
    expect(detect("由某某高新区管委会牵头，市城管局配合。")).toEqual(["高新区管委会:lead:new", "市城市管理局:co"]);
    expect(detect("经济技术开发区管理委员会要加快标准厂房建设。")).toEqual(["经济技术开发区管理委员会:lead:new"]);
  });
});

describe("words that end like a body, and full forms against stems", () => {
  it("does not offer an everyday word ending in 局 or 厅 as a new body", () => {
    expect(detect("形成省市县协同发展格局。", "省")).toEqual([]);
    expect(detect("优化县域商业布局。", "区")).toEqual([]);
    expect(detect("建好县便民服务大厅和区门厅。", "区")).toEqual([]);
  });

  it("reads an autonomous region's full form before a bare stem after the prefix", () => {
    expect(detect("由自治区商务厅牵头，自治区农牧厅配合。", "省")).toEqual(["省商务厅:lead", "省农业农村厅:co"]);
  });

  it("reads a league's administrative office as its government, and an autonomous area's level after a place name", () => {
    expect(detect("建议某某盟行政公署统筹制定办法。")).toEqual(["市人民政府:lead"]);
    expect(detect("由盟行署牵头，旗民政局配合。")).toEqual(["市人民政府:lead", "区民政局:co"]);
    expect(detect("联盟行署")).toEqual([]);
    expect(detect("某某旗民政局要把护路员岗位纳入统筹。")).toEqual(["区民政局:lead"]);
  });

  it("takes a league's or an autonomous prefecture's text as city-level, whatever its banners and counties", () => {
    expect(documentLevel(fold("全盟有9个旗。盟委、盟行署高度重视，各旗农牧局、旗财政局抓好落实。"))).toBe("市");
    expect(documentLevel(fold("州委、州政府高度重视。县住建局、县民政局配合。"))).toBe("市");
    // 民盟 is a party, not a league.
    expect(documentLevel(fold("民盟某县委员会建议，县住建局、县民政局配合。"))).toBe("区");
  });

  it("reads a tier standing for its governments as the subject of a modal", () => {
    expect(detect("各盟市要把品牌推介纳入年度工作。", "省")).toEqual(["市人民政府:lead"]);
    expect(detect("各县区应当落实属地责任。")).toEqual(["区人民政府:lead"]);
    expect(detect("各市场主体要诚信经营。")).toEqual([]);
  });
});

describe("role grammar", () => {
  it("gives no lead for considering the proposal itself", () => {
    expect(detect("以上意见，请区人民政府研究处理。", "区")).toEqual(["区人民政府:mentioned"]);
    expect(detect("市民政局有关负责同志表示，将认真吸纳委员们的意见。")).toEqual(["市民政局:mentioned"]);
    // …but a measure after the same words is the department's.
    expect(detect("请市民政局研究制定助餐补贴办法。")).toEqual(["市民政局:lead"]);
    expect(detect("市民政局有关负责同志表示，将加快建设社区食堂。")).toEqual(["市民政局:lead"]);
  });

  it("reads bodies consulted (经商) as mentioned, not as the clause's subject", () => {
    expect(detect("经商区民政局、区城管局，现将办理情况答复如下：", "区")).toEqual(["区民政局:mentioned", "区城市管理局:mentioned"]);
  });

  it("reads the role verb after several adverbs, and a partner list closed by 等单位", () => {
    expect(detect("供电公司、燃气集团等单位要积极主动配合。")).toEqual(["市供电公司:co", "市燃气集团有限公司:co"]);
    expect(detect("我局已同区城管局、区民政局等部门共同制定导则。", "区")).toEqual(["区城市管理局:co", "区民政局:co"]);
  });

  it("reads the doer after a causative verb when a verb of setting up follows (a pivot)", () => {
    expect(detect("推动市城管局与区城管局建立联合执法机制。")).toEqual(["市城市管理局:lead", "区城市管理局:co"]);
    expect(detect("推动民政、卫健数据共享。")).toEqual(["市民政局:mentioned", "市卫生健康委员会:mentioned"]);
  });

  it("reads the subject after markup and leaves a count of cases handled as reported", () => {
    expect(detect("- **加密巡查。** 市城管局在夜市周边增设巡查岗。")).toEqual(["市城市管理局:lead"]);
    expect(detect("上半年，12345热线受理占道经营投诉1200余件。")).toEqual(["市政务服务管理局:mentioned"]);
    expect(detect("12345热线要在受理投诉后2个工作日内转办。")).toEqual(["市政务服务管理局:lead"]);
  });
});
