/**
 * A hearing's transcript: speakers printed as post, a space, then name (`某局副局长 某某：`), and
 * two-part section heads named by their label (`症结：……` / `出路：……`). Every input is made
 * up for the test; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { isBackgroundTitle } from "./kinds";
import { shape, structure } from "./rule-test-support";

const tree = (lines: string[]) => shape(structure(lines.join("\n")).documents[0].children);

const HEARING = [
  "本期话题：河道垃圾为何清不净",
  "主持人：各位观众晚上好，今天我们请来了市水务局的负责同志。",
  "症结：为何反复",
  "市政协委员　某某某：我沿河走了三公里，岸边垃圾随处可见。请问为什么清了又有？",
  "市水务局副局长　某某：河道保洁分段承包，交界地段没人管，巡查也不到位。",
  "出路：怎么长效",
  "主持人：下一步怎么办？",
  "市水务局副局长　某某：第一，统一保洁标准。全河段由一家单位保洁。第二，加密日常巡查。每天巡查不少于两次。",
];

describe("a speaker printed as post and name", () => {
  it("labels a turn: an official's answer counting its measures inline gives the section's items", () => {
    expect(tree(HEARING)).toBe("B H(R R)");
  });

  it("labels a turn even when the speaker speaks once, in a text that is a dialogue", () => {
    const once = HEARING.map((l) => l.replace("某某：河道", "某某某某：河道"));
    expect(tree(once)).toBe("B H(R R)");
  });

});

describe("a two-part section head named by its label", () => {
  it("a problem noun before the colon heads what is wrong, whatever the question after it", () => {
    expect(isBackgroundTitle("症结：谁来清掏")).toBe(true);
    expect(isBackgroundTitle("瓶颈：站台为何少了顶棚")).toBe(true);
    expect(isBackgroundTitle("问题：路灯为何总是坏")).toBe(true);
  });

  it("a remedy's label does not", () => {
    expect(isBackgroundTitle("出路：如何长效")).toBe(false);
    expect(isBackgroundTitle("对策：今年能改多少")).toBe(false);
  });
});
