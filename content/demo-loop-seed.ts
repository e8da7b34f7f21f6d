// Demo proposals for a new install, walked through the loop by the same domain
// functions the pages call (so every state, case number, deadline and event
// is real): one answered, published and evaluated; one joint proposal being
// handled by a lead and a co-handler that has sent its opinion; one waiting for staff review; one draft.
// Runs once, on an install with demo accounts and no proposals yet.
import { and, eq, sql } from "drizzle-orm";
import { db } from "../db/client";
import { assignments, proposals } from "../db/loop.schema";
import { departments, users } from "../db/schema";
import { addHandlingNote, assignProposal, signAssignment } from "../app/models/loop/handling.server";
import { evaluateProposal } from "../app/models/loop/handling-closing.server";
import { proposalRecommendations, reviewReply, submitReply } from "../app/models/loop/handling-replies.server";
import { sendCoOpinion } from "../app/models/loop/co-handling.server";
import { acceptProposal } from "../app/models/loop/proposal-review.server";
import { answerCosign, createProposal, inviteCosigner, submitProposal } from "../app/models/loop/proposals.server";
import { getUserById, type AppUser } from "../app/models/directory/users.server";

async function demoUser(username: string): Promise<AppUser | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row ? getUserById(row.id) : null;
}

async function departmentId(name: string) {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
  if (!row) throw new Error(`demo proposals: no department ${name}`);
  return row.id;
}

async function assignmentOf(proposalId: number, deptId: number) {
  const [row] = await db.select().from(assignments).where(and(eq(assignments.proposalId, proposalId), eq(assignments.departmentId, deptId)));
  return row;
}

const FUNERALS = `## 一、基本情况

近年来我市殡葬服务设施逐步完善，但部分经营性公墓价格偏高、殡仪服务“打包收费”、农村散埋乱葬等问题仍较突出，群众治丧负担较重。

## 二、建议

（一）规范殡葬服务收费。建议市民政局会同市场监管部门公布基本殡葬服务项目和收费标准，严禁捆绑销售。

（二）扩大惠民殡葬覆盖面。建议将遗体接运、暂存、火化、骨灰寄存等基本服务费用纳入减免范围，惠及全体户籍居民。

（三）推进节地生态安葬。建议各区县建设公益性骨灰安放设施，对树葬、海葬等给予奖补。`

const CHILDCARE = `## 一、问题

婴幼儿照护服务供给不足、价格偏高，社区嵌入式托育点覆盖率低，双职工家庭“托育难”问题突出。

## 二、建议

一是由市卫生健康委员会牵头，制定社区嵌入式托育服务设施配建标准，新建住宅小区按标准同步配建。

二是市民政局配合，推动社区综合服务设施增设托育功能，闲置用房优先用于普惠托育。

三是建立托育机构从业人员培训和持证上岗制度，定期公布服务质量评估结果。`;

const LIBRARIES = `## 建议

一是推动街道图书馆与学校图书馆资源共享，周末和寒暑假向社区居民开放。

二是建立全市统一的图书通借通还平台，实现“一卡通借、就近归还”。`;

const RIVERS = `## 建议

（一）建议市生态环境局牵头，建立城市内河水质月度公开制度。

（二）建议对沿河排口开展全面排查，实行“一口一档”动态管理。`;

export async function seedDemoLoop() {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(proposals);
  if (n > 0) return 0;
  const [member, member2, staff, mz, wj, minmeng] = await Promise.all(
    ["member", "member2", "staff", "dept-mz", "dept-wj", "org-minmeng"].map(demoUser),
  );
  if (!member || !member2 || !staff || !mz || !wj || !minmeng) return 0;
  const year = new Date().getFullYear();
  const [mzId, wjId] = await Promise.all([departmentId("市民政局"), departmentId("市卫生健康委员会")]);

  // 1. Answered (A), published after review, and evaluated by the proposer.
  const answered = await createProposal(member, { title: "关于深化殡葬改革减轻群众治丧负担的提案", body: FUNERALS, kind: "member_proposal", year, onBehalfOfOrganisation: false });
  await submitProposal(member, answered.id);
  await acceptProposal(staff, answered.id, { isKey: true, supervisingLeader: "市政协副主席 李明" });
  await assignProposal(staff, answered.id, { mode: "single", leadDepartmentId: mzId });
  const a1 = await assignmentOf(answered.id, mzId);
  await signAssignment(mz, a1.id);
  await addHandlingNote(mz, a1.id, "meeting", "与提案人当面沟通殡葬服务收费规范方案，听取意见。", null);
  const reply = await submitReply(mz, a1.id, {
    kind: "formal",
    category: "A",
    body: "您提出的建议已全部采纳。我局会同市场监管部门公布了基本殡葬服务项目和收费标准，开展殡葬服务收费专项检查；基本殡葬服务费用减免已覆盖全体户籍居民；本年度新建公益性骨灰安放设施六处。",
    consentToPublish: true,
    // Each recommendation of the proposal marked 已采纳 (the reply says all were adopted).
    adoptions: (await proposalRecommendations(db, answered.id)).map((r) => ({ recommendationId: r.id, adoption: "adopted" as const, reason: "" })),
  });
  await reviewReply(staff, reply.id, true, "");
  await evaluateProposal(member, answered.id, { attitude: "satisfied", result: "satisfied", comment: "办理认真，措施具体。" });

  // 2. Joint proposal (联名), lead + co-handler, signed and in progress.
  const joint = await createProposal(member, { title: "关于发展社区嵌入式普惠托育服务的提案", body: CHILDCARE, kind: "joint_proposal", year, onBehalfOfOrganisation: false });
  await inviteCosigner(member, joint.id, "member2");
  await answerCosign(member2, joint.id, true);
  await submitProposal(member, joint.id);
  await acceptProposal(staff, joint.id, { isKey: false, supervisingLeader: null });
  await assignProposal(staff, joint.id, { mode: "lead_co", leadDepartmentId: wjId, coDepartmentIds: [mzId] });
  const a2 = await assignmentOf(joint.id, wjId);
  await signAssignment(wj, a2.id);
  await addHandlingNote(wj, a2.id, "progress", "已起草社区托育设施配建标准征求意见稿，正在征求相关部门意见。", null);
  const co2 = await assignmentOf(joint.id, mzId);
  await signAssignment(mz, co2.id);
  await sendCoOpinion(mz, co2.id, "同意主办单位方案。我局将推动社区综合服务设施增设托育功能，闲置用房优先用于普惠托育。");

  // 3. Submitted, waiting for staff review (立案审查).
  const waiting = await createProposal(member2, { title: "关于推进街道与学校图书馆资源共享的提案", body: LIBRARIES, kind: "member_proposal", year, onBehalfOfOrganisation: false });
  await submitProposal(member2, waiting.id);

  // 4. A party's draft (党派提案), not yet submitted: only its authors see it.
  await createProposal(minmeng, { title: "关于加强城市内河水环境治理的提案", body: RIVERS, kind: "party_proposal", year, onBehalfOfOrganisation: true });
  return 4;
}
