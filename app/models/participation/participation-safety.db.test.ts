// Safety under load, on PGlite and PostgreSQL: support counted once per
// account however many clicks arrive at once, rate limits per account and per
// address that hold under concurrent posts, and withdrawing does not reset them.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "../../../db/client";
import { participationPosts, supports } from "../../../db/participation.schema";
import { events } from "../../../db/schema";
import type { AppUser } from "../directory/users.server";
import { submitLead } from "./leads.server";
import { moderateOpinion, postOpinion, withdrawOpinion } from "./opinions.server";
import { addressKey, POST_LIMITS, takePostSlot } from "./rate-limits.server";
import { addSupport, removeSupport, supportCounts } from "./supports.server";
import { makeUser, openTopic, refusal, userByName } from "./participation-test-support";

let staff: AppUser;
beforeAll(async () => {
  staff = await userByName("staff");
});

const body = (i: number) => `第 ${i} 条意见：建议增加社区养老服务点的数量。`;

describe("support under concurrency", () => {
  it("twenty simultaneous clicks by one account count once, with one event", async () => {
    const topic = await openTopic(staff);
    const author = await makeUser(["public"]);
    const fan = await makeUser(["public"]);
    const o = await postOpinion(author, topic.id, { body: body(1) });
    await moderateOpinion(staff, o.id, { decision: "approve" });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => addSupport(fan, "opinion", o.id)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled" && r.value === true)).toHaveLength(1);
    expect((await supportCounts("opinion", [o.id])).get(o.id)).toBe(1);
    const [{ n }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(and(eq(events.subjectType, "support_opinion"), eq(events.subjectId, String(o.id)), eq(events.actorId, fan.id)));
    expect(n).toBe(1);
  });

  it("thirty accounts at once count thirty; taking support back counts down once", async () => {
    const topic = await openTopic(staff);
    const author = await makeUser(["public"]);
    const o = await postOpinion(author, topic.id, { body: body(2) });
    await moderateOpinion(staff, o.id, { decision: "approve" });
    const fans = await Promise.all(Array.from({ length: 30 }, () => makeUser(["public"])));
    await Promise.all(fans.flatMap((f) => [addSupport(f, "opinion", o.id), addSupport(f, "opinion", o.id)]));
    expect((await supportCounts("opinion", [o.id])).get(o.id)).toBe(30);
    await Promise.all([removeSupport(fans[0], "opinion", o.id), removeSupport(fans[0], "opinion", o.id)]);
    expect((await supportCounts("opinion", [o.id])).get(o.id)).toBe(29);
    const rows = await db.select().from(supports).where(and(eq(supports.subjectType, "opinion"), eq(supports.subjectId, o.id)));
    expect(new Set(rows.map((r) => r.userId)).size).toBe(29);
  });

  it("recommendations and proposals: public ones only, once each", async () => {
    const fan = await makeUser(["public"]);
    const [rec] = rowsOf<{ id: number }>(
      await db.execute(sql`select r.id from recommendations r join documents d on d.id = r.document_id where d.status = 'published' and r.is_leaf and r.removed_in_version is null order by r.id limit 1`),
    );
    await Promise.all(Array.from({ length: 10 }, () => addSupport(fan, "recommendation", rec.id)));
    expect((await supportCounts("recommendation", [rec.id])).get(rec.id)).toBe(1);
    expect((await refusal(addSupport(fan, "recommendation", 2_000_000_000))).code).toBe("not_found");
    expect((await refusal(addSupport(fan, "proposal", 2_000_000_000))).code).toBe("not_found");
  });
});

describe("rate limits", () => {
  it("per account: five opinions in ten minutes, exactly, even when all are sent at once", async () => {
    const topic = await openTopic(staff);
    const user = await makeUser(["public"]);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => postOpinion(user, topic.id, { body: body(i) }, { ip: `10.0.0.${i}` })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(POST_LIMITS.opinion.account.max);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused.every((e) => e.code === "throttled" && e.message.includes("您的账号"))).toBe(true);
  });

  it("withdrawing does not give the slot back; the window moves on with time", async () => {
    const topic = await openTopic(staff);
    const user = await makeUser(["public"]);
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      const o = await postOpinion(user, topic.id, { body: body(i) }, { now: new Date(t0.getTime() + i * 1000) });
      await withdrawOpinion(user, o.id);
    }
    const e = await refusal(postOpinion(user, topic.id, { body: body(9) }, { now: new Date(t0.getTime() + 60_000) }));
    expect(e.code).toBe("throttled");
    expect(e.message).toMatch(/请 \d+ 分钟后再试/);
    await postOpinion(user, topic.id, { body: body(10) }, { now: new Date(t0.getTime() + 10 * 60_000 + 1000) });
  });

  it("per address: many accounts from one address are stopped at the address limit", async () => {
    const topic = await openTopic(staff);
    const ip = "203.0.113.7";
    const users = await Promise.all(Array.from({ length: 25 }, () => makeUser(["public"])));
    const results = await Promise.allSettled(users.map((u, i) => postOpinion(u, topic.id, { body: body(i) }, { ip })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(POST_LIMITS.opinion.address.max);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason.message);
    expect(refused.every((m) => m.includes("网络地址"))).toBe(true);
    // The address is stored hashed, never as typed.
    const keys = (await db.select({ key: participationPosts.key }).from(participationPosts)).map((r) => r.key);
    expect(keys.some((k) => k.includes(ip))).toBe(false);
    expect(keys).toContain(addressKey(ip));
  });

  it("leads have their own daily limit", async () => {
    const user = await makeUser(["public"]);
    const lead = { title: "路灯损坏", problem: "小区门口路灯坏了三个月无人修理。", suggestion: "建议明确路灯维修责任单位和时限。", place: "", consentPublic: false };
    for (let i = 0; i < POST_LIMITS.lead.account.max; i++) await submitLead(user, lead);
    expect((await refusal(submitLead(user, lead))).message).toContain("线索");
  });

  it("a rollback gives the slot back", async () => {
    const user = await makeUser(["public"]);
    await db
      .transaction(async (t) => {
        await takePostSlot(t, "opinion", user.id, "198.51.100.1");
        throw new Error("rollback");
      })
      .catch(() => {});
    const rows = await db.select().from(participationPosts).where(eq(participationPosts.key, `acct:${user.id}`));
    expect(rows).toHaveLength(0);
  });
});
