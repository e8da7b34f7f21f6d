// Relevance judgments over the sample corpus (content/documents): for each
// query, the items a reader would want, judged by reading the documents (not
// by what the engine returns). Used by relevance.db.test.ts, which reports
// precision@5 and recall@10 and asserts minimums.
//
// precision@5 = relevant items among the first five ÷ min(5, number of relevant items)
// recall@10   = relevant items among the first ten ÷ number of relevant items
import type { SearchEngine } from "./engine";
import { parseQuery } from "./query";

export interface RelevanceCase {
  query: string;
  relevant: string[];
  /** Another query in the other script that must give exactly the same results. */
  pairOf?: string;
}

const d = (slug: string) => `/documents/${slug}`;
const r = (slug: string, path: string) => `/documents/${slug}#r-${path}`;

const T = "2026-taimeng-elevator-retrofit";
const M = "2026-minge-elderly-care-workforce";
const MM = "2026-minmeng-after-school-services";
const N = "2026-nonggong-long-term-care-insurance";
const J = "2026-minjian-flexible-workers-social-insurance";
const B = "2026-member-bus-network";
const Z = "2026-zhigong-campus-food-safety";
const H = "2026-member-student-mental-health";
const C = "2026-committee-inclusive-childcare";
const JS = "2026-jiusan-public-data-sharing";
const CM = "2026-joint-county-medical-community";
const P = "2026-joint-prepaid-consumption";
const HD = "2025-report-historic-district-renewal";
const SB = "2026-report-small-business-financing";
const R = "2026-report-rural-collective-economy";
const RV = "2026-report-river-ecology";
const CB = "2026-report-community-burden-reduction";
const V = "2026-minjin-vocational-education";

const elevator = [d(T), r(T, "1-2"), r(T, "2-1"), r(T, "2-2"), r(T, "2-3"), r(T, "3-2"), r(T, "3-3"), r(T, "3-4"), r(T, "4-1")];
const careWorkers = [d(M), r(M, "1-2"), r(M, "1-3"), r(M, "2-1"), r(M, "2-2"), r(M, "2-3"), r(M, "3"), r(M, "4-1"), r(M, "4-2")];
const afterSchool = [d(MM), r(MM, "1-1"), r(MM, "1-2"), r(MM, "2-1"), r(MM, "2-2"), r(MM, "3-1"), r(MM, "3-3"), r(MM, "4-1"), r(MM, "4-2"), r(MM, "4-3")];
const longTermCare = [d(N), r(N, "1-1"), r(N, "1-2"), r(N, "2-1"), r(N, "2-2"), r(N, "3-1"), r(N, "3-2"), r(N, "4-1"), r(N, "4-2")];
const foodSafety = [d(Z), r(Z, "2-2"), r(Z, "4-2"), r(Z, "4-3"), r(Z, "2-1"), r(Z, "2-3"), r(Z, "1-1")];

