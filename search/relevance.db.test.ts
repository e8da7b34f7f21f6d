// Relevance over the sample corpus, on the PostgreSQL engine (PGlite, and a
// PostgreSQL server with TEST_DATABASE_URL). Figures go to docs/performance.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSearchIndex, setSearchEngine } from "./index";
import { PgSearchEngine } from "./pg-engine";
import { RELEVANCE_CASES, evaluate, type RelevanceReport } from "./relevance";

const engine = new PgSearchEngine();
let previous: ReturnType<typeof setSearchEngine>;
let report: RelevanceReport;

beforeAll(async () => {
  previous = setSearchEngine(engine);
  await ensureSearchIndex(engine);
  report = await evaluate(engine);
  if (process.env.SEARCH_RELEVANCE_REPORT) {
    const lines = report.cases.map(
      (c) => `${c.query.padEnd(14, "　")} P@5 ${c.precisionAt5.toFixed(2)}  R@10 ${c.recallAt10.toFixed(2)}  first relevant: ${c.firstRelevantRank ?? "—"}`,
    );
    console.log(
      [
        ...lines,
        `queries ${report.cases.length}  mean P@5 ${report.meanPrecisionAt5.toFixed(3)}  mean R@10 ${report.meanRecallAt10.toFixed(3)}  success@1 ${report.successAt1.toFixed(3)}`,
      ].join("\n"),
    );
  }
});

afterAll(() => {
  setSearchEngine(previous);
});

describe("search relevance on the sample corpus", () => {
  it("has at least 30 judged queries, 繁/简 pairs included", () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
    expect(RELEVANCE_CASES.filter((c) => c.pairOf).length).toBeGreaterThanOrEqual(5);
  });

  it("gives the same results for the Traditional and Simplified form of a query", () => {
    expect(report.pairMismatches).toEqual([]);
  });

  it("reaches the precision@5 and recall@10 minimums", () => {
    expect(report.meanPrecisionAt5).toBeGreaterThanOrEqual(0.85);
    expect(report.meanRecallAt10).toBeGreaterThanOrEqual(0.9);
    expect(report.successAt1).toBeGreaterThanOrEqual(0.9);
  });

  it("finds something relevant in the first three results of every query", () => {
    const misses = report.cases.filter((c) => c.firstRelevantRank === null || c.firstRelevantRank > 3).map((c) => c.query);
    expect(misses).toEqual([]);
  });
});
