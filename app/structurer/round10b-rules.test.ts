/**
 * More rules of round 10 (issue 12), found on content/corpus-holdout-7 after holdout-8 joined
 * the corpus (round10-rules.test.ts holds the others). Each input is made up for the test.
 */
import { describe, expect, it } from "vitest";
import { removed, shape, structure } from "./rule-test-support";

describe("speech digest pages (round 10b)", () => {
  const page = [
    "青禾日报",
    "让燃气安全走进千家万户",
    "——县政协“燃气安全”专题协商会发言摘编",
    "　　编者按：日前，县政协召开专题协商会。现将部分发言摘编刊发。",
    "",
    "摸清管线底数",
    "民革青禾县委员会",
    "　　我县农村燃气管线老化问题突出。建议：一是开展全面排查，由县住建局牵头建立隐患台账；二是落实整改责任，燃气企业限期整改。",
    "",
    "发动群众共同参与",
    "县政协委员　龚某某",
    "　　燃气安全，关键在人。建议在两个方面下功夫。",
    "　　抓好宣传教育。乡镇要组织安全用气宣讲进村入户。",
    "　　推行隐患举报。通过热线受理群众举报，核实后给予奖励。",
  ].join("\n");

  it("a short line right over a speaker's byline is that speech's headline, not a caption", () => {
    expect(removed(page)).not.toContain("发动群众共同参与");
    const docs = structure(page).documents;
    expect(docs.map((d) => d.title)).toEqual(["摸清管线底数", "发动群众共同参与"]);
    expect(docs.map((d) => shape(d.children))).toEqual(["R R", "R R"]);
  });
});