export const RELEVANCE_CASES: RelevanceCase[] = [
  // 繁/简 pairs: a Simplified query over Traditional text and the other way round.
  { query: "加装电梯", relevant: elevator },
  { query: "加裝電梯", relevant: elevator, pairOf: "加装电梯" },
  { query: "养老护理员", relevant: careWorkers },
  { query: "養老護理員", relevant: careWorkers, pairOf: "养老护理员" },
  { query: "课后服务", relevant: afterSchool },
  { query: "課後服務", relevant: afterSchool, pairOf: "课后服务" },
  { query: "长期护理保险", relevant: longTermCare },
  { query: "長期護理保險", relevant: longTermCare, pairOf: "长期护理保险" },
  { query: "食品安全", relevant: foodSafety },
  { query: "校園食品安全", relevant: foodSafety },
  { query: "农村集体经济", relevant: [d(R), r(R, "1-1"), r(R, "1-2"), r(R, "1-3"), r(R, "3-1"), r(R, "2-2"), r(R, "2-3"), r(R, "5-3"), r(R, "4-3")] },
  { query: "農村集體經濟", relevant: [d(R), r(R, "1-1"), r(R, "1-2"), r(R, "1-3"), r(R, "3-1"), r(R, "2-2"), r(R, "2-3"), r(R, "5-3"), r(R, "4-3")], pairOf: "农村集体经济" },
  { query: "懸空老人", relevant: [d(T)] },
  { query: "明廚亮灶", relevant: [r(Z, "2-1")] },
  { query: "心理健康", relevant: [d(H), r(H, "1-1"), r(H, "1-2"), r(H, "2-1"), r(H, "2-2"), r(H, "3-1"), r(H, "3-3")] },
  { query: "心理健康教育", relevant: [r(H, "1-2"), d(H), r(H, "1-1")] },
  { query: "乡村CEO", relevant: [r(R, "4-1")] },
  // Simplified over Simplified.
  { query: "网约车", relevant: [d(J), r(J, "3-1")] },
  { query: "公交专用道", relevant: [r(B, "3"), d(B)] },
  { query: "公交 地铁 接驳", relevant: [r(B, "2"), d(B), r(B, "1")] },
  { query: "托育服务", relevant: [d(C), r(C, "1-1"), r(C, "1-2"), r(C, "1-3"), r(C, "2-1"), r(C, "2-2"), r(C, "3-1"), r(C, "3-2"), r(C, "4-1"), r(C, "4-2")] },
  { query: "普惠托育", relevant: [d(C), r(C, "1-1")] },
  { query: "数据共享", relevant: [d(JS), r(JS, "1-1"), r(JS, "1-2"), r(JS, "1-3"), r(JS, "2-2"), r(CB, "2-2")] },
  { query: "公共数据授权运营", relevant: [r(JS, "4-1"), r(JS, "4-2"), d(JS)] },
  { query: "医共体", relevant: [d(CM), r(CM, "1-1"), r(CM, "1-2"), r(CM, "1-3"), r(CM, "2-1"), r(CM, "2-2"), r(CM, "4-1")] },
  { query: "远程会诊", relevant: [r(CM, "4-2")] },
  { query: "预付式消费", relevant: [d(P), r(P, "1"), r(P, "2"), r(P, "3"), r(P, "4"), r(P, "5")] },
  { query: "历史文化街区", relevant: [d(HD), r(HD, "1-1"), r(HD, "2-1"), r(HD, "4-4"), r(HD, "4-1"), r(HD, "4-3")] },
  { query: "历史建筑 修缮", relevant: [r(HD, "2-2"), r(HD, "2-3"), r(HD, "3-1"), r(HD, "3-3"), d(HD)] },
  { query: "小微企业融资", relevant: [d(SB), r(SB, "2-2-1"), r(SB, "1-1"), r(SB, "1-2"), r(SB, "1-3"), r(SB, "1-5"), r(SB, "2-3-1"), r(SB, "2-3-2")] },
  { query: "无还本续贷", relevant: [r(SB, "2-3-2"), r(SB, "1-4")] },
  { query: "首贷", relevant: [r(SB, "2-3-1"), r(SB, "1-1")] },
  { query: "融资担保", relevant: [r(SB, "2-2-1"), r(SB, "2-2-2"), r(SB, "2-2-3"), r(SB, "1-3")] },
  { query: "雨污分流", relevant: [r(RV, "2-1-1"), d(RV)] },
  { query: "生态补偿", relevant: [r(RV, "1-2-1"), r(RV, "1-2-2")] },
  { query: "非法采砂", relevant: [r(RV, "2-3-1")] },
  { query: "社区减负", relevant: [d(CB), r(CB, "1-1"), r(CB, "1-2"), r(CB, "1-3"), r(CB, "2-1"), r(CB, "3-1")] },
  { query: "社区工作者 薪酬", relevant: [r(CB, "4-1"), r(CB, "4-2"), d(CB)] },
  { query: "产教融合", relevant: [d(V), r(V, "1-2"), r(V, "2-1"), r(V, "2-2")] },
  { query: "现代学徒制", relevant: [r(V, "2-2")] },
  { query: "灵活就业人员 养老保险", relevant: [r(J, "1-1"), r(J, "1-3"), d(J), r(J, "2-1")] },
  { query: "职业伤害保障", relevant: [r(J, "3-1"), r(J, "3-3"), d(J)] },
  { query: "适老化改造", relevant: [r(T, "4-1"), r(T, "4-2"), d(T), r(B, "5"), r(T, "4-3")] },
  { query: "住房公积金 加装电梯", relevant: [r(T, "3-2")] },
  // Quoted phrases.
  { query: '"一窗受理"', relevant: [r(T, "2-1")] },
  { query: "“骑手驿站”", relevant: [r(J, "4-1")] },
];

export interface CaseResult {
  query: string;
  top: string[];
  precisionAt5: number;
  recallAt10: number;
  firstRelevantRank: number | null;
}

export interface RelevanceReport {
  cases: CaseResult[];
  meanPrecisionAt5: number;
  meanRecallAt10: number;
  /** Share of queries whose first result is relevant. */
  successAt1: number;
  /** 繁/简 pairs whose results differ (should be none). */
  pairMismatches: string[];
}

export async function evaluate(engine: SearchEngine, cases = RELEVANCE_CASES): Promise<RelevanceReport> {
  const results: CaseResult[] = [];
  const tops = new Map<string, string[]>();
  for (const c of cases) {
    const res = await engine.search({ query: parseQuery(c.query), filters: {}, audiences: ["public"], offset: 0, limit: 10 });
    const top = res.hits.map((h) => h.url);
    tops.set(c.query, top);
    const relevant = new Set(c.relevant);
    const in5 = top.slice(0, 5).filter((u) => relevant.has(u)).length;
    const in10 = top.slice(0, 10).filter((u) => relevant.has(u)).length;
    const first = top.findIndex((u) => relevant.has(u));
    results.push({
      query: c.query,
      top,
      precisionAt5: in5 / Math.min(5, relevant.size),
      recallAt10: in10 / relevant.size,
      firstRelevantRank: first < 0 ? null : first + 1,
    });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const pairMismatches = cases
    .filter((c) => c.pairOf && JSON.stringify(tops.get(c.query)) !== JSON.stringify(tops.get(c.pairOf)))
    .map((c) => `${c.query} ≠ ${c.pairOf}`);
  return {
    cases: results,
    meanPrecisionAt5: mean(results.map((r) => r.precisionAt5)),
    meanRecallAt10: mean(results.map((r) => r.recallAt10)),
    successAt1: results.filter((r) => r.firstRelevantRank === 1).length / results.length,
    pairMismatches,
  };
}
