// 待办 counts move as the loop moves: one proposal walked through
// draft → co-sign → submit → accept → assign (lead + co) → sign → co-opinion →
// reply → publish → evaluate, checking every role's counts (as deltas from the
// seeded start) and that the header badge (readSession) agrees at each step.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { assignments } from "../../../db/loop.schema";
import { notifications } from "../../../db/notifications.schema";
import { departments, organisations, users } from "../../../db/schema";
import { createSession, readSession } from "../../auth/session.server";
import { DomainError } from "../../utils/errors";
import { getUserById, type AppUser } from "../directory/users.server";
import { addWorkingDays, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { sendCoOpinion } from "../loop/co-handling.server";
import { evaluateProposal } from "../loop/handling-closing.server";
import { reviewReply, submitReply } from "../loop/handling-replies.server";
import { assignProposal, signAssignment } from "../loop/handling.server";
import { marksForAssignment } from "../loop/loop-test-support";
import { acceptProposal } from "../loop/proposal-review.server";
import { answerCosign, createProposal, inviteCosigner, submitProposal } from "../loop/proposals.server";
import { listOrganisationProposals } from "./organisation-proposals.server";
import { todoCounts, totalOf, type TodoCounts } from "./todos.server";
import { TODOS_TOKEN, UNREAD_TOKEN } from "../../utils/shared-pages.server";

const user = async (username: string): Promise<AppUser> => {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return (await getUserById(row.id))!;
};
const dept = async (name: string) => (await db.select().from(departments).where(eq(departments.name, name)))[0].id;
const BODY = "## 一、完善社区养老服务\n\n由市民政局牵头，市卫健委配合，建设社区养老服务综合体。";

/** What the session statement reads, the way every signed-in request reads it: the badge's count and its breakdown. */
async function sessionTodos(u: AppUser) {
  const cookie = (await createSession(new Request("http://localhost/"), u.id)).split(";")[0];
  const { user: read } = await readSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
  return { total: read!.todos, counts: read!.todoCounts };
}
const badge = async (u: AppUser) => (await sessionTodos(u)).total;

type Flat = Record<string, number>;
const flat = (c: TodoCounts): Flat =>
  Object.fromEntries(Object.entries(c).flatMap(([role, counts]) => (counts ? Object.entries(counts).map(([k, v]) => [`${role}.${k}`, v as number]) : [])));

describe("to-do counts follow the proposal loop", () => {
  it("moves every role's count at each step, and the header badge agrees", async () => {
    const [member, member2, staff, mz, wj] = await Promise.all([user("member"), user("member2"), user("staff"), user("dept-mz"), user("dept-wj")]);
    const who = { member, member2, staff, mz, wj };
    const start: Record<string, Flat> = {};
    for (const [k, u] of Object.entries(who)) start[k] = flat(await todoCounts(u));
    /** Every role's counts now, minus the start: only what this walk changed. */
    const moved = async () => {
      const out: Record<string, Flat> = {};
      for (const [k, u] of Object.entries(who)) {
        const counts = await todoCounts(u);
        const now = flat(counts);
        const diff = Object.fromEntries(Object.entries(now).map(([key, v]) => [key, v - start[k][key]]).filter(([, v]) => v !== 0));
        if (Object.keys(diff).length) out[k] = diff;
        // The session's columns (what the badge and the workbench show) agree with counting on their own.
        const read = await sessionTodos(u);
        expect(read.total, `${k}'s badge`).toBe(totalOf(counts));
        expect(read.counts, `${k}'s counts in the session`).toEqual(counts);
      }
      return out;
    };

    const p = await createProposal(member, { title: "关于待办计数的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    await inviteCosigner(member, p.id, "member2");
    expect(await moved()).toEqual({ member2: { "member.cosign": 1 } });
    await answerCosign(member2, p.id, true);
    expect(await moved()).toEqual({});

    await submitProposal(member, p.id);
    expect(await moved()).toEqual({ staff: { "staff.review": 1 } });
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    // Accepted, not yet assigned: staff's 待交办.
    expect(await moved()).toEqual({ staff: { "staff.assign": 1 } });

    const wjBadge = await badge(wj);
    const overrides = await loadOverrides();
    const soon = addWorkingDays(todayInBeijing(), 3, overrides);
    await assignProposal(staff, p.id, { mode: "lead_co", leadDepartmentId: await dept("市民政局"), coDepartmentIds: [await dept("市卫生健康委员会")], deadline: soon });
    // Each assignment waits to be signed (the 新交办 bucket, whatever its deadline): one to-do
    // each — the new co-handling is not counted again as an opinion to send until it is signed.
    expect(await moved()).toEqual({ mz: { "department.sign": 1 }, wj: { "department.sign": 1 } });
    expect(await badge(wj)).toBe(wjBadge + 1);

    const [lead] = await db.select().from(assignments).where(and(eq(assignments.proposalId, p.id), eq(assignments.role, "lead")));
    const [co] = await db.select().from(assignments).where(and(eq(assignments.proposalId, p.id), eq(assignments.role, "co")));
    await signAssignment(mz, lead.id);
    await signAssignment(wj, co.id);
    expect(await moved()).toEqual({ mz: { "department.dueSoon": 1 }, wj: { "department.dueSoon": 1, "department.coOpinions": 1 } });

    // Past its deadline the lead's assignment is overdue, for the department and for staff.
    await db.update(assignments).set({ deadline: "2020-01-02" }).where(eq(assignments.id, lead.id));
    expect(await moved()).toEqual({ staff: { "staff.overdue": 1 }, mz: { "department.overdue": 1 }, wj: { "department.dueSoon": 1, "department.coOpinions": 1 } });
    // An overdue co-handling is one to-do too: 逾期, not also 会办意见待送.
    await db.update(assignments).set({ deadline: "2020-01-02" }).where(eq(assignments.id, co.id));
    expect(await moved()).toEqual({ staff: { "staff.overdue": 2 }, mz: { "department.overdue": 1 }, wj: { "department.overdue": 1 } });
    expect(await badge(wj)).toBe(wjBadge + 1);
    await db.update(assignments).set({ deadline: soon }).where(eq(assignments.id, co.id));

    await sendCoOpinion(wj, co.id, "同意主办单位意见。");
    expect(await moved()).toEqual({ staff: { "staff.overdue": 1 }, mz: { "department.overdue": 1 } });

    const reply = await submitReply(mz, lead.id, { kind: "formal", category: "A", body: "已列入计划。", consentToPublish: true, adoptions: await marksForAssignment(lead.id) });
    expect(await moved()).toEqual({ staff: { "staff.overdue": 1, "staff.replies": 1 }, mz: { "department.overdue": 1 } });

    await reviewReply(staff, reply.id, true, "");
    // Replied: nothing is overdue any more; the author (not the co-signer) evaluates.
    expect(await moved()).toEqual({ member: { "member.evaluate": 1 } });

    await evaluateProposal(member, p.id, { attitude: "satisfied", result: "satisfied", comment: "" });
    expect(await moved()).toEqual({});
  });

  it("counts a party's replied proposals for its liaison, not for members of the party", async () => {
    const [liaison, member, staff, mz] = await Promise.all([user("org-minmeng"), user("member"), user("staff"), user("dept-mz")]);
    const before = { liaison: (await todoCounts(liaison)).member!.evaluate, member: (await todoCounts(member)).member!.evaluate };
    const p = await createProposal(liaison, { title: "民盟集体提案", body: BODY, kind: "party_proposal", year: 2026, onBehalfOfOrganisation: true });
    await submitProposal(liaison, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await dept("市民政局") });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const r = await submitReply(mz, a.id, { kind: "formal", category: "B", body: "正在推进。", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, r.id, true, "");
    expect((await todoCounts(liaison)).member!.evaluate).toBe(before.liaison + 1);
    expect((await todoCounts(member)).member!.evaluate).toBe(before.member);
    // Roles without a workbench count nothing.
    expect(await todoCounts(await user("citizen"))).toEqual({ staff: null, department: null, member: null });
    expect(await badge(await user("citizen"))).toBe(0);
  });
});

describe("what staff steer besides the proposal loop", () => {
  it("counts opinions awaiting moderation, leads awaiting triage and disclosure feedback awaiting review, as the badge does", async () => {
    const { openTopic, makeUser } = await import("../participation/participation-test-support");
    const { postOpinion, moderateOpinion } = await import("../participation/opinions.server");
    const { submitLead } = await import("../participation/leads.server");
    const { submitFeedback } = await import("../catalogues/catalogue-feedback.server");
    const { catalogueEntries } = await import("../../../db/catalogues.schema");
    const staff = await user("staff");
    const before = (await todoCounts(staff)).staff!;
    const badgeBefore = await badge(staff);
    const topic = await openTopic(staff);
    const citizen = await makeUser(["public"]);
    const o = await postOpinion(citizen, topic.id, { body: "建议在社区增设老年助餐点，方便行动不便的老人。" });
    await submitLead(citizen, { title: "路灯损坏", problem: "小区门口路灯坏了三个月无人修理。", suggestion: "建议明确路灯维修责任单位和时限。", place: "", consentPublic: false });
    const [entry] = await db.select().from(catalogueEntries).where(eq(catalogueEntries.status, "published")).limit(1);
    await submitFeedback(entry.id, { kind: "question", body: "请问这项支出的明细在哪里可以查到？" }, citizen);
    expect((await todoCounts(staff)).staff).toEqual({ ...before, opinions: before.opinions + 1, leads: before.leads + 1, feedback: before.feedback + 1 });
    expect(await badge(staff)).toBe(badgeBefore + 3);
    await moderateOpinion(staff, o.id, { decision: "approve" });
    expect((await todoCounts(staff)).staff!.opinions).toBe(before.opinions);
  });
});

/** The header's 消息 count, read the way every signed-in request reads it. */
async function unreadOf(u: AppUser) {
  const cookie = (await createSession(new Request("http://localhost/"), u.id)).split(";")[0];
  return (await readSession(new Request("http://localhost/", { headers: { Cookie: cookie } }))).user!.unread;
}

describe("the header's unread count (消息)", () => {
  it("drops the co-sign invitation once it is answered, and keeps other notices unread", async () => {
    const [member, member2] = await Promise.all([user("member"), user("member2")]);
    const unread = unreadOf;
    const [before, authorBefore] = [await unread(member2), await unread(member)];
    const p = await createProposal(member, { title: "关于邀请已答复的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    const q = await createProposal(member, { title: "另一件邀请联名的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    await inviteCosigner(member, p.id, "member2");
    await inviteCosigner(member, q.id, "member2");
    expect(await unread(member2)).toBe(before + 2);
    await answerCosign(member2, p.id, false);
    // The answered invitation is read; the other one still waits; the author hears of the answer.
    expect(await unread(member2)).toBe(before + 1);
    expect(await unread(member)).toBe(authorBefore + 1);
    const [settled] = await db.select().from(notifications).where(and(eq(notifications.userId, member2.id), eq(notifications.link, `/member/proposals/${p.id}`)));
    expect(settled.readAt).not.toBeNull();
  });

  it("drops a department's 请及时签收 notice once the assignment is signed", async () => {
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const p = await createProposal(member, { title: "关于签收后消息已读的提案", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    const before = await unreadOf(mz);
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await dept("市民政局") });
    expect(await unreadOf(mz)).toBe(before + 1);
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    expect(await unreadOf(mz)).toBe(before);
  });

  it("drops staff's 请进行立案审查, 请分办 and 有答复待审核 notices once the step is taken", async () => {
    const { submitLead, closeLead } = await import("../participation/leads.server");
    const { makeUser } = await import("../participation/participation-test-support");
    const [member, staff, mz] = await Promise.all([user("member"), user("staff"), user("dept-mz")]);
    const start = await unreadOf(staff);
    const p = await createProposal(member, { title: "关于审查后消息已读的提案", body: BODY, kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    await submitProposal(member, p.id);
    expect(await unreadOf(staff)).toBe(start + 1);
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    expect(await unreadOf(staff)).toBe(start);

    const lead = await submitLead(await makeUser(["public"]), { title: "路灯损坏", problem: "小区门口路灯坏了三个月无人修理。", suggestion: "建议明确路灯维修责任单位和时限。", place: "", consentPublic: false });
    expect(await unreadOf(staff)).toBe(start + 1);
    await closeLead(staff, lead.id, { note: "已转12345热线办理。", publish: false });
    expect(await unreadOf(staff)).toBe(start);

    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await dept("市民政局") });
    const [a] = await db.select().from(assignments).where(eq(assignments.proposalId, p.id));
    await signAssignment(mz, a.id);
    const pendingBefore = (await todoCounts(staff)).staff!.replies;
    const reply = await submitReply(mz, a.id, { kind: "formal", category: "A", body: "已办理。", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    expect(await unreadOf(staff)).toBe(start + 1);
    await reviewReply(staff, reply.id, true, "");
    // Read once no reply is left to review (the notice names none).
    expect(await unreadOf(staff)).toBe(pendingBefore ? start + 1 : start);
  });
});

describe("the header badge", () => {
  it("is in the root data of a personal page, and a placeholder the cache fills in per reader on a shared page", async () => {
    const { loader } = await import("../../root");
    const staff = await user("staff");
    const cookie = (await createSession(new Request("http://localhost/"), staff.id)).split(";")[0];
    const rootData = async (sharedRender: boolean) => {
      const res = (await loader({ request: new Request("http://localhost/", { headers: { Cookie: cookie } }), params: {}, context: { sharedRender, ip: "127.0.0.1", cspNonce: "" } })) as Response;
      return ((await res.json()) as { user: { todos: number | string | null; unread: number | string | null } }).user;
    };
    expect((await rootData(false)).todos).toBe(totalOf(await todoCounts(staff)));
    expect(await rootData(true)).toMatchObject({ todos: TODOS_TOKEN, unread: UNREAD_TOKEN });
  });
});

describe("the party's proposal list", () => {
  it("is for that organisation's liaisons only", async () => {
    const liaison = await user("org-minmeng");
    const p = await createProposal(liaison, { title: "民盟草稿", body: BODY, kind: "party_proposal", year: 2026, onBehalfOfOrganisation: true });
    const rows = await listOrganisationProposals(liaison, liaison.organisationId!);
    expect(rows.find((r) => r.id === p.id)).toMatchObject({ state: "draft", kind: "party_proposal" });
    // A member of the party without the liaison role, and a liaison asking for another organisation, are refused.
    const member = await user("member");
    expect(member.organisationId).toBe(liaison.organisationId);
    await expect(listOrganisationProposals(member, liaison.organisationId!)).rejects.toBeInstanceOf(DomainError);
    const [other] = await db.select().from(organisations).where(eq(organisations.slug, "jiusan"));
    await expect(listOrganisationProposals(liaison, other.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a member's own proposals (listMine, the member workbench's list)", () => {
  it("holds what they wrote, what they are invited to co-sign and, for a liaison, the party's — nothing else", async () => {
    const { listMine } = await import("../loop/proposals.server");
    const [member, member2, liaison] = await Promise.all([user("member"), user("member2"), user("org-minmeng")]);
    const own = await createProposal(member2, { title: "本人的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    const invited = await createProposal(member, { title: "邀请联名的提案", body: BODY, kind: "joint_proposal", year: 2026, onBehalfOfOrganisation: false });
    await inviteCosigner(member, invited.id, "member2");
    const party = await createProposal(liaison, { title: "民盟的提案", body: BODY, kind: "party_proposal", year: 2026, onBehalfOfOrganisation: true });
    const ids = async (u: AppUser) => (await listMine(u)).map((p) => p.id);
    const mine2 = await ids(member2);
    expect(mine2).toEqual(expect.arrayContaining([own.id, invited.id]));
    expect(mine2).not.toContain(party.id);
    expect((await listMine(member2)).find((p) => p.id === invited.id)).toMatchObject({ myCosignState: "invited" });
    // Newest first, each once.
    expect(mine2).toEqual([...new Set(mine2)].sort((a, b) => b - a));
    expect(await ids(liaison)).toContain(party.id);
    // A member of the same party without the liaison role does not see the party's proposal.
    expect(await ids(member)).not.toContain(party.id);
    expect(await ids(member)).not.toContain(own.id);
  });
});
