// The participation workflows against a real database (PGlite and PostgreSQL):
// topics, opinions and their moderation, the word list, summaries that keep
// which opinions each recommendation came from, and leads into proposal drafts.
import { and, eq } from "drizzle-orm";

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { recommendationOpinions } from "../../../db/participation.schema";
import { documents } from "../../../db/documents.schema";
import { notifications } from "../../../db/notifications.schema";
import { getDraft, publishDraft } from "../documents/drafts.server";
import type { AppUser } from "../directory/users.server";
import { forwardToMember, startProposalFromLead, submitLead, withdrawLead, closeLead, declineLead } from "./leads.server";
import { getLeadPage, listPublicLeads, memberChoices } from "./lead-queries.server";
import { getOpinionPage, listTopicOpinions, moderationLog, myTopicOpinions, opinionModerationQueue } from "./opinion-queries.server";
import { moderateOpinion, postOpinion, withdrawOpinion } from "./opinions.server";
import { OPINION_RULES, TOPIC_RULES, opinionRefusal, topicRefusal } from "./participation-rules";
import { documentOpinionSources, startSummaryDraft, summaryForDraft } from "./summaries.server";
import { addSupport, mostSupported } from "./supports.server";
import { closeTopic, followTopic, getTopicPage, publishTopic, reopenTopic, createTopic } from "./topics.server";
import { addWord, matchWords, removeWord } from "./word-list.server";
import { makeUser, openTopic, refusal, userByName } from "./participation-test-support";

let staff: AppUser, citizen: AppUser, other: AppUser, member: AppUser;

beforeAll(async () => {
  staff = await userByName("staff");
  citizen = await makeUser(["public"], "市民张先生");
  other = await makeUser(["public"], "市民王女士");
  member = await makeUser(["member"], "赵委员");
});

describe("topics", () => {
  it("are drafts until published, then open for opinions within their period", async () => {
    const now = new Date();
    const topic = await createTopic(staff, {
      title: "草稿议题",
      description: "说明",
      opensAt: new Date(now.getTime() + 3_600_000),
      closesAt: new Date(now.getTime() + 7_200_000),
      meetingKind: "standing_committee",
      meetingTitle: "",
      meetingDate: null,
      organisationId: null,
      documents: [],
    });
    expect(await getTopicPage(topic.id, citizen)).toBeNull();
    expect((await getTopicPage(topic.id, staff))?.can.publish).toBe(true);
    expect((await refusal(postOpinion(citizen, topic.id, { body: "这是一条写给草稿议题的意见。" }))).code).toBe("not_found");
    expect((await refusal(publishTopic(citizen, topic.id))).code).toBe("forbidden");
    await publishTopic(staff, topic.id);
    const page = (await getTopicPage(topic.id, citizen))!;
    expect(page.period).toBe("upcoming");
    expect(page.can.post_opinion).toBe(false);
    expect(page.postRefusal).toBe("意见征集尚未开始");
    expect((await refusal(postOpinion(citizen, topic.id, { body: "这是一条提前写好的意见内容。" }))).message).toBe("意见征集尚未开始");
    expect((await refusal(publishTopic(staff, topic.id))).code).toBe("conflict");
  });

  it("close and reopen follow the table; followers hear of the close", async () => {
    const topic = await openTopic(staff);
    await followTopic(citizen, topic.id, true);
    await closeTopic(staff, topic.id);
    expect((await refusal(postOpinion(citizen, topic.id, { body: "截止以后再写的一条意见。" }))).code).toBe("conflict");
    const [notice] = await db.select().from(notifications).where(and(eq(notifications.userId, citizen.id), eq(notifications.link, `/participation/topics/${topic.id}`)));
    expect(notice.subject).toContain("结束征集");
    expect((await refusal(reopenTopic(staff, topic.id, new Date(Date.now() - 1000)))).field).toBe("closesAt");
    await reopenTopic(staff, topic.id, new Date(Date.now() + 3_600_000));
    expect((await getTopicPage(topic.id, citizen))!.can.post_opinion).toBe(true);
  });

  it("the rule table decides every topic action for every actor", () => {
    const topic = { opensAt: new Date(Date.now() - 1000), closesAt: new Date(Date.now() + 1000) };
    for (const [action, rule] of Object.entries(TOPIC_RULES)) {
      for (const state of ["draft", "open", "closed", "summarised"] as const) {
        for (const actors of [["public"], ["public", "signed_in"], ["public", "signed_in", "staff"]] as const) {
          const allowed = rule.from.includes(state) && rule.actors.some((a) => (actors as readonly string[]).includes(a));
          expect(topicRefusal(action as keyof typeof TOPIC_RULES, { ...topic, state }, [...actors]) === null, `${action} ${state} ${actors.join("+")}`).toBe(allowed);
        }
      }
    }
  });
});

