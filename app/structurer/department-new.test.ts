/**
 * Departments (issue #12): a name ends where the sentence's predicate
 * opens — after a directory form (`市政府办加强督办`) and inside a would-be new name (`县政府办跟踪督办`);
 * and a body that says what it will do (`X表示将…`, `X称将…`) without the comma.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { predicateAfterForm } from "./department-new";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市人民政府办公室", short: "市政府办公室", aliases: ["市政府办", "政府办"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市委办公室", short: "市委办", aliases: [] },
  { name: "市住房和城乡建设局", short: "市住建局", aliases: [] },
  { name: "市交通运输局", short: null, aliases: [] },
  { name: "市公安局", short: null, aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("a name ends where the predicate opens", () => {
  it("keeps a directory form when a verb follows it", () => {
    expect(detect("建议市政府办加强督办，把进度纳入考核。")).toEqual(["市人民政府办公室:lead"]);
  });
  it("cuts a new name before a verb inside it", () => {
    expect(detect("县政府办跟踪督办项目进度。", "区")).toEqual(["县政府办:lead:new"]);
  });
  it("leaves a name whose inner words are a verb before a bare suffix", () => {
    expect(detect("由市委督查室牵头。")).toEqual(["市委督查室:lead:new"]);
    expect(detect("市政府研究室负责起草。")).toEqual(["市政府研究室:lead:new"]);
    expect(predicateAfterForm("市政府研究室", 3, 6)).toBe(false);
    expect(predicateAfterForm("市政府办加强督办", 4, 8)).toBe(true);
  });
});

describe("a body that says what it will do", () => {
  it("leads with or without the comma, and after 称", () => {
    expect(detect("市交通运输局表示将加密公交班次。")).toEqual(["市交通运输局:lead"]);
    expect(detect("市公安局称将延长护学岗值守时间。")).toEqual(["市公安局:lead"]);
  });
  it("is co when what it will do is to assist, and mentioned when it only tells", () => {
    expect(detect("市公安局表示将配合做好排查。")).toEqual(["市公安局:co"]);
    expect(detect("市公安局表示，目前已排查路口30个。")).toEqual(["市公安局:mentioned"]);
  });
});

describe("a county's party committee beside its government", () => {
  it("names the committee as new, with the government's role", () => {
    expect(detect("视察报告已报送县委、县政府参考。", "区")).toEqual(["县委:mentioned:new", "区人民政府:mentioned"]);
    expect(detect("调研报告已报请旗委和旗政府研究。", "区")).toEqual(["旗委:mentioned:new", "区人民政府:mentioned"]);
  });
  it("leaves the committee alone without the government, and the Youth League's", () => {
    expect(detect("县委书记带队调研。", "区")).toEqual([]);
    expect(detect("团县委、县政府联合开展活动。", "区")).not.toContain("县委:lead:new");
  });
});

describe("leaders are people, not a body", () => {
  it("reads `县领导领办` as a post and a verb, while a leading group's office is a body", () => {
    expect(detect("该提案由县领导领办，县政府办跟踪督办。", "区")).toEqual(["县政府办:lead:new"]);
    expect(detect("此事由区领导挂点督办。", "区")).toEqual([]);
    expect(detect("县平安建设领导小组办公室统筹推进。", "区")).toEqual(["县平安建设领导小组办公室:lead:new"]);
  });
});

describe("a township's unit under the city's place", () => {
  it("is no new department (`某镇`, a two-character township before 镇 or 乡)", () => {
    expect(detect("在峧阳市某镇电商服务中心，返乡青年正对着手机直播。")).toEqual([]);
    expect(detect("委员们走访了沂澜市芷汀镇灌溉服务中心。")).toEqual([]);
  });
  it("keeps a level's centre whose name holds 城乡 or 返乡", () => {
    expect(detect("市返乡创业服务中心要加强指导。")).toEqual(["市返乡创业服务中心:lead:new"]);
  });
});
