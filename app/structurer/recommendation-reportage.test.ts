/**
 * A short first sentence, then what a reporter writes (lead-phrase-exclusions.ts, reportsWithoutAsking):
 * the paragraph reports what happened and what bodies are doing; it heads no measure. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isRecommendationLike } from "./paragraphs";
import { reportsWithoutAsking } from "./lead-phrase-exclusions";
import { shape, structure } from "./rule-test-support";

const rec = (s: string) => isRecommendationLike(fold(s));

describe("a reporter's piece after a short first sentence", () => {
  it("reads sourced facts and bodies at work as a report", () => {
    expect(rec("会场里反响热烈。据悉，市教育局正在修订课后服务办法，首批试点学校已经确定。")).toBe(false);
    expect(rec("老人们放心了。记者了解到，市民政局目前已在8个街道建成助浴点。")).toBe(false);
    expect(rec("實事辦到心坎上。據悉，市水務局已經完成老舊管網改造。")).toBe(false);
  });
  it("keeps a short measure whose text asks someone to act", () => {
    expect(rec("加快助浴点建设。据悉，全市目前仅有3个助浴点，市民政局应加快布点。")).toBe(true);
    expect(rec("托育服务扩容提质。目前托位缺口较大，建议市卫生健康委员会增加普惠托位。")).toBe(true);
    expect(rec("社区食堂提档升级。引入专业团队运营，降低运营成本。")).toBe(true);
  });
  it("needs both a reporting word and no asking word", () => {
    expect(reportsWithoutAsking("据了解，市商务局正在起草方案。")).toBe(true);
    expect(reportsWithoutAsking("据了解，市商务局要尽快起草方案。")).toBe(false);
    expect(reportsWithoutAsking("引入专业团队运营，降低运营成本。")).toBe(false);
  });
  it("leaves a lone reporter's piece with no measures, and a one-paragraph speech opening with 建议 with one", () => {
    const report = ["新闻观察：助浴服务需要“多点开花”", "本报记者　甄某某", "会场里反响热烈。据悉，市民政局正在起草助浴服务规范，市医疗保障局也表示将研究相关费用问题。"];
    expect(shape(structure(report.join("\n")).documents[0].children)).toBe("");
    const speech = ["让助浴服务走进社区", "市政协委员　甄某某", "建议市民政局牵头，在街道养老服务中心增设助浴点，目前已有的3个点可先行扩容。"];
    expect(shape(structure(speech.join("\n")).documents[0].children)).toBe("R");
  });
});
