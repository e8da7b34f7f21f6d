import { and, eq } from "drizzle-orm";
import { assignmentOf, draftProposal, marksForAssignment, PROPOSAL_BODY } from "./loop-test-support";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { assignments, replies } from "../../../db/loop.schema";
import { mailOutbox, notifications } from "../../../db/notifications.schema";
import { events } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { todayInBeijing } from "../platform/calendar";
import { acceptProposal, mergeProposal, reviewDecision } from "./proposal-review.server";
import { answerCosign, createProposal, getProposal, inviteCosigner, submitProposal } from "./proposals.server";
import { addHandlingNote, assignProposal, decideReassignment, overdueDays, requestReassignment, signAssignment } from "./handling.server";
import { closeAfterSilence, evaluateProposal } from "./handling-closing.server";
import { reviewReply, submitReply } from "./handling-replies.server";
import { sendCoOpinion } from "./co-handling.server";
import { departmentInbox } from "./handling-queries.server";
import { assignRecommendation, reportAdoption } from "./recommendation-handling.server";
import { departmentIdByName, domainError, seededUser } from "../../../tests/db-helpers";

describe("the proposal loop, end to end", () => {
  it("walks draft → joint → accepted → assigned → replied → 不满意 → re-handled → closed", async () => {
    const [member, member2, staff, mz, wj] = await Promise.all([seededUser("member"), seededUser("member2"), seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const p = await draftProposal(member);
    await inviteCosigner(member, p.id, "member2");
    expect((await domainError(submitProposal(member, p.id))).message).toBe("还有 1 位受邀委员未答复联名邀请，全部答复后才能提交");
    await answerCosign(member2, p.id, true);
    await submitProposal(member, p.id);
    const caseNo = await acceptProposal(staff, p.id, { isKey: true, supervisingLeader: "李副主席" });
    expect(caseNo).toMatch(/^2026-\d{4}$/);
    const accepted = (await getProposal(p.id))!;
    expect(accepted.state).toBe("accepted");
    expect(accepted.documentId).not.toBeNull();

    await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: await departmentIdByName("市民政局"), coDepartmentIds: [await departmentIdByName("市卫生健康委员会")] });
    const lead = await assignmentOf(p.id, await departmentIdByName("市民政局"));
    const co = await assignmentOf(p.id, await departmentIdByName("市卫生健康委员会"));
    expect(lead.role).toBe("lead");
    expect(co.deadline <= lead.deadline).toBe(true);

    // A department can neither see nor answer another's assignment.
    expect((await domainError(signAssignment(wj, lead.id))).code).toBe("not_found");
    expect((await domainError(submitReply(wj, lead.id, { kind: "formal", category: "A", body: "越权答复", consentToPublish: true, adoptions: await marksForAssignment(lead.id) }))).code).toBe("not_found");

    await signAssignment(wj, co.id);
    await sendCoOpinion(wj, co.id, "同意主办单位意见，配合做好医养结合。");
    expect((await domainError(submitReply(mz, lead.id, { kind: "formal", category: "B", body: "x", consentToPublish: true, adoptions: await marksForAssignment(lead.id) }))).message).toBe("该交办当前为“待签收”，不能答复（请先签收）");
    await signAssignment(mz, lead.id);
    await addHandlingNote(mz, lead.id, "meeting", "与提案人面商，听取意见。", "2026-04-01");
    const first = await submitReply(mz, lead.id, { kind: "formal", category: "B", body: "已列入明年计划。", consentToPublish: true, adoptions: await marksForAssignment(lead.id) });
    // Unpublished replies are not public yet; staff review first.
    expect((await getProposal(p.id))!.state).toBe("assigned");
    await reviewReply(staff, first.id, true, "");
    expect((await getProposal(p.id))!.state).toBe("replied");

    // The published reply is searchable at once (indexed in the same transaction).
    const { readSearchParams, search } = await import("../../../search/service");
    const params = readSearchParams(new URLSearchParams({ q: "列入明年计划" }));
    if (!params.ok) throw new Error(params.message);
    const found = await search(params.value, { offset: 0, limit: 20 });
    expect(JSON.stringify(found)).toContain(`/proposals/${caseNo}`);
    // …and listed in the disclosure catalogue of proposal replies (提案答复公开).
    const { catalogueEntries } = await import("../../../db/catalogues.schema");
    const listed = await db.select().from(catalogueEntries).where(eq(catalogueEntries.status, "published"));
    expect(listed.some((e) => e.title.includes(caseNo) && e.body.includes("已列入明年计划"))).toBe(true);
    await evaluateProposal(member, p.id, { attitude: "satisfied", result: "unsatisfied", comment: "希望加快进度" });
    expect((await getProposal(p.id))!.state).toBe("rehandling");
    expect((await assignmentOf(p.id, await departmentIdByName("市民政局"))).state).toBe("rehandling");

    const second = await submitReply(mz, lead.id, { kind: "formal", category: "A", body: "已建成 12 个综合体。", consentToPublish: true, adoptions: await marksForAssignment(lead.id) });
    await reviewReply(staff, second.id, true, "");
    await evaluateProposal(member, p.id, { attitude: "satisfied", result: "satisfied", comment: "" });
    const closed = (await getProposal(p.id))!;
    expect(closed.state).toBe("closed");

    const timeline = await db.select().from(events).where(and(eq(events.subjectType, "proposal"), eq(events.subjectId, String(p.id))));
    expect(timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "proposal.drafted",
        "proposal.cosigner_invited",
        "proposal.cosigned",
        "proposal.submitted",
        "proposal.accepted",
        "proposal.assigned",
        "assignment.co_opinion_sent",
        "assignment.signed",
        "reply.submitted",
        "reply.published",
        "proposal.replied",
        "proposal.evaluated",
        "proposal.rehandling",
        "proposal.closed",
      ]),
    );
    // Both proposers were told; mail went to the outbox for those with an address.
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, member2.id));
    expect(inbox.some((n) => n.subject.includes("答复已公开"))).toBe(true);
    expect(Array.isArray(await db.select().from(mailOutbox))).toBe(true);
  });

  it("refuses a formal reply without category and a second pending reply; staff can reject with a reason", async () => {
    const [member, staff, mz] = await Promise.all([seededUser("member"), seededUser("staff"), seededUser("dept-mz")]);
    const p = await draftProposal(member, "关于完善社区食堂的提案");
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await departmentIdByName("市民政局") });
    const a = await assignmentOf(p.id, await departmentIdByName("市民政局"));
    await signAssignment(mz, a.id);
    expect((await domainError(submitReply(mz, a.id, { kind: "formal", category: null, body: "x", consentToPublish: true, adoptions: await marksForAssignment(a.id) }))).field).toBe("category");
    const holding = await submitReply(mz, a.id, { kind: "holding", category: null, body: "阶段性进展", consentToPublish: true });
    expect((await domainError(submitReply(mz, a.id, { kind: "formal", category: "A", body: "y", consentToPublish: true, adoptions: await marksForAssignment(a.id) }))).message).toBe("已有答复在等待审核");
    expect((await domainError(reviewReply(staff, holding.id, false, ""))).field).toBe("note");
    await reviewReply(staff, holding.id, false, "请补充具体数据");
    const [r] = await db.select().from(replies).where(eq(replies.id, holding.id));
    expect(r.state).toBe("rejected");
    expect(r.reviewNote).toBe("请补充具体数据");
  });

  it("handles re-assignment requests and lists the department inbox", async () => {
    const [member, staff, wj] = await Promise.all([seededUser("member"), seededUser("staff"), seededUser("dept-wj")]);
    const p = await draftProposal(member, "关于家庭医生签约的提案");
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await departmentIdByName("市卫生健康委员会") });
    const a = await assignmentOf(p.id, await departmentIdByName("市卫生健康委员会"));
    const inbox = await departmentInbox(await departmentIdByName("市卫生健康委员会"));
    expect(inbox.find((x) => x.id === a.id)?.bucket).toBe("new");
    expect((await domainError(requestReassignment(wj, a.id, " "))).field).toBe("reason");
    await requestReassignment(wj, a.id, "该事项由医保部门主管");
    await decideReassignment(staff, a.id, true, "同意调整");
    expect((await getProposal(p.id))!.state).toBe("accepted");
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await departmentIdByName("市医疗保障局") });
    expect((await getProposal(p.id))!.state).toBe("assigned");
  });

  it("merges a proposal into an accepted case, returns, rejects and converts with reasons", async () => {
    const [member, member2, staff] = await Promise.all([seededUser("member"), seededUser("member2"), seededUser("staff")]);
    const main = await draftProposal(member, "主案");
    await submitProposal(member, main.id);
    const caseNo = await acceptProposal(staff, main.id, { isKey: false, supervisingLeader: null });
    const dup = await draftProposal(member2, "相似提案");
    await submitProposal(member2, dup.id);
    await mergeProposal(staff, dup.id, caseNo);
    expect((await getProposal(dup.id))!.mergedIntoId).toBe(main.id);
    for (const decision of ["return", "reject", "convert"] as const) {
      const x = await draftProposal(member, `待审 ${decision}`);
      await submitProposal(member, x.id);
      expect((await domainError(reviewDecision(staff, x.id, decision, ""))).field).toBe("reason");
      await reviewDecision(staff, x.id, decision, "理由说明");
      expect((await getProposal(x.id))!.state).toBe({ return: "draft", reject: "not_accepted", convert: "converted" }[decision]);
    }
  });

  it("closes after the silence period only", async () => {
    const [member, staff, mz] = await Promise.all([seededUser("member"), seededUser("staff"), seededUser("dept-mz")]);
    const p = await draftProposal(member, "关于沉默期的提案");
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await departmentIdByName("市民政局") });
    const a = await assignmentOf(p.id, await departmentIdByName("市民政局"));
    await signAssignment(mz, a.id);
    const r = await submitReply(mz, a.id, { kind: "formal", category: "C", body: "暂不具备条件", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, r.id, true, "");
    expect((await domainError(closeAfterSilence(staff, p.id))).message).toMatch(/天内提案人未评价才能直接办结/);
    // 更正: a correction of the published reply; the original stays published beside it.
    const fix = await submitReply(mz, a.id, { kind: "formal", category: "C", body: "暂不具备条件（更正：已补充理由）", consentToPublish: true, correctsId: r.id, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, fix.id, true, "");
    const all = await db.select().from(replies).where(eq(replies.assignmentId, a.id));
    expect(all.map((x) => x.state)).toEqual(["published", "published"]);
    expect(all[1].correctsId).toBe(r.id);
    expect((await getProposal(p.id))!.state).toBe("replied");
    await closeAfterSilence(staff, p.id, new Date(Date.now() + 31 * 86_400_000));
    expect((await getProposal(p.id))!.state).toBe("closed");
  });

  it("numbers cases without gaps under concurrent acceptance, and one of two racing decisions wins", async () => {
    const [member, staff] = await Promise.all([seededUser("member"), seededUser("staff")]);
    const drafts = [];
    for (let i = 0; i < 8; i++) {
      const d = await createProposal(member, { title: `并发 ${i}`, body: PROPOSAL_BODY, kind: "member_proposal", year: 2031, onBehalfOfOrganisation: false });
      await submitProposal(member, d.id);
      drafts.push(d);
    }
    const numbers = await Promise.all(drafts.map((d) => acceptProposal(staff, d.id, { isKey: false, supervisingLeader: null })));
    expect(numbers.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `2031-${String(i + 1).padStart(4, "0")}`));

    const race = await draftProposal(member, "竞争");
    await submitProposal(member, race.id);
    const results = await Promise.allSettled([
      acceptProposal(staff, race.id, { isKey: false, supervisingLeader: null }),
      reviewDecision(staff, race.id, "reject", "重复"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(DomainError);
    expect((lost.reason as DomainError).code).toBe("conflict");
  });

  it("assigns research-report recommendations one by one and records adoption and progress", async () => {
    const [staff, mz, wj] = await Promise.all([seededUser("staff"), seededUser("dept-mz"), seededUser("dept-wj")]);
    const { documents, recommendations } = await import("../../../db/documents.schema");
    const [report] = await db.select().from(documents).where(eq(documents.kind, "research_report")).limit(1);
    const [leaf] = await db.select().from(recommendations).where(and(eq(recommendations.documentId, report.id), eq(recommendations.isLeaf, true))).limit(1);
    const a = await assignRecommendation(staff, leaf.id, await departmentIdByName("市民政局"), null);
    expect(a.deadline > todayInBeijing()).toBe(true);
    expect((await domainError(assignRecommendation(staff, leaf.id, await departmentIdByName("市民政局"), null))).message).toBe("该单位已在办理这条建议");
    expect((await domainError(reportAdoption(wj, a.id, { adoption: "adopted", reason: "", progress: 10 }))).code).toBe("not_found");
    expect((await domainError(reportAdoption(mz, a.id, { adoption: "partly", reason: "", progress: 10 }))).field).toBe("reason");
    expect((await domainError(reportAdoption(mz, a.id, { adoption: "adopted", reason: "", progress: 120 }))).field).toBe("progress");
    await reportAdoption(mz, a.id, { adoption: "partly", reason: "资金分年安排", progress: 40 });
    let [row] = await db.select().from(assignments).where(eq(assignments.id, a.id));
    expect(row).toMatchObject({ adoption: "partly", progress: 40, state: "signed" });
    await reportAdoption(mz, a.id, { adoption: "adopted", reason: "", progress: 100 });
    [row] = await db.select().from(assignments).where(eq(assignments.id, a.id));
    expect(row.state).toBe("replied");
    const p = await draftProposal(await seededUser("member"), "提案不能逐条交办");
    expect(p.id).toBeGreaterThan(0);
  });

  it("keeps attachments checked by content and visible only to those who may read the proposal", async () => {
    const [member, member2, staff] = await Promise.all([seededUser("member"), seededUser("member2"), seededUser("staff")]);
    const { addAttachment, readableAttachment, removeAttachment } = await import("./proposal-attachments.server");
    const p = await draftProposal(member, "带附件的提案");
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    const a = await addAttachment(member, p.id, pdf, "../../etc/调研数据.pdf");
    expect(a.fileName).toBe("调研数据.pdf");
    expect(a.mimeType).toBe("application/pdf");
    expect((await domainError(addAttachment(member, p.id, new TextEncoder().encode("<html><script>x</script>"), "x.pdf"))).field).toBe("file");
    expect((await domainError(addAttachment(member2, p.id, pdf, "y.pdf"))).code).toBe("forbidden");
    expect(await readableAttachment(member2, a.id)).toBeNull();
    expect(await readableAttachment(staff, a.id)).toBeNull();
    expect(await readableAttachment(null, a.id)).toBeNull();
    await submitProposal(member, p.id);
    expect((await readableAttachment(staff, a.id))?.id).toBe(a.id);
    expect((await domainError(removeAttachment(member, a.id))).code).toBe("conflict");
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    expect((await readableAttachment(null, a.id))?.id).toBe(a.id);
  });

  it("flags overdue assignments by days late", () => {
    expect(overdueDays({ state: "signed", deadline: "2026-03-01" }, "2026-03-04")).toBe(3);
    expect(overdueDays({ state: "replied", deadline: "2026-03-01" }, "2026-03-04")).toBe(0);
    expect(overdueDays({ state: "assigned", deadline: "2026-03-05" }, "2026-03-04")).toBe(0);
  });
});

// Every action × every state × every kind of actor: what the rules allow happens,
// what they refuse is refused with the rule's message and changes nothing.
