// Issue 13: co-handlers heard before the lead's formal reply, adoption marked per
// recommendation, reports assigned in one transaction, and the two kinds of
// assignment kept apart (404 with where to go, 409 for the wrong moment).
import { and, eq, inArray, isNull, notExists } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { documents, recommendations } from "../../../db/documents.schema";
import { assignments, proposals } from "../../../db/loop.schema";
import { notifications } from "../../../db/notifications.schema";
import { events } from "../../../db/schema";
import { sendCoOpinion, waiveCoOpinion } from "./co-handling.server";
import { addHandlingNote, assignProposal, signAssignment } from "./handling.server";
import { reviewReply, submitReply } from "./handling-replies.server";
import { marksFor, PROPOSAL_BODY } from "./loop-test-support";
import { acceptProposal } from "./proposal-review.server";
import { createProposal, submitProposal } from "./proposals.server";
import { assignReport, reportAdoption } from "./recommendation-handling.server";
import { handlingOfRecommendations } from "./recommendation-status.server";
import { departmentIdByName, domainError, seededUser } from "../../../tests/db-helpers";


async function jointCase(title: string) {
  const [member, staff] = await Promise.all([seededUser("member"), seededUser("staff")]);
  const p = await createProposal(member, { title, body: PROPOSAL_BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
  await submitProposal(member, p.id);
  await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
  const [mzId, wjId] = [await departmentIdByName("市民政局"), await departmentIdByName("市卫生健康委员会")];
  await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: mzId, coDepartmentIds: [wjId] });
  const rows = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
  return { p, lead: rows.find((r) => r.role === "lead")!, co: rows.find((r) => r.role === "co")! };
}

