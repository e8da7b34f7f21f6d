// The member and party (党派团体) workbenches' lists of proposals show 采纳情况 as the proposal pages do: the
// marks of published replies, counted per department, a correction's in place of the
// reply it corrects, nothing before staff publish the reply.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { assignments } from "../db/loop.schema";
import { departments, users } from "../db/schema";
import { createSession } from "../app/auth/session.server";
import { getUserById } from "../app/models/directory/users.server";
import { reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { marksFor } from "../app/models/loop/loop-test-support";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { adoptionSummaries } from "../app/models/loop/recommendation-adoptions.server";
import { createProposal, submitProposal } from "../app/models/loop/proposals.server";

const user = async (username: string) => (await getUserById((await db.select().from(users).where(eq(users.username, username)))[0].id))!;
const BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，建设社区养老服务综合体。\n\n## 二、加强护理人才培养\n\n建议市民政局将养老护理员纳入培训计划。";

interface Row {
  id: number;
  adoptions: { departmentName: string; counts: Record<string, number> }[];
}

async function workbench(username: string, page: "member" | "organisation" = "member"): Promise<Row[]> {
  const { loader } = page === "member" ? await import("../app/routes/member._index") : await import("../app/routes/organisation._index");
  const cookie = (await createSession(new Request("http://localhost/"), (await user(username)).id)).split(";")[0];
  const res = (await loader({ request: new Request(`http://localhost/${page}`, { headers: { Cookie: cookie } }), params: {}, context: { ip: "127.0.0.1", cspNonce: "" } })) as Response;
  return ((await res.json()) as { proposals: Row[] }).proposals;
}

describe("the member workbench's own proposals", () => {
  it("show the adoption marks of published replies, per department", async () => {
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const p = await createProposal(member, { title: "关于工作台采纳情况的提案", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const [mzDept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: mzDept.id });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const marks = await marksFor(p.id);
    expect(marks).toHaveLength(2);
    marks[1] = { ...marks[1], adoption: "reference", reason: "列入明年计划研究" };
    const reply = await submitReply(mz, a.id, { kind: "formal", category: "B", body: "已研究办理。", consentToPublish: true, adoptions: marks });
    const row = async () => (await workbench("member")).find((r) => r.id === p.id)!;
    // Waiting for staff's review: not public, not shown.
    expect((await row()).adoptions).toEqual([]);
    await reviewReply(staff, reply.id, true, "");
    expect((await row()).adoptions).toEqual([{ departmentName: "市民政局", counts: { adopted: 1, reference: 1 } }]);
    // A published correction with new marks takes the place of the reply it corrects.
    const correction = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "更正：两条均已采纳。", consentToPublish: true, correctsId: reply.id, adoptions: await marksFor(p.id) });
    await reviewReply(staff, correction.id, true, "");
    expect((await row()).adoptions).toEqual([{ departmentName: "市民政局", counts: { adopted: 2 } }]);
    // The list's statement joins the counts (no statement of their own): the same as counting by ids,
    // and only on the proposal that has them.
    const list = await workbench("member");
    expect((await adoptionSummaries([p.id])).get(p.id)).toEqual(list.find((r) => r.id === p.id)!.adoptions);
    expect(list.filter((r) => r.adoptions.length).map((r) => r.id)).toEqual([p.id]);
  });

  it("are the same on the party liaison's workbench (党派团体工作台) as on their member workbench", async () => {
    const [liaison, staff, mz] = await Promise.all([user("org-minmeng"), user("staff"), user("dept-mz")]);
    const p = await createProposal(liaison, { title: "关于党派工作台采纳情况的集体提案", body: BODY, kind: "party_proposal", year: 2026, onBehalfOfOrganisation: true });
    await submitProposal(liaison, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const [mzDept] = await db.select().from(departments).where(eq(departments.name, "市民政局"));
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: mzDept.id });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const reply = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "已采纳。", consentToPublish: true, adoptions: await marksFor(p.id) });
    await reviewReply(staff, reply.id, true, "");
    const party = (await workbench("org-minmeng", "organisation")).find((r) => r.id === p.id)!;
    expect(party.adoptions).toEqual([{ departmentName: "市民政局", counts: { adopted: 2 } }]);
    expect((await workbench("org-minmeng")).find((r) => r.id === p.id)!.adoptions).toEqual(party.adoptions);
  });
});