describe("opinions", () => {
  it("nothing is public before moderation; the author sees their own with its fate", async () => {
    const topic = await openTopic(staff);
    const a = await postOpinion(citizen, topic.id, { body: "建议在社区设立老年助餐点，\r\n\r\n\r\n方便独居老人就餐。  " });
    expect(a.body).toBe("建议在社区设立老年助餐点，\n\n方便独居老人就餐。");
    const b = await postOpinion(member, topic.id, { body: "建议把养老服务补贴向失能老人倾斜。" });
    expect(b.asMember).toBe(true);
    expect((await listTopicOpinions(topic, null)).total).toBe(0);
    expect(await getOpinionPage(a.id, null)).toBeNull();
    expect(await getOpinionPage(a.id, other)).toBeNull();
    expect((await getOpinionPage(a.id, citizen))?.opinion.state).toBe("pending");
    expect((await myTopicOpinions(topic.id, citizen)).map((o) => o.state)).toEqual(["pending"]);
    expect((await opinionModerationQueue()).some((o) => o.id === a.id)).toBe(true);

    await moderateOpinion(staff, a.id, { decision: "approve" });
    expect((await refusal(moderateOpinion(staff, b.id, { decision: "reject", reason: "" }))).field).toBe("reason");
    await moderateOpinion(staff, b.id, { decision: "reject", reason: "与议题无关" });
    const list = await listTopicOpinions(topic, other);
    expect(list.opinions.map((o) => o.id)).toEqual([a.id]);
    expect(list.opinions[0].can.support).toBe(true);
    const mine = await myTopicOpinions(topic.id, member);
    expect(mine[0]).toMatchObject({ state: "rejected", reason: "与议题无关" });
    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, member.id));
    expect(notice.body).toContain("与议题无关");
    const log = await moderationLog();
    expect(log.find((e) => e.subjectId === String(b.id) && e.action === "opinion.rejected")?.note).toBe("与议题无关");
  });

  it("authors withdraw before moderation only; staff merge duplicates and take opinions down", async () => {
    const topic = await openTopic(staff);
    const a = await postOpinion(citizen, topic.id, { body: "建议延长社区卫生服务中心晚间门诊时间。" });
    const b = await postOpinion(other, topic.id, { body: "建议社区卫生服务中心晚上也开门诊。" });
    const c = await postOpinion(other, topic.id, { body: "建议为独居老人安装紧急呼叫装置。" });
    expect((await refusal(withdrawOpinion(other, a.id))).code).toBe("forbidden");
    await withdrawOpinion(other, c.id);
    expect((await refusal(moderateOpinion(staff, c.id, { decision: "approve" }))).code).toBe("conflict");
    await moderateOpinion(staff, a.id, { decision: "approve" });
    expect((await refusal(withdrawOpinion(citizen, a.id))).message).toContain("已公开");
    expect((await refusal(moderateOpinion(staff, b.id, { decision: "merge", intoId: c.id }))).field).toBe("intoId");
    await moderateOpinion(staff, b.id, { decision: "merge", intoId: a.id });
    const list = await listTopicOpinions(topic, null);
    expect(list.opinions.map((o) => [o.id, o.merged])).toEqual([[a.id, 1]]);
    await moderateOpinion(staff, a.id, { decision: "hide", reason: "含有个人信息" });
    expect((await listTopicOpinions(topic, null)).total).toBe(0);
    expect(await getOpinionPage(a.id, null)).toBeNull();
  });

  it("the opinion table: allowed actions succeed, refused ones say why and change nothing", () => {
    for (const [action, rule] of Object.entries(OPINION_RULES)) {
      for (const state of ["pending", "approved", "rejected", "merged", "withdrawn", "hidden"] as const) {
        const reason = opinionRefusal(action as keyof typeof OPINION_RULES, state, ["public", "signed_in", "staff"]);
        const allowed = rule.from.includes(state) && rule.actors.some((a) => a === "staff" || a === "signed_in");
        expect(reason === null, `${action} ${state}`).toBe(allowed);
      }
    }
    expect(opinionRefusal("support", "approved", ["public", "signed_in", "author"])).toBe("不能附议自己的意见");
    expect(opinionRefusal("support", "approved", ["public"])).toBe("请先登录再附议");
  });

  it("the word list refuses blocked words and marks flagged ones for the moderator, in either script", async () => {
    const topic = await openTopic(staff);
    const blocked = await refusal(postOpinion(citizen, topic.id, { body: "低价代 开 發票，欢迎联系，量大从优。" }));
    expect(blocked).toMatchObject({ field: "body" });
    expect(blocked.message).toContain("代开发票");
    const flagged = await postOpinion(citizen, topic.id, { body: "建议增设助餐点，有意见可以加微信联系我 13912345678。" });
    expect(flagged.flaggedWords).toEqual(["加微信", "手机号码"]);
    const word = await addWord(staff, { word: "测试禁词", level: "block" });
    await refusal(postOpinion(other, topic.id, { body: "这里有一个测试禁词在句子中间。" }));
    await removeWord(staff, word.id);
    await postOpinion(other, topic.id, { body: "这里有一个测试禁词在句子中间。" });
    expect(matchWords("ＱＱ群 123", [{ word: "QQ群", level: "flag" }]).flag).toEqual(["QQ群"]);
  });
});