// Generous timeouts: each test walks a whole case, and the machine is shared.
describe("会办: co-handlers heard before the answer", { timeout: 180_000 }, () => {
  it("holds the lead's formal reply until the co-handler's opinion, then marks each recommendation", async () => {
    const [staff, mz, wj] = await Promise.all([seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const { p, lead, co } = await jointCase("关于会办意见的提案");
    expect(co.deadline <= lead.deadline).toBe(true);
    await signAssignment(mz, lead.id);
    const marks = await marksFor(p.id);
    expect(marks.length).toBe(2);
    expect((await domainError(submitReply(mz, lead.id, { kind: "formal", category: "A", body: "答复", consentToPublish: true, adoptions: marks }))).message).toMatch(/会办单位（市卫生健康委员会）尚未提交会办意见/);
    // A holding reply is not held up.
    const holding = await submitReply(mz, lead.id, { kind: "holding", category: null, body: "正在办理", consentToPublish: true });
    await reviewReply(staff, holding.id, true, "");
    // The co-handler signs before its opinion; it cannot send a formal reply.
    expect((await domainError(sendCoOpinion(wj, co.id, "意见"))).message).toBe("该交办当前为“待签收”，不能提交会办意见（请先签收）");
    await signAssignment(wj, co.id);
    expect((await domainError(submitReply(wj, co.id, { kind: "formal", category: "A", body: "x", consentToPublish: true, adoptions: marks }))).code).toBe("conflict");
    await sendCoOpinion(wj, co.id, "同意，配合做好医养结合。");
    // Every recommendation marked, with a reason unless adopted.
    expect((await domainError(submitReply(mz, lead.id, { kind: "formal", category: "A", body: "答复", consentToPublish: true, adoptions: marks.slice(1) }))).field).toBe("adoptions");
    const partly = await marksFor(p.id, "partly", "");
    expect((await domainError(submitReply(mz, lead.id, { kind: "formal", category: "A", body: "答复", consentToPublish: true, adoptions: partly }))).field).toMatch(/^reason-/);
    const r = await submitReply(mz, lead.id, { kind: "formal", category: "A", body: "已办理", consentToPublish: true, adoptions: [{ ...marks[0] }, { ...marks[1], adoption: "reference", reason: "留作明年参考" }] });
    await reviewReply(staff, r.id, true, "");
    expect((await db.select().from(proposals).where(eq(proposals.id, p.id)))[0].state).toBe("replied");
    const [doc] = await db.select({ documentId: proposals.documentId }).from(proposals).where(eq(proposals.id, p.id));
    const handling = await handlingOfRecommendations(doc.documentId!, marks.map((m) => m.recommendationId));
    expect(handling.get(marks[0].recommendationId)!.adoptions).toEqual([{ departmentName: "市民政局", adoption: "adopted", reason: "" }]);
    expect(handling.get(marks[1].recommendationId)!.adoptions[0]).toMatchObject({ adoption: "reference", reason: "留作明年参考" });
    expect(handling.get(marks[1].recommendationId)!.proposal!.departments.map((d) => d.role)).toEqual(["lead", "co"]);
  });

  it("lets staff waive a missing opinion with a reason, and writes an event", async () => {
    const [staff, mz, wj] = await Promise.all([seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const { p, lead, co } = await jointCase("关于免除会办意见的提案");
    expect((await domainError(waiveCoOpinion(wj, co.id, "理由"))).code).toBe("forbidden");
    expect((await domainError(waiveCoOpinion(staff, co.id, " "))).field).toBe("reason");
    expect((await domainError(waiveCoOpinion(staff, lead.id, "理由"))).code).toBe("conflict");
    await waiveCoOpinion(staff, co.id, "会办单位机构调整，意见并入主办");
    const [waived] = await db.select().from(assignments).where(eq(assignments.id, co.id));
    expect(waived).toMatchObject({ state: "closed", opinionWaiverReason: "会办单位机构调整，意见并入主办" });
    const logged = await db.select().from(events).where(and(eq(events.subjectId, String(p.id)), eq(events.action, "assignment.opinion_waived")));
    expect(logged).toHaveLength(1);
    await signAssignment(mz, lead.id);
    const r = await submitReply(mz, lead.id, { kind: "formal", category: "B", body: "已办理", consentToPublish: true, adoptions: await marksFor(p.id) });
    await reviewReply(staff, r.id, true, "");
    expect((await db.select().from(proposals).where(eq(proposals.id, p.id)))[0].state).toBe("replied");
  });
});

describe("kinds kept apart, reports assigned in one go", { timeout: 180_000 }, () => {
  it("assigns a report's recommendations in one transaction, all rows or none", async () => {
    const [staff, mz, wj] = await Promise.all([seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const [mzId, wjId] = [await departmentIdByName("市民政局"), await departmentIdByName("市卫生健康委员会")];
    const [report] = await db.select().from(documents).where(and(eq(documents.kind, "research_report"), eq(documents.status, "published"))).limit(1);
    const nodes = await db.select().from(recommendations).where(eq(recommendations.documentId, report.id));
    const recs = nodes.filter((n) => n.kind === "recommendation" && n.removedInVersion === null).slice(0, 2);
    const heading = nodes.find((n) => n.kind !== "recommendation")!;
    expect(recs).toHaveLength(2);
    // A heading in the rows: nothing is assigned.
    const bad = await domainError(
      assignReport(staff, report.id, { rows: [{ recommendationId: recs[0].id, leadDepartmentId: mzId, coDepartmentIds: [] }, { recommendationId: heading.id, leadDepartmentId: mzId, coDepartmentIds: [] }] }),
    );
    expect(bad.code).toBe("conflict");
    expect(await db.select().from(assignments).where(inArray(assignments.recommendationId, [recs[0].id, heading.id]))).toHaveLength(0);
    expect((await domainError(assignReport(mz, report.id, { rows: [{ recommendationId: recs[0].id, leadDepartmentId: mzId, coDepartmentIds: [] }] }))).code).toBe("forbidden");
    const rows = await assignReport(staff, report.id, {
      deadline: null,
      rows: [
        { recommendationId: recs[0].id, leadDepartmentId: mzId, coDepartmentIds: [wjId] },
        { recommendationId: recs[1].id, leadDepartmentId: wjId, coDepartmentIds: [] },
      ],
    });
    expect(rows.map((r) => r.role).sort()).toEqual(["co", "lead", "sole"]);
    const leadRow = rows.find((r) => r.role === "lead")!;

    // The wrong kind is a 404 that says where it is handled, never a silent row.
    const wrong = await domainError(submitReply(mz, leadRow.id, { kind: "formal", category: "A", body: "x", consentToPublish: true }));
    expect(wrong.code).toBe("not_found");
    expect(wrong.message).toContain(`/department/recommendations/${leadRow.id}`);
    expect((await domainError(addHandlingNote(mz, leadRow.id, "progress", "x", null))).code).toBe("not_found");
    expect((await domainError(sendCoOpinion(wj, rows.find((r) => r.role === "co")!.id, "x"))).code).toBe("not_found");
    const { lead } = await jointCase("关于交办种类的提案");
    expect((await domainError(reportAdoption(mz, lead.id, { adoption: "adopted", reason: "", progress: 10 }))).message).toContain(`/department/assignments/${lead.id}`);

    // Adoption and progress show per recommendation.
    await signAssignment(mz, leadRow.id, "recommendation");
    await reportAdoption(mz, leadRow.id, { adoption: "partly", reason: "分年实施", progress: 40 });
    const handling = await handlingOfRecommendations(report.id, [recs[0].id]);
    expect(handling.get(recs[0].id)!.departments.map((d) => [d.departmentName, d.role, d.adoption, d.progress])).toEqual([
      ["市民政局", "lead", "partly", 40],
      ["市卫生健康委员会", "co", null, null],
    ]);
  });
});

describe("a report's 新交办调研报告建议 notice", () => {
  it("is read for the department once it has signed (or reported on) every recommendation of that report it was sent", async () => {
    const [staff, mz, wj] = await Promise.all([seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const mzId = await departmentIdByName("市民政局");
    const reports = await db.select().from(documents).where(and(eq(documents.kind, "research_report"), eq(documents.status, "published"))).limit(2);
    const free = async (documentId: number) =>
      db
        .select({ id: recommendations.id })
        .from(recommendations)
        .where(and(eq(recommendations.documentId, documentId), eq(recommendations.kind, "recommendation"), isNull(recommendations.removedInVersion), notExists(db.select().from(assignments).where(eq(assignments.recommendationId, recommendations.id)))));
    const [first, second] = [await free(reports[0].id), await free(reports[1].id)];
    const unread = async (u: { id: string }) =>
      (await db.select().from(notifications).where(and(eq(notifications.userId, u.id), isNull(notifications.readAt)))).filter((n) => n.subject.startsWith("新交办调研报告建议")).length;
    const row = (recommendationId: number) => ({ recommendationId, leadDepartmentId: mzId, coDepartmentIds: [] });
    const [mzBefore, wjBefore] = [await unread(mz), await unread(wj)];
    const [a0, a1] = await assignReport(staff, reports[0].id, { rows: [row(first[0].id), row(first[1].id), { ...row(first[2].id), leadDepartmentId: await departmentIdByName("市卫生健康委员会") }] });
    const [b0] = await assignReport(staff, reports[1].id, { rows: [row(second[0].id)] });
    expect(await unread(mz)).toBe(mzBefore + 2);
    // One of the two signed: the first report's notice still asks for the other.
    await signAssignment(mz, a0.id, "recommendation");
    expect(await unread(mz)).toBe(mzBefore + 2);
    // Adoption reported straight away also answers it; the other report's notice stays.
    await reportAdoption(mz, a1.id, { adoption: "adopted", reason: "", progress: 20 });
    expect(await unread(mz)).toBe(mzBefore + 1);
    await signAssignment(mz, b0.id, "recommendation");
    expect(await unread(mz)).toBe(mzBefore);
    // Another department sent the same report has not signed: its notice still asks.
    expect(await unread(wj)).toBe(wjBefore + 1);
  });
});
