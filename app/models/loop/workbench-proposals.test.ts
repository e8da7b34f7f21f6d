import { describe, expect, it } from "vitest";
import { RECENT_FINISHED, workbenchShare } from "./workbench-proposals";

describe("workbenchShare", () => {
  it("lists every unfinished proposal and only the newest finished ones, in order", () => {
    const states = ["draft", "closed", "assigned", "closed", "withdrawn", "replied", "closed", "closed", "closed", "rehandling", "closed"] as const;
    const proposals = states.map((state, id) => ({ id, state }));
    const { shown, finishedLeftOut } = workbenchShare(proposals);
    expect(shown.map((p) => p.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9]);
    expect(shown.filter((p) => p.state === "closed" || p.state === "withdrawn")).toHaveLength(RECENT_FINISHED);
    expect(finishedLeftOut).toBe(2);
    expect(shown.length + finishedLeftOut).toBe(proposals.length);
  });

  it("leaves a short list alone", () => {
    const proposals = [{ state: "closed" as const }, { state: "draft" as const }];
    expect(workbenchShare(proposals)).toEqual({ shown: proposals, finishedLeftOut: 0 });
  });
});
