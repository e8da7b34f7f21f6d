import { describe, expect, it } from "vitest";
import { applyEdits, applyOperation, DraftError, type DraftContent, type DraftNode } from "./draft-tree";

const node = (title: string, children: DraftNode[] = []): DraftNode => ({ marker: null, title, text: `${title}。`, children, departments: [] });
const content = (): DraftContent => ({
  documents: [
    {
      meta: { slug: "d", kind: "party_proposal", title: "T", year: 2026, session: null, organisationId: null, authors: [], byline: null },
      intro: "",
      children: [node("甲", [node("甲1"), node("甲2")]), node("乙"), node("丙")],
    },
  ],
});
const titles = (c: DraftContent) => c.documents[0].children.map((n) => `${n.title}[${n.children.map((x) => x.title).join(",")}]`);

describe("draft tree operations", () => {
  it("merges a node into the previous sibling", () => {
    const c = applyOperation(content(), { op: "merge", ref: "0:2" });
    expect(titles(c)).toEqual(["甲[甲1,甲2]", "丙[]"]);
    expect(c.documents[0].children[0].text).toBe("甲。\n乙。");
    expect(() => applyOperation(content(), { op: "merge", ref: "0:1" })).toThrow(DraftError);
  });

  it("splits at a --- line", () => {
    const c0 = content();
    c0.documents[0].children[1].text = "第一句。\n---\n第二句，更多。";
    const c = applyOperation(c0, { op: "split", ref: "0:2" });
    expect(titles(c)).toEqual(["甲[甲1,甲2]", "乙[]", "第二句[]", "丙[]"]);
    expect(() => applyOperation(content(), { op: "split", ref: "0:2" })).toThrow("请在正文要拆分的位置单独输入一行 ---，再点“拆分”");
  });

  it("moves, indents and outdents", () => {
    expect(titles(applyOperation(content(), { op: "down", ref: "0:1" }))).toEqual(["乙[]", "甲[甲1,甲2]", "丙[]"]);
    expect(titles(applyOperation(content(), { op: "up", ref: "0:3" }))).toEqual(["甲[甲1,甲2]", "丙[]", "乙[]"]);
    expect(titles(applyOperation(content(), { op: "indent", ref: "0:2" }))).toEqual(["甲[甲1,甲2,乙]", "丙[]"]);
    expect(titles(applyOperation(content(), { op: "outdent", ref: "0:1.1" }))).toEqual(["甲[甲2]", "甲1[]", "乙[]", "丙[]"]);
    expect(() => applyOperation(content(), { op: "outdent", ref: "0:1" })).toThrow("已经是最高一级");
  });

  it("deletes leaves only, and never touches the input", () => {
    const c0 = content();
    expect(titles(applyOperation(c0, { op: "delete", ref: "0:3" }))).toEqual(["甲[甲1,甲2]", "乙[]"]);
    expect(() => applyOperation(c0, { op: "delete", ref: "0:1" })).toThrow(DraftError);
    expect(titles(c0)).toEqual(["甲[甲1,甲2]", "乙[]", "丙[]"]);
  });

  it("rejects refs that point nowhere", () => {
    for (const ref of ["0:9", "1:1", "x", "0:1.9", "0:"]) expect(() => applyOperation(content(), { op: "up", ref })).toThrow(DraftError);
  });

  it("applies edited titles, texts, roles and confirmations", () => {
    const c0 = content();
    c0.documents[0].children[1].departments = [
      { name: "市民政局", mention: "民政", role: "mentioned", confirmed: false },
      { name: "市财政局", mention: "财政", role: "co", confirmed: false },
    ];
    const c = applyEdits(
      c0,
      new Map([["0:2", { title: "新标题", text: "新正文。\r\n第二行", roles: { 市民政局: "lead", 市财政局: "remove" }, confirmed: ["市民政局"] }]]),
      new Map([[0, { title: "新文档标题" }]]),
    );
    const n = c.documents[0].children[1];
    expect(n.title).toBe("新标题");
    expect(n.text).toBe("新正文。\n第二行");
    expect(n.departments).toEqual([{ name: "市民政局", mention: "民政", role: "lead", confirmed: true }]);
    expect(c.documents[0].meta.title).toBe("新文档标题");
  });

  it("adds a department as confirmed, or updates one already there", () => {
    const c = applyOperation(content(), { op: "add-department", ref: "0:1.2", name: "市教育局", role: "co" });
    expect(c.documents[0].children[0].children[1].departments).toEqual([{ name: "市教育局", mention: "市教育局", role: "co", confirmed: true }]);
  });
});
