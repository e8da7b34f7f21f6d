import { describe, expect, it } from "vitest";
import type { TextScore } from "./structure-score";
import { formatMissKinds, missKinds } from "./structure-score-kinds";

function text(over: Partial<TextScore>): TextScore {
  return {
    id: "t",
    style: "epaper",
    documents: { expected: 1, got: 1 },
    titles: { right: 0, total: 1, wrong: [] },
    trees: { right: 0, total: 1, wrong: [] },
    sentences: { found: 1, total: 1, lost: [] },
    chromeKept: [],
    chromeKeptAt: [],
    departments: { truePositive: 0, predicted: 0, gold: 0, roleRight: 0, roleTotal: 0, missing: [], extra: [] },
    recTitles: { right: 0, total: 0, wrong: [] },
    metadata: { right: 0, total: 0, wrong: [] },
    ...over,
  } as TextScore;
}

describe("missKinds", () => {
  it("tells chrome taken for a title from a missing document, a joined subtitle and a cut headline", () => {
    const k = missKinds([
      text({ titles: { right: 0, total: 2, wrong: [{ want: "草原防火", got: "大会发言摘登" }, { want: "第二篇", got: "(no document)" }] }, chromeKept: ["大会发言摘登"] }),
      text({ titles: { right: 0, total: 1, wrong: [{ want: "让互市活起来", got: "让互市活起来——访某委员" }] } }),
      text({ titles: { right: 0, total: 2, wrong: [{ want: "关于加强管网监管的提案", got: "关于加强" }, { want: "(no document)", got: "很实在的建议" }] } }),
    ]);
    expect(k.titles).toEqual({ chromeTaken: 1, documentMissing: 1, documentExtra: 1, tooLong: 1, tooShort: 1, other: 0 });
    expect(k.textsWith.title).toBe(3);
    expect(k.textsWith.chrome).toBe(1);
  });

  it("counts trees by node count and departments by what went wrong", () => {
    const k = missKinds([
      text({
        trees: { right: 0, total: 2, wrong: [{ want: "B H(R R R R)", got: "B R H(R R R R)" }, { want: "R R R", got: "H(R R)" }] },
        departments: {
          truePositive: 0, predicted: 3, gold: 3, roleRight: 0, roleTotal: 2,
          missing: ["区人民政府:lead", "县财政:lead:new", "市民政局:co"],
          extra: ["区人民政府:mentioned", "县财政:lead", "海关:mentioned:new"],
        },
      }),
    ]);
    expect(k.trees).toEqual({ documentMissing: 0, documentExtra: 0, nodeCount: 1, sameCount: 1 });
    expect(k.departments).toEqual({ notFound: 1, wrongRole: 1, wrongNew: 1, otherDocument: 0, extraNotInGold: 1 });
    expect(formatMissKinds(k)).toContain("wrong role 1");
  });

  it("tells an entry found whole in another document from a wrong new flag", () => {
    const k = missKinds([
      text({
        departments: {
          truePositive: 0, predicted: 2, gold: 2, roleRight: 0, roleTotal: 2,
          missing: ["县商务局:lead:new", "县财政局:co"],
          extra: ["县商务局:lead:new", "县财政局:co:new"],
        },
      }),
    ]);
    expect(k.departments).toEqual({ notFound: 0, wrongRole: 0, wrongNew: 1, otherDocument: 1, extraNotInGold: 0 });
    expect(formatMissKinds(k)).toContain("same entry in another document 1");
  });

  it("places kept chrome lines and reads their shape", () => {
    const k = missKinds([text({ chromeKept: ["首页 | 要闻", "明日起公交加密班次，详询0736-5120000。"], chromeKeptAt: ["head", "tail"] })]);
    expect(k.chrome).toEqual({ head: 1, body: 0, tail: 1, short: 1, long: 0, punctuated: 1 });
  });

  it("counts nothing on a clean folder", () => {
    const k = missKinds([text({})]);
    expect(Object.values(k.textsWith).every((n) => n === 0)).toBe(true);
  });
});
