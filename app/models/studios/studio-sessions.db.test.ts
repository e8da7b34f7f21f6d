import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { notifications } from "../../../db/notifications.schema";
import { events } from "../../../db/schema";
import { sessionSignups } from "../../../db/studios.schema";
import { proposals } from "../../../db/loop.schema";
import { convertOpinionToProposal, opinionForProposal, opinionsWithProposals } from "./session-opinions.server";
import { signupsCsv, signupsXlsx } from "./session-feeds.server";
import { addOpinion } from "./session-outcomes.server";
import { transitionSession } from "./session-transitions.server";
import { createSession, getVisibleSession, updateSession } from "./studio-sessions.server";
import { cancelSignup, listSignups, markAttendance, mySignup, signUp } from "./session-signups.server";
import { domainError, makeStudio, makeUser, makeUsers, publishedSession, sessionInput } from "./studio-test-support";

const HOUR = 60 * 60 * 1000;

const inbox = (userId: string) => db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.id));

describe("sign-ups: capacity and waitlist", () => {
  it("confirms up to capacity, then waitlists with positions", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 2 });
    const [a, b, c, d] = await makeUsers(4, ["public"]);
    expect((await signUp(session.id, a)).signup.status).toBe("confirmed");
    expect((await signUp(session.id, b)).position).toBeNull();
    const third = await signUp(session.id, c);
    expect(third.signup.status).toBe("waitlisted");
    expect(third.position).toBe(1);
    expect((await signUp(session.id, d)).position).toBe(2);
    expect((await mySignup(session.id, d.id))?.position).toBe(2);
    const list = await listSignups(session.id);
    expect(list.map((s) => [s.userId, s.status, s.position])).toEqual([
      [a.id, "confirmed", null],
      [b.id, "confirmed", null],
      [c.id, "waitlisted", 1],
      [d.id, "waitlisted", 2],
    ]);
  });

  it("moves the first on the waitlist up when someone cancels, and tells them", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 2 });
    const [a, b, c, d] = await makeUsers(4, ["public"]);
    for (const u of [a, b, c, d]) await signUp(session.id, u);
    const { promoted } = await cancelSignup(session.id, a);
    expect(promoted).toEqual([c.id]);
    expect((await mySignup(session.id, c.id))?.signup.status).toBe("confirmed");
    expect((await mySignup(session.id, d.id))?.position).toBe(1);
    expect(await mySignup(session.id, a.id)).toBeNull();
    const [notice] = await inbox(c.id);
    expect(notice.subject).toContain("候补转正");
    expect(notice.link).toBe(`/sessions/${session.id}`);
    expect(await inbox(d.id)).toHaveLength(0);
    // A waitlisted person cancelling promotes nobody.
    expect((await cancelSignup(session.id, d)).promoted).toEqual([]);
    const log = await db
      .select()
      .from(events)
      .where(and(eq(events.subjectType, "studio_session"), eq(events.subjectId, String(session.id)), eq(events.action, "signup.promoted")));
    expect(log).toHaveLength(1);
  });

  it("keeps places reserved for members out of the public's reach", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 3, reservedForMembers: 2 });
    const [p1, p2] = await makeUsers(2, ["public"]);
    const [m1, m2] = await makeUsers(2, ["member"]);
    expect((await signUp(session.id, p1)).signup.status).toBe("confirmed");
    expect((await signUp(session.id, p2)).signup.status).toBe("waitlisted");
    expect((await signUp(session.id, m1)).signup.status).toBe("confirmed");
    expect((await signUp(session.id, m2)).signup.status).toBe("confirmed");
    // A member's place freed: the waiting public person still cannot take a reserved place.
    expect((await cancelSignup(session.id, m1)).promoted).toEqual([]);
    // The public place freed: they move up.
    expect((await cancelSignup(session.id, p1)).promoted).toEqual([p2.id]);
  });

  it("moves the waitlist up when the organiser adds places, and refuses fewer places than confirmed", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 1 });
    const [a, b, c] = await makeUsers(3, ["public"]);
    for (const u of [a, b, c]) await signUp(session.id, u);
    const current = (await getVisibleSession(session.id, lead))!.session;
    const error = await domainError(updateSession(session.id, { ...sessionInput(), startsAt: current.startsAt, endsAt: current.endsAt, capacity: 0, version: current.version }, lead));
    expect(error.field).toBe("capacity");
    await updateSession(
      session.id,
      { ...sessionInput({ capacity: 2 }), startsAt: current.startsAt, endsAt: current.endsAt, version: current.version },
      lead,
    );
    expect((await mySignup(session.id, b.id))?.signup.status).toBe("confirmed");
    expect((await mySignup(session.id, c.id))?.position).toBe(1);
  });

  it("refuses a second sign-up by the same person; after cancelling they rejoin at the end", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 1 });
    const [a, b] = await makeUsers(2, ["public"]);
    await signUp(session.id, a);
    const error = await domainError(signUp(session.id, a));
    expect(error.message).toBe("您已报名本次活动");
    expect(error.code).toBe("conflict");
    await signUp(session.id, b);
    await cancelSignup(session.id, a);
    const again = await signUp(session.id, a);
    expect(again.signup.status).toBe("waitlisted");
    expect(again.position).toBe(1);
  });

  it("takes sign-ups only between the opening and closing times", async () => {
    const lead = await makeUser(["member"]);
    const now = Date.now();
    const { session } = await publishedSession(lead, {
      signupOpensAt: new Date(now + 24 * HOUR),
      signupClosesAt: new Date(now + 48 * HOUR),
    });
    const user = await makeUser(["public"]);
    expect((await domainError(signUp(session.id, user))).message).toBe("报名尚未开始");
    expect((await signUp(session.id, user, new Date(now + 30 * HOUR))).signup.status).toBe("confirmed");
    const late = await makeUser(["public"]);
    expect((await domainError(signUp(session.id, late, new Date(now + 48 * HOUR)))).message).toBe("报名已截止");
    // Closing by hand works the same.
    await transitionSession(session.id, "close", lead);
    expect((await domainError(signUp(session.id, late, new Date(now + 30 * HOUR)))).message).toBe("报名已截止");
    // Drafts take no sign-ups and are hidden from everyone but the organisers.
    const studio = await makeStudio(lead);
    const draft = await createSession(studio.id, sessionInput(), lead);
    expect((await domainError(signUp(draft.id, late))).code).toBe("not_found");
    expect(await getVisibleSession(draft.id, late)).toBeNull();
    expect(await getVisibleSession(draft.id, null)).toBeNull();
    expect((await getVisibleSession(draft.id, lead))?.canManage).toBe(true);
  });

  it("refuses a sign-up that overlaps another of the same person's sessions", async () => {
    const lead = await makeUser(["member"]);
    const { session: first } = await publishedSession(lead, {}, 10);
    const start = new Date(first.startsAt.getTime() + HOUR / 2);
    const { session: overlapping } = await publishedSession(lead, { topic: "社区养老服务座谈", startsAt: start, endsAt: new Date(start.getTime() + HOUR) });
    const after = new Date(first.endsAt.getTime());
    const { session: adjacent } = await publishedSession(lead, { topic: "垃圾分类议事会", startsAt: after, endsAt: new Date(after.getTime() + HOUR) });
    const user = await makeUser(["member"]);
    await signUp(first.id, user);
    const error = await domainError(signUp(overlapping.id, user));
    expect(error.message).toBe("与您已报名的活动“老旧小区加装电梯协商会”时间冲突");
    // Back to back is fine.
    expect((await signUp(adjacent.id, user)).signup.status).toBe("confirmed");
    // A cancelled sign-up no longer blocks.
    await cancelSignup(first.id, user);
    expect((await signUp(overlapping.id, user)).signup.status).toBe("confirmed");
  });

  it("holds capacity under 50 simultaneous sign-ups for 10 places: 10 confirmed, 40 waitlisted in order", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 10 });
    const people = await makeUsers(50, ["public"]);
    const results = await Promise.all(people.map((p) => signUp(session.id, p)));
    expect(results.filter((r) => r.signup.status === "confirmed")).toHaveLength(10);
    expect(results.filter((r) => r.signup.status === "waitlisted")).toHaveLength(40);
    const rows = await db.select().from(sessionSignups).where(eq(sessionSignups.sessionId, session.id)).orderBy(asc(sessionSignups.id));
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(50);
    // In the order the sign-ups took the lock: the first ten confirmed, the rest queued 1…40.
    expect(rows.slice(0, 10).every((r) => r.status === "confirmed")).toBe(true);
    expect(rows.slice(10).every((r) => r.status === "waitlisted")).toBe(true);
    const byId = new Map(results.map((r) => [r.signup.id, r.position]));
    expect(rows.slice(10).map((r) => byId.get(r.id))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const list = await listSignups(session.id);
    expect(list.filter((s) => s.status === "waitlisted").map((s) => s.position)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Simultaneous cancellations move exactly as many up, in queue order.
    const leaving = rows.slice(0, 5).map((r) => people.find((p) => p.id === r.userId)!);
    await Promise.all(leaving.map((p) => cancelSignup(session.id, p)));
    const after = await listSignups(session.id);
    expect(after.filter((s) => s.status === "confirmed")).toHaveLength(10);
    expect(after.filter((s) => s.status === "confirmed").map((s) => s.id)).toEqual(rows.slice(5, 15).map((r) => r.id));
    expect(after.filter((s) => s.status === "waitlisted")).toHaveLength(35);
  });

  it("refuses the same person's parallel sign-ups for two overlapping sessions", async () => {
    const lead = await makeUser(["member"]);
    const { session: a } = await publishedSession(lead);
    const { session: b } = await publishedSession(lead, { startsAt: a.startsAt, endsAt: a.endsAt, topic: "同一时间的另一场" });
    const user = await makeUser(["member"]);
    const outcomes = await Promise.allSettled([signUp(a.id, user), signUp(b.id, user)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  });
});

