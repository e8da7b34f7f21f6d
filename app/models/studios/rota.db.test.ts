import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { notifications } from "../../../db/notifications.schema";
import { dutyShifts } from "../../../db/studios.schema";
import { addShift, removeShift } from "./rota.server";
import { memberRota } from "./rota-queries.server";
import { requestSwap, respondSwap, withdrawSwap } from "./rota-swaps.server";
import { domainError, makeStudio, makeUser } from "./studio-test-support";

const DAY = 24 * 60 * 60 * 1000;
const shiftAt = (days: number) => {
  const startsAt = new Date(Date.now() + days * DAY);
  return { startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000), note: "" };
};
const ownerOf = async (id: number) => (await db.select().from(dutyShifts).where(eq(dutyShifts.id, id)))[0].memberId;

async function setting() {
  const lead = await makeUser(["member"], "召集人");
  const a = await makeUser(["member"], "甲委员");
  const b = await makeUser(["member"], "乙委员");
  const studio = await makeStudio(lead, [a, b]);
  return { lead, a, b, studio };
}

describe("duty rota", () => {
  it("lets the lead schedule resident members only, without double-booking one member", async () => {
    const { lead, a, studio } = await setting();
    const outsider = await makeUser(["member"]);
    const shift = await addShift(studio.id, { memberId: a.id, ...shiftAt(3) }, lead);
    expect(shift.memberId).toBe(a.id);
    expect((await domainError(addShift(studio.id, { memberId: outsider.id, ...shiftAt(4) }, lead))).field).toBe("memberId");
    expect((await domainError(addShift(studio.id, { memberId: a.id, ...shiftAt(3) }, lead))).code).toBe("conflict");
    // A resident member who is not the lead cannot schedule.
    expect((await domainError(addShift(studio.id, { memberId: a.id, ...shiftAt(5) }, a))).code).toBe("forbidden");
    const [notice] = await db.select().from(notifications).where(eq(notifications.userId, a.id));
    expect(notice.subject).toContain("接待日安排");
    expect((await memberRota(a.id)).shifts.map((s) => s.id)).toEqual([shift.id]);
  });

  it("hands a shift over only when the other member accepts", async () => {
    const { lead, a, b, studio } = await setting();
    const shift = await addShift(studio.id, { memberId: a.id, ...shiftAt(3) }, lead);
    // Only the owner asks; only the asked member answers.
    expect((await domainError(requestSwap({ shiftId: shift.id, targetId: a.id, targetShiftId: null, note: "" }, b))).code).toBe("forbidden");
    const swap = await requestSwap({ shiftId: shift.id, targetId: b.id, targetShiftId: null, note: "出差" }, a);
    expect((await domainError(requestSwap({ shiftId: shift.id, targetId: b.id, targetShiftId: null, note: "" }, a))).code).toBe("conflict");
    expect(await ownerOf(shift.id)).toBe(a.id);
    expect((await domainError(respondSwap(swap.id, true, a))).code).toBe("forbidden");
    expect((await domainError(respondSwap(swap.id, true, lead))).code).toBe("forbidden");
    expect((await memberRota(b.id)).swaps.map((s) => [s.id, s.status])).toEqual([[swap.id, "pending"]]);
    expect(await respondSwap(swap.id, true, b)).toBe("accepted");
    expect(await ownerOf(shift.id)).toBe(b.id);
    expect((await domainError(respondSwap(swap.id, false, b))).code).toBe("conflict");
    const notes = await db.select().from(notifications).where(eq(notifications.userId, a.id)).orderBy(asc(notifications.id));
    expect(notes.at(-1)?.subject).toBe("换班已确认");
  });

  it("swaps two shifts, and a declined request changes nothing", async () => {
    const { lead, a, b, studio } = await setting();
    const mine = await addShift(studio.id, { memberId: a.id, ...shiftAt(3) }, lead);
    const theirs = await addShift(studio.id, { memberId: b.id, ...shiftAt(6) }, lead);
    const declined = await requestSwap({ shiftId: mine.id, targetId: b.id, targetShiftId: theirs.id, note: "" }, a);
    expect(await respondSwap(declined.id, false, b)).toBe("declined");
    expect([await ownerOf(mine.id), await ownerOf(theirs.id)]).toEqual([a.id, b.id]);
    const notes = await db.select().from(notifications).where(eq(notifications.userId, a.id)).orderBy(asc(notifications.id));
    expect(notes.at(-1)?.subject).toBe("换班被拒绝");
    // The other's shift must be theirs.
    expect((await domainError(requestSwap({ shiftId: mine.id, targetId: b.id, targetShiftId: mine.id, note: "" }, a))).field).toBe("targetShiftId");
    const swap = await requestSwap({ shiftId: mine.id, targetId: b.id, targetShiftId: theirs.id, note: "" }, a);
    await respondSwap(swap.id, true, b);
    expect([await ownerOf(mine.id), await ownerOf(theirs.id)]).toEqual([b.id, a.id]);
  });

  it("lets the requester withdraw, and refuses acceptance once the shift moved", async () => {
    const { lead, a, b, studio } = await setting();
    const shift = await addShift(studio.id, { memberId: a.id, ...shiftAt(3) }, lead);
    const first = await requestSwap({ shiftId: shift.id, targetId: b.id, targetShiftId: null, note: "" }, a);
    expect((await domainError(withdrawSwap(first.id, b))).code).toBe("forbidden");
    await withdrawSwap(first.id, a);
    expect((await domainError(respondSwap(first.id, true, b))).code).toBe("conflict");
    await removeShift(shift.id, lead);
    expect((await memberRota(a.id)).shifts).toHaveLength(0);
  });
});

describe("swap request notices", () => {
  const unreadSwapNotices = async (userId: string) =>
    (await db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.id)))
      .filter((n) => n.subject.startsWith("换班申请") && n.readAt === null)
      .map((n) => n.aboutId);

  it("are read once the request is answered, withdrawn or its shift removed — each its own, though all link to /member/rota", async () => {
    const { lead, a, b, studio } = await setting();
    const shifts = await Promise.all([3, 5, 7, 9].map((d) => addShift(studio.id, { memberId: a.id, ...shiftAt(d) }, lead)));
    const swaps = [];
    for (const shift of shifts) swaps.push(await requestSwap({ shiftId: shift.id, targetId: b.id, targetShiftId: null, note: "" }, a));
    expect(await unreadSwapNotices(b.id)).toEqual(swaps.map((s) => s.id));
    await respondSwap(swaps[0].id, true, b);
    expect(await unreadSwapNotices(b.id)).toEqual(swaps.slice(1).map((s) => s.id));
    await respondSwap(swaps[1].id, false, b);
    await withdrawSwap(swaps[2].id, a);
    expect(await unreadSwapNotices(b.id)).toEqual([swaps[3].id]);
    await removeShift(shifts[3].id, lead);
    expect(await unreadSwapNotices(b.id)).toEqual([]);
    // The requester's answers (换班已确认, 换班被拒绝) are news, not requests: still unread.
    const mine = await db.select().from(notifications).where(eq(notifications.userId, a.id));
    expect(mine.filter((n) => n.readAt === null).map((n) => n.subject)).toEqual(expect.arrayContaining(["换班已确认", "换班被拒绝"]));
  });
});
