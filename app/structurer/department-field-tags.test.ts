/**
 * Departments (issue #12): unit fields in their many layouts (role tags in
 * brackets, bare role words, lenticular brackets), distribution fields, a vertical system named with
 * its unit noun — and the chrome stage keeping a unit field line wherever it stands.
 */
import { describe, expect, it } from "vitest";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { isUnitFieldLine } from "./chrome-unit-fields";
import { fold } from "./fold";
import type { DirectoryLike } from "./types";

const DIRECTORY: DirectoryLike[] = [
  { name: "市住房和城乡建设局", short: "市住建局", aliases: ["住建部门"] },
  { name: "区住房和城乡建设局", short: "区住建局", aliases: [] },
  { name: "市水务局", short: null, aliases: ["水务部门"] },
  { name: "市财政局", short: null, aliases: ["财政部门"] },
  { name: "市教育局", short: null, aliases: ["教育部门"] },
  { name: "市民政局", short: null, aliases: ["民政部门"] },
  { name: "区民政局", short: null, aliases: [] },
  { name: "区卫生健康局", short: "区卫健局", aliases: [] },
  { name: "市城市管理局", short: "市城管局", aliases: ["城管部门"] },
  { name: "区城市管理局", short: "区城管局", aliases: [] },
  { name: "市人力资源和社会保障局", short: "市人社局", aliases: ["人社部门"] },
  { name: "市公安局", short: null, aliases: ["公安部门"] },
  { name: "市人民政府", short: "市政府", aliases: [] },
  { name: "区人民政府", short: "区政府", aliases: [] },
  { name: "市发展和改革委员会", short: "市发改委", aliases: ["发改部门"] },
  { name: "市卫生健康委员会", short: "市卫健委", aliases: ["卫健部门"] },
  { name: "市文化广电旅游局", short: "市文旅局", aliases: ["文旅部门"] },
  { name: "市粮食和物资储备局", short: null, aliases: [] },
  { name: "市工业和信息化局", short: "市工信局", aliases: [] },
  { name: "市人民政府办公室", short: "市政府办", aliases: [] },
];
const index = buildDirectoryIndex(DIRECTORY);
const detect = (text: string, level = "市") =>
  detectDepartments(text, index, { level, suggestNew: true }).map((m) => `${m.name}:${m.role}${m.new ? ":new" : ""}`);

describe("role tags in brackets after names", () => {
  it("gives the tagged name its role and the others beside a lead tag co", () => {
    expect(detect("责任单位：区住建局（牵头）、区民政局、区城管局", "区")).toEqual(["区住房和城乡建设局:lead", "区民政局:co", "区城市管理局:co"]);
  });
  it("lets a tag cover the names before it back to the previous tag", () => {
    expect(detect("承办单位：市水务局（主办），市住建局、市财政局（会办）")).toEqual(["市水务局:lead", "市住房和城乡建设局:co", "市财政局:co"]);
    expect(detect("交办单位：区民政局（主办）、区卫健局（协办）", "区")).toEqual(["区民政局:lead", "区卫生健康局:co"]);
  });
  it("reads no tag in a bracketed remark", () => {
    expect(detect("责任单位：市水务局、市公安局（按职责分工负责）")).toEqual(["市水务局:lead", "市公安局:lead"]);
  });
});

describe("role words as labels", () => {
  it("reads a bare role word with a colon, and one in lenticular brackets", () => {
    expect(detect("牵头：市教育局　配合：市财政局、市人社局")).toEqual(["市教育局:lead", "市财政局:co", "市人力资源和社会保障局:co"]);
    expect(detect("【牵头】市教育局【配合】市财政局、市人社局")).toEqual(["市教育局:lead", "市财政局:co", "市人力资源和社会保障局:co"]);
    expect(detect("落实单位：市城管局；协助单位：市公安局")).toEqual(["市城市管理局:lead", "市公安局:co"]);
  });
});

describe("distribution fields name recipients", () => {
  it("yields no department from 主送/抄送 lines, even under a title they would be joined to", () => {
    expect(detect("关于做好企业退休人员社会化管理服务的协商意见\n主送：区人民政府\n抄送：区民政局", "区")).toEqual([]);
    expect(detect("报：市委、市政府\n送：市水务局、市财政局")).toEqual([]);
  });
  it("still reads a salutation and the sentence after it", () => {
    expect(detect("区人民政府：\n建议区民政局牵头推进。", "区")).toEqual(["区人民政府:mentioned", "区民政局:lead"]);
  });
});

