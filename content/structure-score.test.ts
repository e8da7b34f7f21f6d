/**
 * The floors of issue 12 on the tuning corpus (content/corpus): every title right,
 * ≥ 95 % exact trees, ≥ 99 % content sentences kept, no chrome line kept, departments
 * precision ≥ 0.95, recall ≥ 0.90, role accuracy ≥ 0.90 — asserted here above the issue's
 * floors, at the level the corpus holds since round 7 (trees, precision, recall and role
 * accuracy ≥ 0.99, content ≥ 99.9 %; measured: 100 %, 0.996, 0.995, 0.996), so a rule that
 * breaks tuned texts shows. A held-out folder (HELD_OUT_DIRS in content/corpus-gold.ts,
 * while one exists) is scored by `npm run structure:score` only — nothing here asserts on
 * it (it measures generalisation; see content/corpus/README.md).
 */
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "./corpus-gold";
import { loadDepartments } from "./directory";
import { scoreCorpus, scoreText } from "./structure-score";

describe("structurer on the gold corpus", () => {
  it("meets the floors", async () => {
    const s = await scoreCorpus(CORPUS_DIR, loadDepartments());
    expect(s.texts.length).toBeGreaterThanOrEqual(317);
    const wrongTitles = s.texts.flatMap((t) => t.titles.wrong.map((w) => `${t.id}: ${w.want} | ${w.got}`));
    expect(wrongTitles).toEqual([]);
    expect(s.trees).toBeGreaterThanOrEqual(0.99);
    expect(s.contentKept).toBeGreaterThanOrEqual(0.999);
    const chrome = s.texts.flatMap((t) => t.chromeKept.map((c) => `${t.id}: ${c}`));
    expect(chrome).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.roleAccuracy).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe("chrome kept", () => {
  const lines = ["标题导读：", "· 农村燃气安全怎么管", "农村燃气安全怎么管", "近日，县政协组织委员开展燃气安全调研，提出三条建议。"];
  const gold = {
    style: "epaper" as const,
    documents: [{ title: "农村燃气安全怎么管", byline: null, date: null, source: null, tree: [], departments: [] }],
    removed: ["标题导读：", "· 农村燃气安全怎么管"],
  };
  const document = { title: "农村燃气安全怎么管", byline: null, organisation: null, intro: lines[3], children: [] };

  it("a digest line the structurer removed is not kept because its words head the article", () => {
    const result = { documents: [document], removed: [{ line: 1, text: "标题导读：", reason: "related" as const }, { line: 2, text: "· 农村燃气安全怎么管", reason: "related" as const }] };
    expect(scoreText("t", gold, result, lines).chromeKept).toEqual([]);
  });

  it("it is kept when the structurer left it in the text", () => {
    const result = { documents: [{ ...document, intro: `${lines[1]}\n${lines[3]}` }], removed: [{ line: 1, text: "标题导读：", reason: "related" as const }] };
    expect(scoreText("t", gold, result, lines).chromeKept).toEqual(["· 农村燃气安全怎么管"]);
  });
});

describe("documents paired by content", () => {
  const node = (title: string) => ({ marker: null, title, text: `${title}。`, children: [], departments: [], kind: "recommendation" as const });
  const doc = (title: string, rec: string, departments: Array<{ name: string; mention: string; role: "lead" | "co" | "mentioned" }> = []) => ({
    title,
    byline: null,
    organisation: null,
    intro: "",
    children: [node(rec)],
    departments,
  });
  const goldDoc = (title: string, rec: string) => ({ title, byline: null, date: null, source: null, tree: [{ kind: "recommendation" as const, title: rec, children: [] }], departments: [] });
  const gold = { style: "party-newspaper" as const, documents: [goldDoc("让老街亮起来", "增设路灯"), goldDoc("让河道清起来", "定期清淤")], removed: [] };
  const lines = ["让老街亮起来", "增设路灯。", "让河道清起来", "定期清淤。"];

  it("an extra document in front does not shift the pairs after it, and counts as wrong", () => {
    const result = { documents: [doc("版面导读", "本版摘登", [{ name: "市水务局", mention: "市水务局", role: "lead" }]), doc("让老街亮起来", "增设路灯"), doc("让河道清起来", "定期清淤")] };
    const s = scoreText("t", gold, result, lines);
    expect(s.titles).toMatchObject({ right: 2, total: 3 });
    expect(s.trees).toMatchObject({ right: 2, total: 3 });
    expect(s.departments).toMatchObject({ predicted: 1, truePositive: 0, extra: ["市水务局:lead"] });
  });

  it("a missing document is wrong and the next one still meets its partner", () => {
    const s = scoreText("t", gold, { documents: [doc("让河道清起来", "定期清淤")] }, lines);
    expect(s.titles).toMatchObject({ right: 1, total: 2 });
    expect(s.titles.wrong).toEqual([{ want: "让老街亮起来", got: "(no document)" }]);
  });

  it("documents sharing no words pair by position when the counts agree", () => {
    const s = scoreText("t", gold, { documents: [doc("甲", "乙"), doc("丙", "丁")] }, lines);
    expect(s.titles.wrong.map((w) => w.got)).toEqual(["甲", "丙"]);
  });
});

describe("metadata", () => {
  const lines = ["市民议事厅开到小区里", "本报记者　某某　通讯员　某", "近日，某社区召开议事会。"];
  const gold = {
    style: "epaper" as const,
    documents: [{ title: lines[0], byline: "本报记者 某某 通讯员 某", date: null, source: null, tree: [], departments: [] }],
    removed: [],
  };
  const document = (byline: string) => ({ title: lines[0], byline, organisation: null, intro: lines[2], children: [] });

  it("a byline spaced with ideographic spaces equals the gold spaced with one ASCII space", () => {
    const result = { documents: [document(lines[1])], removed: [] };
    expect(scoreText("t", gold, result, lines).metadata.wrong).toEqual([]);
  });

  it("a byline with other words still differs", () => {
    const result = { documents: [document("本报记者　某某")], removed: [] };
    expect(scoreText("t", gold, result, lines).metadata.wrong).toHaveLength(1);
  });
});

describe("a byline line behind a member's tag", () => {
  const lines = ["冬储菜价要稳住", "【委员】市政协委员、某超市经理　滑某某", "滑某某建议，市商务局会同市发展和改革委员会建立冬储蔬菜价格监测机制。"];
  const gold = {
    style: "news-site" as const,
    documents: [{ title: lines[0], byline: "市政协委员、某超市经理　滑某某", date: null, source: null, tree: [], departments: [] }],
    removed: [],
  };

  it("counts as kept when the byline drops the tag (`【委员】`, as `〖发言人〗`)", () => {
    const result = { documents: [{ title: lines[0], byline: "市政协委员、某超市经理　滑某某", organisation: null, intro: lines[2], children: [] }], removed: [] };
    expect(scoreText("t", gold, result, lines).sentences.lost).toEqual([]);
  });
});

describe("a byline line behind a presenter's or an initiator's field", () => {
  const lines = ["冬储菜价要稳住", "汇报人：市政协经济委员会主任　滑某某", "建议市商务局会同市发展和改革委员会建立冬储蔬菜价格监测机制。"];
  const gold = {
    style: "formal-report" as const,
    documents: [{ title: lines[0], byline: "市政协经济委员会主任　滑某某", date: null, source: null, tree: [], departments: [] }],
    removed: [],
  };

  it("counts as kept when the byline drops 汇报人： (as it drops 提案人：)", () => {
    const result = { documents: [{ title: lines[0], byline: "市政协经济委员会主任　滑某某", organisation: null, intro: lines[2], children: [] }], removed: [] };
    expect(scoreText("t", gold, result, lines).sentences.lost).toEqual([]);
  });
});