describe("session life", () => {
  it("cancelling a session tells everyone signed up, with the reason", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 1 });
    const [a, b, c] = await makeUsers(3, ["public"]);
    await signUp(session.id, a);
    await signUp(session.id, b);
    await signUp(session.id, c);
    await cancelSignup(session.id, c);
    expect((await domainError(transitionSession(session.id, "cancel", lead, { reason: " " }))).field).toBe("reason");
    await transitionSession(session.id, "cancel", lead, { reason: "台风预警，改期另行通知" });
    for (const u of [a, b]) {
      const notes = await inbox(u.id);
      expect(notes.at(-1)?.subject).toBe("活动取消：老旧小区加装电梯协商会");
      expect(notes.at(-1)?.body).toContain("台风预警，改期另行通知");
    }
    expect((await inbox(c.id)).filter((n) => n.subject.startsWith("活动取消"))).toHaveLength(0);
    expect((await domainError(signUp(session.id, c))).code).toBe("conflict");
    expect((await domainError(transitionSession(session.id, "publish", lead))).message).toContain("已取消");
  });

  it("records a held session with minutes and opinions only after it began", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead);
    const user = await makeUser(["member"]);
    await signUp(session.id, user);
    expect((await domainError(transitionSession(session.id, "hold", lead, { minutes: "纪要" }))).message).toContain("尚未开始");
    expect((await domainError(addOpinion(session.id, { title: "t", body: "b", raisedBy: "" }, lead))).code).toBe("conflict");
    const later = new Date(session.endsAt.getTime() + HOUR);
    expect((await domainError(transitionSession(session.id, "hold", lead, { minutes: "", now: later }))).field).toBe("minutes");
    const [signup] = await listSignups(session.id);
    await markAttendance(session.id, [signup.id], lead, later);
    expect((await listSignups(session.id))[0].attended).toBe(true);
    const held = await transitionSession(session.id, "hold", lead, { minutes: "与会居民 20 余人，形成三条意见。", now: later });
    expect(held.status).toBe("held");
    const opinion = await addOpinion(session.id, { title: "加装电梯补贴申请流程繁琐", body: "建议一窗受理。", raisedBy: "居民代表张先生" }, lead);
    expect(opinion.proposalId).toBeNull();

    // A member turns it into their proposal draft, once; the link shows on both sides.
    expect((await domainError(convertOpinionToProposal(opinion.id, await makeUser(["public"])))).code).toBe("forbidden");
    const member = await makeUser(["member"], "赵委员");
    const [draft, second] = await Promise.allSettled([convertOpinionToProposal(opinion.id, member), convertOpinionToProposal(opinion.id, member)]);
    expect([draft.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    const proposal = (draft.status === "fulfilled" ? draft.value : (second as PromiseFulfilledResult<typeof proposals.$inferSelect>).value)!;
    expect(proposal.state).toBe("draft");
    expect(proposal.authorId).toBe(member.id);
    expect(proposal.title).toBe("加装电梯补贴申请流程繁琐");
    expect(proposal.body).toContain("建议一窗受理。");
    expect(proposal.body).toContain("反映人：居民代表张先生");
    const [linked] = await opinionsWithProposals(session.id);
    expect(linked).toMatchObject({ proposalId: proposal.id, convertedByName: "赵委员", proposalState: "draft" });
    expect(await opinionForProposal(proposal.id)).toMatchObject({ opinionId: opinion.id, sessionId: session.id, url: `/sessions/${session.id}#opinion-${opinion.id}` });
    expect(await db.select().from(proposals).where(eq(proposals.authorId, member.id))).toHaveLength(1);
  });

  it("exports the list as CSV and XLSX", async () => {
    const lead = await makeUser(["member"]);
    const { session } = await publishedSession(lead, { capacity: 1 });
    const a = await makeUser(["member"], "=HYPERLINK(\"x\")");
    const b = await makeUser(["public"], "李四, 居民");
    await signUp(session.id, a);
    await signUp(session.id, b);
    const rows = await listSignups(session.id);
    const csv = signupsCsv(rows);
    expect(csv.startsWith("\uFEFF序号,姓名,")).toBe(true);
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain(`"李四, 居民",`);
    expect(csv).toContain("候补,1,");
    const xlsx = await signupsXlsx(rows);
    expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  });
});