describe("a vertical system with its unit noun", () => {
  it("is new under the name as written", () => {
    expect(detect("联合海关部门简化查验流程。", "省")).toEqual(["海关部门:co:new"]);
    expect(detect("协调边检部门、海事部门做好查验准备。", "省")).toEqual(["边检部门:co:new", "海事部门:co:new"]);
    expect(detect("请海关加强查验。", "省")).toEqual(["海关:lead:new"]);
  });
});

describe("a unit field line is content", () => {
  const line = (s: string) => isUnitFieldLine(fold(s));
  it("recognises field lines in their layouts", () => {
    expect(line("牵头单位：市教育局　　配合单位：市卫生健康委员会、市红十字会")).toBe(true);
    expect(line("（责任单位：县农业农村局；协办单位：县财政局）")).toBe(true);
    expect(line("【牽頭】市醫保局【配合】市衛健委、市民政局")).toBe(true);
    expect(line("承办单位：市水务局（主办），市住建局、市财政局（会办）")).toBe(true);
  });
  it("leaves a website footer's host fields and a list of places", () => {
    expect(line("主办单位：某市政协办公室　承办单位：某某信息中心")).toBe(false);
    expect(line("主办单位：某市政协办公室")).toBe(false);
    expect(line("配合单位：各乡镇（街道）")).toBe(false);
  });
});

describe("names the directory lacks, in their official shapes", () => {
  it("reads an official name joined with 和 at a level the directory lacks as new", () => {
    expect(detect("建议县发展和改革局牵头，县文化和旅游局配合。", "区")).toEqual(["县发展和改革局:lead:new", "县文化和旅游局:co:new"]);
  });
  it("reads a commission named as a bureau at its own level as the commission", () => {
    expect(detect("建议市发展和改革局会同市卫生健康局制定办法。")).toEqual(["市发展和改革委员会:lead", "市卫生健康委员会:co"]);
  });
  it("reads a zone's 管委会 whole, short forms too", () => {
    expect(detect("建议经开区管委会、临空经济区管委会落实。")).toEqual(["经开区管委会:lead:new", "临空经济区管委会:co:new"]);
    expect(detect("建议县工业园区管委会牵头。", "区")).toEqual(["县工业园区管委会:lead:new"]);
  });
  it("leaves a phrase with 和 that is no name", () => {
    expect(detect("推进市区和县区联动。")).toEqual([]);
  });
});

describe("a directory body under a variant of its official name", () => {
  it("reads the variant as the entry, not as new", () => {
    expect(detect("建议市文化和旅游局牵头，市文化广电和旅游局配合。")).toEqual(["市文化广电旅游局:lead"]);
    expect(detect("建议市粮食和储备局牵头。")).toEqual(["市粮食和物资储备局:lead"]);
  });
  it("leaves another field under the same opening, and another level, new", () => {
    expect(detect("建议市经济和信息化局牵头。")).toEqual(["市经济和信息化局:lead:new"]);
    expect(detect("建议县文化和旅游局牵头。", "区")).toEqual(["县文化和旅游局:lead:new"]);
  });
});

describe("a partner of a clause's subject studies with it", () => {
  it("reads `会同X研究` as co, and the addressee asked to study as mentioned", () => {
    expect(detect("市教育局表示，将会同市财政局研究。")).toEqual(["市教育局:lead", "市财政局:co"]);
    expect(detect("请市人民政府研究。")).toEqual(["市人民政府:mentioned"]);
  });
});

describe("governments a paper goes to", () => {
  it("reads `交市政府办理` as the government, not its office's short form", () => {
    expect(detect("经主席会议审议后交市政府办理。")).toEqual(["市人民政府:mentioned"]);
    expect(detect("由市政府办牵头。")).toEqual(["市人民政府办公室:lead"]);
  });
  it("reads a body a paper is submitted to for approval as mentioned", () => {
    expect(detect("意见将报请区政府审定后推动落实。", "区")).toEqual(["区人民政府:mentioned"]);
    expect(detect("建议区政府将其列入民生实事项目。", "区")).toEqual(["区人民政府:lead"]);
  });
});
