// Demo participation for a new install with demo accounts, made by the same
// domain functions the pages call: one consultation topic open for opinions
// (three approved with supports, one waiting for moderation) and one proposal
// lead that staff forwarded to a member and published. Runs once, on an
// install with demo accounts and no topics yet.
import { eq, sql } from "drizzle-orm";
import { db } from "../db/client";
import { consultationTopics } from "../db/participation.schema";
import { users } from "../db/schema";
import { getUserById, type AppUser } from "../app/models/directory/users.server";
import { createTopic, publishTopic } from "../app/models/participation/topics.server";
import { moderateOpinion, postOpinion } from "../app/models/participation/opinions.server";
import { addSupport } from "../app/models/participation/supports.server";
import { forwardToMember, submitLead } from "../app/models/participation/leads.server";

async function demoUser(username: string): Promise<AppUser | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row ? getUserById(row.id) : null;
}

const DAY = 86_400_000;

export async function seedDemoParticipation(now = new Date()) {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(consultationTopics);
  if (n > 0) return 0;
  const [staff, citizen, member, member2] = await Promise.all([demoUser("staff"), demoUser("citizen"), demoUser("member"), demoUser("member2")]);
  if (!staff || !citizen || !member || !member2) return 0;
  const topic = await createTopic(staff, {
    title: "优化城市公交线网，方便群众出行",
    description:
      "市政协将于下月召开专题协商会，围绕“优化城市公交线网”建言资政。现面向社会征集意见建议，欢迎就线路覆盖、换乘衔接、发车间隔、适老化服务等方面提出意见。\n\n" +
      "请写明具体线路或地点，以便梳理汇总。意见经审核后公开。",
    opensAt: new Date(now.getTime() - 3 * DAY),
    closesAt: new Date(now.getTime() + 14 * DAY),
    meetingKind: "special_consultation",
    meetingTitle: "“优化城市公交线网”专题协商会",
    meetingDate: new Date(now.getTime() + 21 * DAY).toISOString().slice(0, 10),
    organisationId: null,
    documents: [],
  });
  await publishTopic(staff, topic.id, new Date(now.getTime() - 3 * DAY));
  const texts: [AppUser, string][] = [
    [citizen, "建议在新建小区集中的城北片区增开社区微循环公交，连接地铁站和菜市场，早晚高峰发车间隔不超过 10 分钟。"],
    [member2, "建议公交站台增设实时到站信息屏和遮阳座椅，优先覆盖医院、学校周边站点，方便老年人候车。"],
    [member, "建议梳理与地铁重复超过一半的公交线路，把运力调整到地铁覆盖不到的城郊接合部。"],
  ];
  const approved = [];
  for (const [author, body] of texts) {
    const o = await postOpinion(author, topic.id, { body }, { now });
    await moderateOpinion(staff, o.id, { decision: "approve" }, now);
    approved.push(o);
  }
  await addSupport(member, "opinion", approved[0].id);
  await addSupport(member2, "opinion", approved[0].id);
  await addSupport(citizen, "opinion", approved[1].id);
  await postOpinion(citizen, topic.id, { body: "建议夜班公交延长到凌晨一点，照顾夜间下班的服务业从业人员。" }, { now });
  const lead = await submitLead(
    citizen,
    {
      title: "老旧小区充电桩安装难",
      problem: "我们小区是 2000 年建成的老旧小区，业主想装新能源车充电桩，物业以电力容量不足为由一律不同意，很多车主只能在外面充电。",
      suggestion: "建议由街道牵头，协调供电公司评估增容，在小区公共停车位集中建设共享充电桩，并明确物业的配合义务。",
      place: "西湖区翠苑街道",
      consentPublic: true,
    },
    [],
    { now },
  );
  await forwardToMember(staff, lead.id, { memberId: member.id, via: "翠苑街道“民生议事”委员工作室", note: "请结合工作室接待日了解情况。", publish: true });
  return 1;
}
