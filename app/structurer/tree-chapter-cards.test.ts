/**
 * A programme's chapter card between turns (`破解之道`) heads the numbered run the guest gives after the
 * host's question (tree.ts headsTurnsAndRun; docs/structure-format.md, nineteenth wave). Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { shape, structure } from "./rule-test-support";

describe("a chapter card between turns", () => {
  it("heads the numbered measures after the host's question and the guest's lead-in", () => {
    const transcript = [
      "本期话题：小区充电桩，装得上吗",
      "主持人：某某委员，居民遇到的难处主要是什么？",
      "某某：车位产权不清，物业不愿配合，电力容量也不够，不少车主只能飞线充电。",
      "出路何在",
      "主持人：针对这些难处，您有什么建议？",
      "某某：我提三点建议。",
      "第一点，明确物业配合义务。市住建局要把配合安装充电桩纳入物业服务考核。",
      "第二点，扩充电力容量。市供电公司对老旧小区配电设施进行增容改造。",
      "第三点，推广共享充电。鼓励运营企业在小区周边建设公共充电站。",
    ].join("\n");
    expect(shape(structure(transcript).documents[0].children)).toBe("H(R R R)");
  });

  it("heads nothing without a numbered run after the turns", () => {
    const transcript = [
      "本期话题：小区充电桩，装得上吗",
      "主持人：某某委员，居民遇到的难处主要是什么？",
      "某某：车位产权不清，物业不愿配合，电力容量也不够。",
      "出路何在",
      "主持人：您怎么看？",
      "某某：关键是各方要坐下来商量，把账算清楚。",
    ].join("\n");
    expect(shape(structure(transcript).documents[0].children)).not.toContain("H(");
  });
});
