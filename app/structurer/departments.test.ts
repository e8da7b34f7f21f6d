/**
 * Department mentions and their roles, against the test directory.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { structureText } from "./index";
import { DIRECTORY } from "./test-support";
import type { DirectoryLike } from "./types";

const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string) => detectDepartments(text, index).map((m) => `${m.name}:${m.role}`);
const mentions = (text: string) => detectDepartments(text, index).map((m) => m.mention);

describe("roles", () => {
  it("由X牵头，Y、Z配合: lead and co-handlers", () => {
    expect(detect("由市民政局牵头,市卫健委、市医保局配合,建立联席会议制度。")).toEqual([
      "市民政局:lead",
      "市卫生健康委员会:co",
      "市医疗保障局:co",
    ]);
  });

  it("由A会同B制定: A leads, B assists", () => {
    expect(detect("由市卫健委会同市财政局制定具体办法。")).toEqual(["市卫生健康委员会:lead", "市财政局:co"]);
  });

  it("works the same in Traditional script and reports the mention as written", () => {
    expect(detect("建議由省衛健委牽頭,省人社廳配合,完善機制。")).toEqual([
      "省卫生健康委员会:lead",
      "省人力资源和社会保障厅:co",
    ]);
    expect(mentions("建議由省衛健委牽頭,省人社廳配合")).toEqual(["省衛健委", "省人社廳"]);
  });

  it("建议X…: the department right after 建议 leads", () => {
    expect(detect("建议市人社局将养老护理员纳入紧缺职业目录。")).toEqual(["市人力资源和社会保障局:lead"]);
    expect(detect("建议住建部门加强监管。")).toEqual(["市住房和城乡建设局:lead"]);
    expect(mentions("建议住建部门加强监管。")).toEqual(["住建部门"]);
  });

  it("建议A、B联合…: the first leads, the others assist", () => {
    expect(detect("建议市商务局、市民政局联合出台指导意见。")).toEqual(["市商务局:lead", "市民政局:co"]);
  });

  it("a department named in passing is mentioned", () => {
    expect(detect("推动民政、卫健、医保数据共享。")).toEqual([
      "市民政局:mentioned",
      "市卫生健康委员会:mentioned",
      "市医疗保障局:mentioned",
    ]);
  });

  it("X牵头 without 由, X负责", () => {
    expect(detect("市委社会治理办牵头,统筹推进。")).toEqual(["市委社会工作部:lead"]);
    expect(detect("市教育局负责组织实施。")).toEqual(["市教育局:lead"]);
  });

  it("X等部门配合 and 会同X", () => {
    expect(detect("由市民政局牵头,市财政局、市人社局等部门配合。")).toEqual([
      "市民政局:lead",
      "市财政局:co",
      "市人力资源和社会保障局:co",
    ]);
    expect(detect("市交通局会同市公安局开展整治。")).toEqual(["市交通运输局:lead", "市公安局:co"]);
  });

  it("skips units the directory does not know inside a list", () => {
    expect(detect("由市委社会工作部牵头,市民政局、市司法局配合。")).toEqual(["市委社会工作部:lead", "市民政局:co"]);
    expect(detect("建议市文旅局、市商务局联合发布。")).toEqual(["市商务局:co"]);
  });

  it("lists a department once, with its strongest role", () => {
    expect(detect("市民政局要加强统筹。由市民政局牵头,市财政局配合。市民政局定期通报。")).toEqual([
      "市民政局:lead",
      "市财政局:co",
    ]);
  });
});

describe("matching", () => {
  it("prefers the longest form", () => {
    expect(detect("市卫生健康委员会")).toEqual(["市卫生健康委员会:mentioned"]);
    expect(mentions("市人力资源和社会保障局和市人社局")).toEqual(["市人力资源和社会保障局"]);
  });

  it("reads bare and generic forms from the directory and derived ones", () => {
    // The subject that carries the measure out leads (issue 12: roles as the sentence gives them).
    expect(detect("公安加强巡查。")).toEqual(["市公安局:lead"]);
    expect(detect("推动公安加强巡查。")).toEqual(["市公安局:mentioned"]);
    expect(detect("由民政局统筹。")).toEqual(["市民政局:lead"]);
    expect(mentions("财政部门给予补助")).toEqual(["财政部门"]);
  });

  it("does not read 民政 in 人民政府 or 公安 in 办公安全", () => {
    expect(detect("建议某市人民政府统筹实施,保障办公安全,完善居民政策。")).toEqual([]);
  });

  it("does not give another level's unit to a city department", () => {
    expect(detect("省公安厅、省医保局加强协作。")).toEqual([]);
    expect(detect("市公安要加强巡查。")).toEqual(["市公安局:lead"]);
  });

  it("reads a derived form two levels of one system share at the text's level", () => {
    // 市教育局 and 省教育厅 both give 教育部门: one system, so the text's level decides
    // (department-index.ts); only 市教育局 gives 教育局.
    const idx = buildDirectoryIndex([
      { name: "市教育局", aliases: [] },
      { name: "省教育厅", aliases: [] },
    ]);
    expect(detectDepartments("教育部门加强指导。", idx).map((m) => m.name)).toEqual(["市教育局"]);
    expect(detectDepartments("教育部门加强指导。", idx, { level: "省" }).map((m) => m.name)).toEqual(["省教育厅"]);
    expect(detectDepartments("教育局加强指导。", idx).map((m) => m.name)).toEqual(["市教育局"]);
  });

  it("returns nothing without a directory and tolerates malformed entries", () => {
    expect(detectDepartments("由市民政局牵头", buildDirectoryIndex([]))).toEqual([]);
    expect(detectDepartments("由市民政局牵头", null)).toEqual([]);
    const broken = [
      null,
      { name: "" },
      { name: "市民政局", aliases: null },
      { name: 42, aliases: ["x"] },
      { name: "市财政局", short: 7, aliases: [null, "财政"] },
    ] as unknown as DirectoryLike[];
    const idx = buildDirectoryIndex(broken);
    expect(detectDepartments("由市民政局牵头,财政配合", idx).map((m) => `${m.name}:${m.role}`)).toEqual([
      "市民政局:lead",
      "市财政局:co",
    ]);
  });

  it("marks an alias two entries share as ambiguous", () => {
    const dir: DirectoryLike[] = [
      { name: "市甲局", aliases: ["共用"] },
      { name: "市乙局", aliases: ["共用"] },
    ];
    expect(detectDepartments("共用部门", buildDirectoryIndex(dir))).toEqual([]);
  });
});

describe("in the tree", () => {
  it("reports departments per node, from the node's own text", () => {
    const result = structureText("标题\n（一）由市民政局牵头。一是市财政局配合。二是建议市人社局落实。", { directory: DIRECTORY });
    const section = result.documents[0].children[0];
    expect(section.departments.map((d) => d.name)).toEqual(["市民政局"]);
    expect(section.children[0].departments.map((d) => `${d.name}:${d.role}`)).toEqual(["市财政局:co"]);
    expect(section.children[1].departments.map((d) => `${d.name}:${d.role}`)).toEqual(["市人力资源和社会保障局:lead"]);
  });
});
