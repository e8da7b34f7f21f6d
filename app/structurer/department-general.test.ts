/**
 * Departments made general (issue #12): official names at any level, branches and a body's
 * own units, autonomous-region forms. Made-up sentences in several styles (a county
 * proposal, a news report, a reply letter, Traditional script); each test fails without
 * its mechanism, except the two that guard against over-reach (a verb read as a unit,
 * referring back across sentences).
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "中共某省委员会", short: "省委", aliases: [] },
  { name: "省委宣传部", short: null, aliases: [] },
  { name: "省卫生健康委员会", short: "省卫健委", aliases: [] },
  { name: "市卫生健康委员会", short: "市卫健委", aliases: ["卫健部门", "卫健"] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门", "住建"] },
  { name: "区住房和城乡建设局", short: "区住建局", aliases: [] },
  { name: "市市场监督管理局", short: "市市场监管局", aliases: ["市场监管局", "市场监管部门", "市场监管"] },
  { name: "市生态环境局", short: null, aliases: ["生态环境部门"] },
  { name: "市自然资源和规划局", short: null, aliases: ["自然资源部门"] },
  { name: "市公安局", short: null, aliases: ["公安", "公安机关"] },
  { name: "市民政局", short: null, aliases: ["民政部门", "民政"] },
  { name: "区民政局", short: null, aliases: [] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市人民代表大会常务委员会", short: "市人大常委会", aliases: ["人大常委会"] },
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

describe("roles from fields and tables", () => {
  it("gives a labelled field's role to every name in it", () => {
    expect(detect("责任单位：牵头单位　市民政局；配合单位　市公安局、市住建局")).toEqual(["市民政局:lead", "市公安局:co", "市住房和城乡建设局:co"]);
    expect(detect("主办单位:市生态环境局\n协办单位(2家):市公安局、市民政局")).toEqual(["市生态环境局:lead", "市公安局:co", "市民政局:co"]);
  });

  it("reads a table whose cells are set apart by bars", () => {
    expect(detect("序号｜工作任务｜责任单位｜配合单位\n1｜排查老旧管网｜市住建局｜市民政局")).toEqual(["市住房和城乡建设局:lead", "市民政局:co"]);
    expect(detect("| 序号 | 事项 | 牵头部门 | 完成时间 |\n| 1 | 整治油烟 | 市生态环境局 | 6月底 |")).toEqual(["市生态环境局:lead"]);
  });
});

describe("what names no department", () => {
  it("does not read a bare stem glued to the noun after it, inside a clause, as a body", () => {
    expect(detect("委员们对古镇文旅融合发展情况开展视察。", "区")).toEqual([]);
    expect(detect("实现乡镇卫生院医保门诊统筹，加强住建领域安全监管。")).toEqual([]);
    // …but a stem opening its clause, after a verb that takes a body, or in a list, does.
    expect(detect("公安加强巡查，推动民政、住建数据共享。")).toEqual(["市公安局:lead", "市民政局:mentioned", "市住房和城乡建设局:mentioned"]);
  });

  it("does not read the people's congress's organs and posts as departments", () => {
    expect(detect("方案于5月底前报送区人大常委会办公室。", "区")).toEqual([]);
    expect(detect("市人大常委会教科文卫工委与市民政局组成联合调研组。")).toEqual(["市民政局:co"]);
    expect(detect("建议市人大常委会将其列入立法计划。")).toEqual(["市人民代表大会常务委员会:lead"]);
  });

  it("does not read a person's signature line as naming a department", () => {
    expect(detect("——在县第十八届人民代表大会上\n桐县人民政府县长　龚某某\n各位代表：", "区")).toEqual([]);
    expect(detect("市政协委员、市民政局副局长 焦某某\n建议加强养老服务。")).toEqual([]);
    expect(detect("记者专访了市民政局局长宋某某。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("role grammar", () => {
  it("reads a role verb that is the object of a light verb (做好配合, 给予协助)", () => {
    expect(detect("由市民政局负责，市公安局做好配合。")).toEqual(["市民政局:lead", "市公安局:co"]);
    expect(detect("市生态环境局牵頭，市住建局給予協助。")).toEqual(["市生态环境局:lead", "市住房和城乡建设局:co"]);
  });

  it("reads a role noun joined by a copula, in either order", () => {
    expect(detect("市公安局作为牵头单位，负责整治。")).toEqual(["市公安局:lead"]);
    expect(detect("牵头单位为市民政局，配合单位是市公安局。")).toEqual(["市民政局:lead", "市公安局:co"]);
    // A leading group's member is no task (as before).
    expect(detect("市公安局为成员单位。")).toEqual(["市公安局:mentioned"]);
  });

  it("reads 同X一道/携手X as a partner", () => {
    expect(detect("市民政局同市公安局一道开展巡查。")).toEqual(["市民政局:lead", "市公安局:co"]);
    expect(detect("区民政局与市生态环境局携手推进。", "区")).toEqual(["区民政局:lead", "市生态环境局:co"]);
  });
});

describe("a generic form after the body it stands for", () => {
  it("refers back to the body of its system named earlier in the sentence", () => {
    expect(detect("建议省委宣传部、省卫健委联合开展宣传，卫健部门要做好科普。", "市")).toEqual(["省委宣传部:lead", "省卫生健康委员会:lead"]);
    expect(detect("区民政局要摸清底数，民政部门每季度通报一次。", "市")).toEqual(["区民政局:lead"]);
  });

  it("does not reach into another sentence", () => {
    expect(detect("区民政局出台了办法。民政部门要加强监管。", "市")).toEqual(["区民政局:lead", "市民政局:lead"]);
  });
});

describe("a tier's governments, however spelt", () => {
  it("reads the tier from the first level character; bracketed ones are alternatives", () => {
    expect(detect("各县（区、市）政府要落实属地责任。")).toEqual(["区人民政府:lead"]);
    expect(detect("各旗县人民政府要落实属地责任。")).toEqual(["区人民政府:lead"]);
    expect(detect("建议各县市区政府建立台账。")).toEqual(["区人民政府:lead"]);
  });

  it("adds a lower tier named after a higher one", () => {
    expect(detect("各市县政府要加大投入。", "省")).toEqual(["市人民政府:lead", "区人民政府:lead"]);
    expect(detect("各市（州）人民政府要加大投入。", "省")).toEqual(["市人民政府:lead"]);
  });
});
