/**
 * The author's closing request for correction set without a stop (chrome-tail.ts, closingRequests):
 * kept under the text's last sentence, while the page's furniture around it still goes. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { closingRequests } from "./chrome-tail";
import { fold } from "./fold";
import { removedReasons as removedOf } from "./rule-test-support";

const HEAD = ["某县乡村公交运营情况的汇报", "县政协委员　某某"];
const PARA_A = "　　今年以来，县政协组织委员对乡村公交运营情况开展调研，走访了八个乡镇，收集意见二十余条。";
const PARA_B = "　　建议县交通运输局牵头，优化班次安排，把偏远村的站点纳入线路，方便群众出行。";
const text = (...lines: string[]) => [...HEAD, PARA_A, PARA_B, ...lines].join("\n");

describe("a closing request for correction", () => {
  it("keeps a slide's closing request under a thanks", () => {
    const removed = removedOf(text("谢谢！", "欢迎各位委员批评指正"));
    expect(removed.has("欢迎各位委员批评指正")).toBe(false);
  });
  it("keeps the request over a page number and a reading bar, which still go", () => {
    const removed = removedOf(text("敬请各位领导批评指正", "— 2 —"));
    expect(removed.has("敬请各位领导批评指正")).toBe(false);
    expect(removed.has("— 2 —")).toBe(true);
    const post = removedOf(text("不妥之处请予斧正", "阅读 1086", "写留言"));
    expect(post.has("不妥之处请予斧正")).toBe(false);
    expect(post.has("阅读 1086")).toBe(true);
  });
  it("keeps no request with a sentence of the text under it, nor a speaker's turn", () => {
    const lines = (...ls: string[]) => ls.map((t) => ({ text: t, folded: fold(t), marker: null, verdict: null, reason: null }));
    expect([...closingRequests(lines(PARA_A, "请各位委员批评指正", PARA_B))]).toEqual([]);
    expect([...closingRequests(lines(PARA_A, "某某：请各位审阅指正"))]).toEqual([]);
    expect([...closingRequests(lines(PARA_A, "请各位委员批评指正"))]).toEqual([1]);
  });
});
