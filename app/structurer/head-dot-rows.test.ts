import { describe, expect, it } from "vitest";
import { dotRow } from "./head-shapes";
import { structure } from "./pipeline";

const run = (lines: string[]) => structure(lines.join("\n"), { directory: [] });

describe("an app's or outlet's row of cells set apart by a spaced middle dot (head-shapes.ts, dotRow)", () => {
  it("reads names and labels between spaced dots as a row", () => {
    expect(dotRow("短信 · 某市政协")).toBe(true);
    expect(dotRow("某城政協 · 委員發言")).toBe(true);
    expect(dotRow("《某某》杂志 2026年第9期 · 封面访谈")).toBe(true);
    expect(dotRow("钉钉 · 某市政协社法委工作群")).toBe(true);
  });

  it("never a headline's own dot, a sentence, or a publication's masthead row", () => {
    expect(dotRow("“听民声·解民忧”委员工作室接待日")).toBe(false);
    expect(dotRow("委员说 · 老小区充电桩，难在哪？")).toBe(false);
    expect(dotRow("某某广播电视台 · 某某新闻")).toBe(false);
    expect(dotRow("老旧小区加装电梯")).toBe(false);
  });

  it("removes the row over a page and takes the headline under it", () => {
    const { documents, removed } = run([
      "某城政協 · 委員發言",
      "加強山體滑坡隱患治理　守護群眾生命安全",
      "——在市政協全體會議上的大會發言",
      "九三學社某城市委員會",
      "某城市山地丘陵面積佔全市七成，汛期滑坡、崩塌等地質災害多發。",
      "一、摸清隱患底數。市自然資源和規劃局每年汛前開展一次全面排查。",
      "二、落實治理資金。市財政局設立地質災害防治專項資金。",
    ]);
    expect(documents[0].title).toBe("加強山體滑坡隱患治理　守護群眾生命安全");
    expect((removed ?? []).map((r) => r.text)).toContain("某城政協 · 委員發言");
  });
});