describe("summaries", () => {
  it("a summary draft links back to the topic; the published report's recommendations name their opinions", async () => {
    const topic = await openTopic(staff);
    const a = await postOpinion(citizen, topic.id, { body: "建议在每个街道建设一处综合性养老服务中心。" });
    const b = await postOpinion(other, topic.id, { body: "建议培养更多持证养老护理员，提高待遇。" });
    const c = await postOpinion(member, topic.id, { body: "建议把社区食堂向全体居民开放。" });
    for (const o of [a, b, c]) await moderateOpinion(staff, o.id, { decision: "approve" });
    await addSupport(member, "opinion", b.id);
    await addSupport(citizen, "opinion", b.id);
    expect((await refusal(startSummaryDraft(staff, topic.id, [a.id, b.id]))).code).toBe("conflict");
    await closeTopic(staff, topic.id);
    expect((await refusal(startSummaryDraft(citizen, topic.id, [a.id]))).code).toBe("forbidden");
    expect((await refusal(startSummaryDraft(staff, topic.id, []))).field).toBe("opinionIds");
    const draftId = await startSummaryDraft(staff, topic.id, [a.id, b.id]);
    expect(await summaryForDraft(draftId)).toMatchObject({ topicId: topic.id, opinions: 2, url: `/participation/topics/${topic.id}` });
    const draft = (await getDraft(draftId))!;
    const doc = draft.content.documents[0];
    // Most supported first, each opinion one recommendation carrying its source.
    expect(doc.children.map((n) => n.sourceRefs)).toEqual([[`opinion:${b.id}`], [`opinion:${a.id}`]]);
    expect(doc.intro).toContain(`/participation/topics/${topic.id}`);
    expect((await getTopicPage(topic.id, null))!.topic.state).toBe("summarised");
    const [slug] = await publishDraft(draftId, draft.version, staff.id);
    const page = (await getTopicPage(topic.id, null))!;
    expect(page.summaries).toEqual([{ slug, title: doc.meta.title }]);
    const links = await db.select().from(recommendationOpinions).where(eq(recommendationOpinions.opinionId, b.id));
    expect(links).toHaveLength(1);
    const [published] = await db.select().from(documents).where(eq(documents.slug, slug));
    const sources = await documentOpinionSources(published.id);
    expect(sources.map((s) => [s.path, s.opinions.map((o) => o.opinionId)])).toEqual([["1", [b.id]], ["2", [a.id]]]);
    expect(sources[0].opinions[0].url).toBe(`/participation/opinions/${b.id}`);
    // An opinion taken down later is no longer shown as a source.
    await moderateOpinion(staff, a.id, { decision: "hide", reason: "重复" });
    expect((await documentOpinionSources(published.id)).map((s) => s.path)).toEqual(["1"]);
  });
});

