/**
 * A cover letter's date over the document it issues (chrome-signature.ts coverLetterDate; docs/structure-format.md,
 * "A 印发 notice's date and a closed distribution row", seventeenth wave): the lone date line between the letter's last
 * sentence (or its signature) and the issued document's title is the notice's date, no line of its text. Inputs made up.
 */
import { describe, expect, it } from "vitest";
import { structure } from "./rule-test-support";

const LETTER = ["关于印发《某市2026年社区食堂建设方案》的通知", "各有关单位：", "　　现将《某市2026年社区食堂建设方案》印发给你们，请认真组织实施。"];
const PLAN = [
  "某市2026年社区食堂建设方案",
  "　　为方便老年人就餐，制定本方案。",
  "　　一、扩大覆盖面。市民政局牵头，在老旧小区布点社区食堂。",
  "　　二、降低运营成本。市财政局对运营满一年的社区食堂给予补助。",
];
const removedOf = (lines: string[]) => (structure(lines.join("\n")).removed ?? []).map((r) => r.text);

describe("a cover letter's date over the document it issues", () => {
  it("after the letter's last sentence: removed, and the notice's date", () => {
    const lines = [...LETTER, "2026年3月16日", ...PLAN];
    expect(removedOf(lines)).toContain("2026年3月16日");
    expect(structure(lines.join("\n")).documents[0].date).toBe("2026-03-16");
  });
  it("under the letter's signature: removed too", () => {
    expect(removedOf([...LETTER, "某市民政局", "2026年3月16日", ...PLAN])).toContain("2026年3月16日");
  });
  it("a date heading an entry with prose under it stays", () => {
    const lines = [...LETTER, "2026年3月16日", "　　当天，调研组走访了三个社区食堂，听取老人意见。", ...PLAN.slice(1)];
    expect(removedOf(lines)).not.toContain("2026年3月16日");
  });
});
