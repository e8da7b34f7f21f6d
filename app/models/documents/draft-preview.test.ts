import { describe, expect, it } from "vitest";
import { carryOver, sentenceAround } from "./draft-preview";
import type { DraftDocument } from "./draft-tree";

const doc = (title: string, texts: string[]): DraftDocument => ({
  meta: { slug: "", kind: "party_proposal", title, year: 2026, session: null, organisationId: null, authors: [], byline: null },
  intro: "",
  children: texts.map((text) => ({ marker: null, title: text.slice(0, 4), text, children: [], departments: [] })),
});

describe("carryOver", () => {
  it("keeps every staff edit of a document the kept lines did not change, and resets an edited one that changed", () => {
    const baseline = [doc("甲", ["一段。"]), doc("乙", ["二段。"])];
    const fresh = [doc("甲", ["一段。"]), doc("乙", ["二段。", "保留的行"])];
    const mine = [doc("甲（改）", ["一段，改过。"]), { ...doc("乙", ["二段，改过。"]), meta: { ...doc("乙", []).meta, slug: "yi", authors: ["黄某某"] } }];
    const { documents, reset } = carryOver(mine, baseline, fresh);
    expect(documents[0]).toEqual(mine[0]);
    expect(documents[1].children.map((n) => n.text)).toEqual(["二段。", "保留的行"]);
    expect(documents[1].meta).toMatchObject({ slug: "yi", authors: ["黄某某"], title: "乙" });
    expect(reset).toEqual([1]);
  });

  it("reports nothing when the changed document had no staff edits", () => {
    const baseline = [doc("甲", ["一段。"])];
    expect(carryOver(baseline, baseline, [doc("新标题", ["一段。", "新行"])])).toEqual({ documents: [doc("新标题", ["一段。", "新行"])], reset: [] });
  });
});

describe("sentenceAround", () => {
  it("cuts the sentence that names the body", () => {
    expect(sentenceAround("前文。建议由市某中心牵头，做某事。后文。", "市某中心")).toBe("建议由市某中心牵头，做某事。");
  });
});

describe("carryOver with drafts read back from jsonb", () => {
  it("does not take reordered keys for a staff edit", () => {
    const baseline = [doc("甲", ["一段。"])];
    const reverse = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).reverse()) as T;
    const stored = reverse({ ...baseline[0], meta: reverse(baseline[0].meta) });
    const reordered = { ...stored, children: stored.children.map((n) => ({ departments: n.departments, children: n.children, text: n.text, title: n.title, marker: n.marker })) };
    expect(carryOver([reordered], baseline, [doc("甲", ["一段。", "新行"])]).reset).toEqual([]);
  });
});
