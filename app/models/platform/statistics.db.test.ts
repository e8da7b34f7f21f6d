import { and, eq } from "drizzle-orm";
import { marksForAssignment } from "../loop/loop-test-support";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { assignments } from "../../../db/loop.schema";
import { departments, users } from "../../../db/schema";
import { getUserById } from "../directory/users.server";
import { acceptProposal } from "../loop/proposal-review.server";
import { createProposal, submitProposal } from "../loop/proposals.server";
import { assignProposal, signAssignment } from "../loop/handling.server";
import { evaluateProposal } from "../loop/handling-closing.server";
import { reviewReply, submitReply } from "../loop/handling-replies.server";
import { loopStatistics, toCsv } from "./statistics.server";

const user = async (name: string) => (await getUserById((await db.select().from(users).where(eq(users.username, name)))[0].id))!;

describe("statistics", () => {
  it("computes reply, on-time and satisfaction rates and category shares from the loop", async () => {
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const [mzId] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "市民政局"));
    const ids: number[] = [];
    for (const title of ["统计一", "统计二"]) {
      const p = await createProposal(member, { title, body: "## 一、建议\n\n正文。", kind: "member_proposal", year: 2029, onBehalfOfOrganisation: false });
      await submitProposal(member, p.id);
      await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
      await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: mzId.id });
      ids.push(p.id);
    }
    const [a] = await db.select().from(assignments).where(and(eq(assignments.proposalId, ids[0]), eq(assignments.departmentId, mzId.id)));
    await signAssignment(mz, a.id);
    const r = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "已解决", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, r.id, true, "");
    await evaluateProposal(member, ids[0], { attitude: "satisfied", result: "basically_satisfied", comment: "" });

    const stats = await loopStatistics(2029);
    expect(stats.totals).toEqual({ accepted: 2, replied: 1, closed: 1 });
    expect(stats.replyRate).toBe(50);
    expect(stats.onTimeRate).toBe(100);
    expect(stats.satisfactionRate).toBe(100);
    expect(stats.categories).toEqual([{ category: "A", n: 1 }]);
    expect(stats.overdue.find((d) => d.name === "市民政局")?.open).toBeGreaterThanOrEqual(1);
    expect(stats.trend).toHaveLength(12);
  });

  it("writes CSV that spreadsheets read safely", () => {
    const csv = toCsv(["单位", "说明"], [["市民政局", '含"引号",逗号'], ["=HYPERLINK(1)", null]]);
    expect(csv.startsWith("\uFEFF单位,说明\r\n")).toBe(true);
    expect(csv).toContain('市民政局,"含""引号"",逗号"');
    expect(csv).toContain("'=HYPERLINK(1),");
  });
});
