/**
 * Departments made general (issue #12): official names at any level, branches and a body's
 * own units, autonomous-region forms. Made-up sentences in several styles (a county
 * proposal, a news report, a reply letter, Traditional script); each test fails without
 * its mechanism.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "中共某省委员会", short: "省委", aliases: [] },
  { name: "省委宣传部", short: null, aliases: [] },
  { name: "省卫生健康委员会", short: "省卫健委", aliases: [] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门", "住建"] },
  { name: "区住房和城乡建设局", short: "区住建局", aliases: [] },
  { name: "市市场监督管理局", short: "市市场监管局", aliases: ["市场监管局", "市场监管部门", "市场监管"] },
  { name: "市生态环境局", short: null, aliases: ["生态环境部门"] },
  { name: "市自然资源和规划局", short: null, aliases: ["自然资源部门"] },
  { name: "市公安局", short: null, aliases: ["公安", "公安机关"] },
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "区民政局", short: null, aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("official names at any level", () => {
  it("reads a full official name with a county prefix as the district entry of its system", () => {
    expect(detect("由县住房和城乡建设局统筹推进危房改造。", "区")).toEqual(["区住房和城乡建设局:lead"]);
    expect(detect("（三）改善居住条件。桐县住房和城乡建設局負責組織實施。", "区")).toEqual(["区住房和城乡建设局:lead"]);
  });

  it("keeps a name closed by a unit word even when a company word follows", () => {
    expect(detect("县政务服务中心会同县市场监管局推行企业开办一次办。", "区")).toEqual(["县政务服务中心:lead:new", "县市场监管局:co:new"]);
    expect(detect("区民政局联合县市场监管局督促养老企业整改。", "区")).toEqual(["区民政局:lead", "县市场监管局:co:new"]);
  });

  it("reads a committee's office as one name", () => {
    expect(detect("由省委机构编制委员会办公室牵头核定编制。", "省")).toEqual(["省委机构编制委员会办公室:lead:new"]);
    expect(detect("市爱国卫生运动委员会办公室会同市公安局开展检查。")).toEqual(["市爱国卫生运动委员会办公室:lead:new", "市公安局:co"]);
  });

  it("reads an autonomous region's party committee as the province's", () => {
    expect(detect("自治区党委高度重视草原保护。", "省")).toEqual(["中共某省委员会:lead"]);
    expect(detect("建议由自治区党委宣传部牵头，统筹宣传报道。", "省")).toEqual(["省委宣传部:lead"]);
  });
});

describe("branches and a body's own units", () => {
  it("reads a lower level's 分局 as the bureau of the level above", () => {
    expect(detect("区生态环境分局牵头整治油烟。", "区")).toEqual(["市生态环境局:lead"]);
    expect(detect("由區民政局牽頭，縣自然資源分局配合。", "区")).toEqual(["区民政局:lead", "市自然资源和规划局:co"]);
  });

  it("reads a unit named after its body as the body, with the role after the unit", () => {
    expect(detect("公安出入境管理部门配合，开辟办证绿色通道。")).toEqual(["市公安局:co"]);
    expect(detect("由市民政局牵头，市公安局交通管理支队协助维护秩序。")).toEqual(["市民政局:lead", "市公安局:co"]);
    expect(detect("市住建局蓼湾分局配合做好摸排。")).toEqual(["市住房和城乡建设局:co"]);
  });

  it("does not read the sentence's verb or object as a unit", () => {
    expect(detect("由市民政局牵头成立评估中心。")).toEqual(["市民政局:lead"]);
    expect(detect("市民政局会同市公安局建立联动中心。")).toEqual(["市民政局:lead", "市公安局:co"]);
  });
});
