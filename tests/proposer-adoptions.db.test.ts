// DESIGN.md: once answered, each recommendation shows its adoption (已采纳/部分采纳/
// 留作参考/不采纳). The member who proposed it reads the marks on their own
// proposal page (and the public on the proposal's page), beside the reply that made them.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { assignments } from "../db/loop.schema";
import { departments } from "../db/schema";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { marksFor } from "../app/models/loop/loop-test-support";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";
import { userNamed } from "./fuzz/fixtures";
import { call } from "./security/call";

interface ReplyView {
  kind: string;
  state: string;
  adoptions: { title: string; adoption: string; reason: string }[];
}

describe("adoption marks on the proposal's pages", () => {
  it("are shown to the proposer with the published reply, and publicly, never before publication", async () => {
    const [member, staff, mz] = await Promise.all([userNamed("member"), userNamed("staff"), userNamed("dept-mz")]);
    const p = await createProposal(member, {
      title: "关于采纳情况告知提案人的提案",
      body: "## 一、建设社区食堂\n\n由市民政局牵头建设社区食堂。\n\n## 二、完善助餐补贴\n\n由市民政局完善助餐补贴。",
      kind: "member_proposal",
      year: 2026,
      onBehalfOfOrganisation: false,
    });
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const [dept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: dept.id });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const marks = await marksFor(p.id, "partly", "资金分年度安排");
    expect(marks.length).toBe(2);
    const reply = await submitReply(mz, a.id, { kind: "formal", category: "B", body: "已列入年度计划。", consentToPublish: true, adoptions: marks });
    const own = async () =>
      (await (await call("member.proposals.$proposalId.tsx", "loader", `/member/proposals/${p.id}`, { role: "member", params: { proposalId: String(p.id) } })).json()) as { replies: ReplyView[] };
    // Waiting for review: the proposer sees no reply yet, so no marks.
    expect((await own()).replies).toEqual([]);
    await reviewReply(staff, reply.id, true, "");
    const [mine] = (await own()).replies;
    expect(mine.adoptions).toEqual([
      { title: expect.stringContaining("社区食堂"), adoption: "partly", reason: "资金分年度安排" },
      { title: expect.stringContaining("助餐补贴"), adoption: "partly", reason: "资金分年度安排" },
    ]);
    const pub = (await (await call("proposals.$caseNo.tsx", "loader", `/proposals/${caseNo}`, { params: { caseNo } })).json()) as { replies: ReplyView[] };
    expect(pub.replies[0].adoptions).toEqual(mine.adoptions);
  });
});
