/**
 * The three example inputs in tests/fixtures/examples produce exactly the shapes listed in
 * tests/fixtures/examples/README.md, keep every sentence of their body, and find the department roles
 * that README names.
 */
import { describe, expect, it } from "vitest";
import { structureText } from "./index";
import { structureProblems } from "./validate";
import { DIRECTORY, allNodes, childCounts, lostSentences, markers, readExample, roles, withoutPinyin } from "./test-support";

const run = (name: string) => structureText(readExample(name), { directory: DIRECTORY });

describe("report-sections-items.txt", () => {
  const result = run("report-sections-items.txt");
  const [doc] = result.documents;

  it("is one document with the committee as byline", () => {
    expect(structureProblems(result)).toEqual([]);
    expect(result.documents).toHaveLength(1);
    expect(doc.title).toBe("关于推进社区居家养老服务提质扩面的调研报告");
    expect(doc.byline).toBe("某市政协社会和法制委员会");
  });

  it("has 4 sections with 3, 2, 3, 2 items", () => {
    expect(markers(doc.children)).toEqual(["(一)", "(二)", "(三)", "(四)"]);
    expect(childCounts(doc.children)).toEqual([3, 2, 3, 2]);
    for (const section of doc.children) {
      expect(section.children.every((item) => item.marker?.endsWith("是"))).toBe(true);
      expect(section.children.every((item) => item.children.length === 0)).toBe(true);
    }
  });

  it("titles sections by their first sentence and keeps the node's own text", () => {
    const first = doc.children[0];
    expect(first.title).toBe("完善统筹机制");
    expect(first.text).toBe("完善统筹机制,压实部门责任。");
    expect(first.children[1].text).toBe("建议市人大常委会将居家养老服务条例列入明年立法计划。");
  });

  it("puts the text before the sections in the intro", () => {
    expect(doc.intro).toContain("今年以来,市政协把");
    expect(doc.intro).toContain("意见建议");
  });

  it("finds the department roles", () => {
    const [a] = doc.children[0].children;
    expect(roles(a)).toEqual(["市民政局:lead", "市卫生健康委员会:co", "市医疗保障局:co"]);
    expect(a.departments.map((d) => d.mention)).toEqual(["市民政局", "市卫健委", "市医保局"]);
    expect(roles(doc.children[2].children[0])).toEqual(["市人力资源和社会保障局:lead"]);
    expect(roles(doc.children[1].children[0])).toEqual(["市住房和城乡建设局:lead"]);
    // 推动民政、卫健、医保数据共享: named in passing.
    const data = doc.children[3].children[0];
    expect(roles(data)).toEqual([
      "市数据局:lead",
      "市民政局:mentioned",
      "市卫生健康委员会:mentioned",
      "市医疗保障局:mentioned",
    ]);
  });

  it("loses no sentence", () => {
    expect(lostSentences(readExample("report-sections-items.txt"), result)).toEqual([]);
  });
});

describe("multi-speaker-traditional.txt", () => {
  const source = readExample("multi-speaker-traditional.txt");
  const result = run("multi-speaker-traditional.txt");
  const docs = result.documents;

  it("splits into three speakers' documents", () => {
    expect(structureProblems(result)).toEqual([]);
    expect(docs).toHaveLength(3);
    expect(docs.map((d) => d.organisation)).toEqual(["省民進", "省九三學社", null]);
    expect(docs[0].byline).toBe("某省政協委員、某市教育局副局長王某某代表省民進");
    expect(docs[1].byline).toBe("九三學社某省委會委員、某大學教授李某某代表省九三學社");
    expect(docs[2].byline).toBe("省政協委員、省住建廳副廳長趙某某");
    expect(docs.map((d) => d.title)).toEqual([
      "關于加強城鄉學校課後服務的建議",
      "推動基層醫療衛生服務能力提升",
      "以城市更新提升社區宜居水平",
    ]);
  });

  it("has 3 sections (2, 3, 0 items), 2 sections (0, 2 items) and 3 top-level 一是 items", () => {
    expect(childCounts(docs[0].children)).toEqual([2, 3, 0]);
    expect(markers(docs[0].children)).toEqual(["一、", "二、", "三、"]);
    expect(childCounts(docs[1].children)).toEqual([0, 2]);
    expect(markers(docs[2].children)).toEqual(["一是", "二是", "三是"]);
    expect(childCounts(docs[2].children)).toEqual([0, 0, 0]);
  });

  it("removes page chrome and pinyin residue", () => {
    // Chrome is out of the documents (the result lists it apart, under `removed`).
    const everything = JSON.stringify(result.documents);
    for (const noise of ["來源", "字號", "分享到", "編輯", "轉載", "000-00000000", "(xié)", "(wǎng)", "(jīng)"]) {
      expect(everything).not.toContain(noise);
    }
    expect(docs[0].children[0].text).toBe("完善經費保障。");
    expect(docs[0].children[0].children[0].text).toBe("建立政府、學校、家庭合理分擔的課後服務經費機制。");
  });

  it("reads roles in Traditional script and reports the mention as written", () => {
    const talent = docs[1].children[0];
    expect(roles(talent)).toEqual(["省卫生健康委员会:lead", "省人力资源和社会保障厅:co"]);
    expect(talent.departments.map((d) => d.mention)).toEqual(["省衛健委", "省人社廳"]);
  });

  it("loses no sentence of the body", () => {
    const body = withoutPinyin(source)
      .split("\n")
      .filter((l) => !/來源|字號|^編輯|轉載/.test(l))
      .join("\n");
    expect(lostSentences(body, result)).toEqual([]);
  });
});

describe("groups-unnumbered.txt", () => {
  const result = run("groups-unnumbered.txt");
  const [doc] = result.documents;

  it("has 2 groups, each with 2 unnumbered recommendations", () => {
    expect(structureProblems(result)).toEqual([]);
    expect(result.documents).toHaveLength(1);
    expect(doc.title).toBe("市政协专题调研组聚焦“一老一小”开展调研");
    expect(markers(doc.children)).toEqual(["第一调研组", "第二调研组"]);
    expect(doc.children.map((g) => g.title)).toEqual(["发展普惠托育服务", "办好老年助餐服务"]);
    expect(childCounts(doc.children)).toEqual([2, 2]);
    for (const group of doc.children) {
      expect(markers(group.children)).toEqual([null, null]);
      expect(childCounts(group.children)).toEqual([0, 0]);
    }
    expect(doc.children[0].children.map((r) => r.title)).toEqual(["加大普惠托育供给", "规范托育机构管理"]);
    expect(doc.children[1].children.map((r) => r.title)).toEqual(["优化助餐点布局", "完善运营补贴机制"]);
  });

  it("keeps each group's findings as the group's own text", () => {
    expect(doc.children[0].text).toContain("第一调研组走访了8家托育机构和5个社区");
    expect(doc.children[1].text).toContain("第二调研组认为,老年助餐点布局不均衡");
    expect(doc.intro).toContain("按照年度协商计划");
  });

  it("finds lead and co-handlers", () => {
    const [childcare] = doc.children[0].children;
    expect(roles(childcare)).toEqual(["市卫生健康委员会:lead", "市财政局:co"]);
    const subsidy = doc.children[1].children[1];
    expect(roles(subsidy)).toEqual(["市商务局:lead", "市民政局:co"]);
  });

  it("loses no sentence", () => {
    expect(lostSentences(readExample("groups-unnumbered.txt"), result)).toEqual([]);
  });

  it("gives every node a non-empty title", () => {
    for (const n of allNodes(doc)) expect(n.title.length).toBeGreaterThan(0);
  });
});