describe("leads", () => {
  const input = { title: "小区门口缺少人行横道", problem: "学校门口的主干道没有人行横道，孩子上学要绕行五百米。", suggestion: "建议交警部门在学校门口增设人行横道和信号灯。", place: "江北区", consentPublic: true };

  it("a lead goes to a member, who starts a proposal draft; the citizen sees where it went", async () => {
    const lead = await submitLead(citizen, input);
    expect(await getLeadPage(lead.id, other)).toBeNull();
    expect(await getLeadPage(lead.id, null)).toBeNull();
    expect((await getLeadPage(lead.id, citizen))!.can.withdraw).toBe(true);
    const choices = await memberChoices();
    expect(choices.bySector.flatMap((g) => g.options).some((o) => o.id === member.id)).toBe(true);
    expect((await refusal(forwardToMember(staff, lead.id, { memberId: citizen.id, via: "", note: "", publish: false }))).field).toBe("memberId");
    await forwardToMember(staff, lead.id, { memberId: member.id, via: "民盟", note: "请阅处", publish: true });
    expect((await getLeadPage(lead.id, null))!.access).toBe("public");
    expect((await getLeadPage(lead.id, null))!.lead.authorName).toBeNull();
    expect((await refusal(startProposalFromLead(other, lead.id))).code).toBe("forbidden");
    const page = (await getLeadPage(lead.id, member))!;
    expect(page.can).toMatchObject({ start_draft: true, decline: true, withdraw: false });
    const proposal = await startProposalFromLead(member, lead.id);
    expect(proposal).toMatchObject({ state: "draft", authorId: member.id });
    expect(proposal.body).toContain(input.problem);
    expect((await refusal(startProposalFromLead(member, lead.id))).code).toBe("conflict");
    const seen = (await getLeadPage(lead.id, citizen))!;
    expect(seen.lead.state).toBe("drafted");
    expect(seen.lead.went).toMatchObject({ memberName: "赵委员", via: "民盟", proposal: { stage: "draft", caseNo: null } });
    expect((await listPublicLeads()).some((l) => l.id === lead.id)).toBe(true);
    const [p] = await db.select().from(proposals).where(eq(proposals.id, proposal.id));
    expect(p.title).toBe("关于小区门口缺少人行横道的提案");
  });

  it("withdraw, decline and close follow the table; without consent a lead is never public", async () => {
    const a = await submitLead(other, { ...input, consentPublic: false });
    expect((await refusal(forwardToMember(staff, a.id, { memberId: member.id, via: "", note: "", publish: true }))).field).toBe("publish");
    await forwardToMember(staff, a.id, { memberId: member.id, via: "", note: "", publish: false });
    expect(await getLeadPage(a.id, null)).toBeNull();
    await declineLead(member, a.id, "不在本人履职范围");
    expect((await getLeadPage(a.id, other))!.lead).toMatchObject({ state: "pending", reason: "不在本人履职范围" });
    expect((await refusal(closeLead(staff, a.id, { note: "", publish: false }))).field).toBe("note");
    await closeLead(staff, a.id, { note: "已由有关部门处理", publish: false });
    expect((await refusal(withdrawLead(other, a.id))).code).toBe("conflict");
    const b = await submitLead(other, input);
    await withdrawLead(other, b.id);
    expect((await refusal(forwardToMember(staff, b.id, { memberId: member.id, via: "", note: "", publish: false }))).code).toBe("conflict");
  });
});

describe("support", () => {
  it("counts once per account, not for one's own opinion, and only while the topic is open", async () => {
    const topic = await openTopic(staff);
    const a = await postOpinion(citizen, topic.id, { body: "建议为高龄老人提供上门体检服务。" });
    expect((await refusal(addSupport(other, "opinion", a.id))).code).toBe("not_found");
    await moderateOpinion(staff, a.id, { decision: "approve" });
    expect((await refusal(addSupport(citizen, "opinion", a.id))).message).toBe("不能附议自己的意见");
    expect(await addSupport(other, "opinion", a.id)).toBe(true);
    expect(await addSupport(other, "opinion", a.id)).toBe(false);
    expect((await listTopicOpinions(topic, other)).opinions[0]).toMatchObject({ supports: 1, supported: true });
    await closeTopic(staff, topic.id);
    expect((await refusal(addSupport(member, "opinion", a.id))).code).toBe("conflict");
    const popular = await mostSupported({ subject: "opinion" });
    expect(popular.items.find((i) => i.id === a.id)?.supports).toBe(1);
  });
});
