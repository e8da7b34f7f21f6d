// A co-handler (会办) that has sent its opinion is in state `replied`; the public proposal page
// said "市民政局 会办 已答复" while the proposal had no reply (newcomer check, 2026-12-03).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AssignmentBadge } from "./badges";

describe("AssignmentBadge", () => {
  it("says a co-handler sent its opinion, not that it replied", () => {
    expect(renderToStaticMarkup(<AssignmentBadge state="replied" role="co" />)).toContain("已送会办意见");
    expect(renderToStaticMarkup(<AssignmentBadge state="replied" role="co" />)).not.toContain("已答复");
  });
  it("keeps 已答复 for the department that answers, and every other state as it is", () => {
    expect(renderToStaticMarkup(<AssignmentBadge state="replied" role="lead" />)).toContain("已答复");
    expect(renderToStaticMarkup(<AssignmentBadge state="replied" />)).toContain("已答复");
    expect(renderToStaticMarkup(<AssignmentBadge state="signed" role="co" />)).toContain("办理中");
  });
});
