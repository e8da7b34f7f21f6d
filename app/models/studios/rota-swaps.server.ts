// Duty swaps (换班): a member asks another member of the same studio to take a
// shift (or to swap it for one of theirs); only that member can accept, and
// the requester can withdraw. Shifts themselves are in rota.server.ts.
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "../../../db/client";
import { dutyShifts, dutySwaps } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { notify, settleNoticesAbout } from "../platform/notifications.server";
import { assertNoOverlap, type DutyShift } from "./rota.server";
import { getStudioById, isStudioMember } from "./studios.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";
import { assertAllowed } from "../platform/state-table";
import { SWAP_RULES, swapActors } from "./rota-swap-rules";

export interface SwapInput {
  shiftId: number;
  targetId: string;
  targetShiftId: number | null;
  note: string;
}

/** A member asks a colleague of the same studio to take (or swap) their shift. */
export async function requestSwap(input: SwapInput, requester: AppUser, now = new Date()) {
  return db.transaction(async (t) => {
    const [shift] = await t.select().from(dutyShifts).where(eq(dutyShifts.id, input.shiftId)).for("update");
    if (!shift) throw new DomainError("值班安排不存在", "not_found");
    const rule = SWAP_RULES.request;
    assertAllowed(rule, { actors: swapActors(requester.id, null, shift) });
    if (shift.startsAt <= now) throw new DomainError("已开始的值班不能换班", "conflict");
    if (input.targetId === requester.id) throw new DomainError("请选择另一位委员", "invalid", "targetId");
    if (!(await isStudioMember(shift.studioId, input.targetId, t))) {
      throw new DomainError("只能与本工作室的驻室委员换班", "invalid", "targetId");
    }
    let targetShift: DutyShift | null = null;
    if (input.targetShiftId) {
      [targetShift] = await t.select().from(dutyShifts).where(eq(dutyShifts.id, input.targetShiftId));
      if (!targetShift || targetShift.memberId !== input.targetId || targetShift.studioId !== shift.studioId) {
        throw new DomainError("所选的对方值班不属于该委员", "invalid", "targetShiftId");
      }
      if (targetShift.startsAt <= now) throw new DomainError("对方的这次值班已开始，不能交换", "invalid", "targetShiftId");
    }
    const [open] = await t
      .select({ status: dutySwaps.status })
      .from(dutySwaps)
      .where(and(eq(dutySwaps.shiftId, shift.id), eq(dutySwaps.status, "pending")));
    assertAllowed(rule, { state: open?.status ?? "none" });
    const [swap] = await t
      .insert(dutySwaps)
      .values({ shiftId: shift.id, requesterId: requester.id, targetId: input.targetId, targetShiftId: input.targetShiftId, note: input.note.trim() })
      .returning();
    await recordEvent(t, {
      actorId: requester.id,
      subjectType: "duty_shift",
      subjectId: shift.id,
      action: "swap.requested",
      toState: "pending",
      data: { swapId: swap.id, targetId: input.targetId, targetShiftId: input.targetShiftId },
    });
    const studio = await getStudioById(shift.studioId, t);
    await notify(t, {
      userIds: [input.targetId],
      subject: `换班申请：${studio!.name}`,
      body: `${requester.displayName}请您代为 ${formatBeijingRange(shift.startsAt, shift.endsAt)} 的接待日值班${
        targetShift ? `，并由其接替您 ${formatBeijingRange(targetShift.startsAt, targetShift.endsAt)} 的值班` : ""
      }。请在“我的接待日”中确认或拒绝。`,
      link: "/member/rota",
      // Answered (or withdrawn), it stops counting as unread: settleNoticesAbout below.
      about: { type: "duty_swap", id: swap.id },
    });
    return swap;
  });
}

/**
 * The asked member accepts or declines. Accepting moves the shift (and, for a
 * swap, the other shift back) only if both still belong to whom they did.
 */
export async function respondSwap(swapId: number, accept: boolean, user: AppUser, now = new Date()) {
  return db.transaction(async (t) => {
    const [swap] = await t.select().from(dutySwaps).where(eq(dutySwaps.id, swapId)).for("update");
    if (!swap) throw new DomainError("换班申请不存在", "not_found");
    assertAllowed(SWAP_RULES[accept ? "accept" : "decline"], { actors: swapActors(user.id, swap), state: swap.status });
    const ids = [swap.shiftId, ...(swap.targetShiftId ? [swap.targetShiftId] : [])];
    const shifts = await t.select().from(dutyShifts).where(inArray(dutyShifts.id, ids)).orderBy(asc(dutyShifts.id)).for("update");
    const shift = shifts.find((s) => s.id === swap.shiftId)!;
    const other = swap.targetShiftId ? shifts.find((s) => s.id === swap.targetShiftId) : undefined;
    if (accept) {
      if (shift.memberId !== swap.requesterId || (other && other.memberId !== swap.targetId)) {
        throw new DomainError("值班安排已经变动，这个申请不能再接受", "conflict");
      }
      if (shift.startsAt <= now || (other && other.startsAt <= now)) throw new DomainError("值班已开始，不能再换班", "conflict");
      const except = ids;
      if (!(await assertNoOverlap(t, swap.targetId, shift.startsAt, shift.endsAt, except))) {
        throw new DomainError("您在这段时间已有其他值班", "conflict");
      }
      if (other && !(await assertNoOverlap(t, swap.requesterId, other.startsAt, other.endsAt, except))) {
        throw new DomainError("对方在您那次值班的时间已有其他值班", "conflict");
      }
      await updateVersioned(t, dutyShifts, { id: shift.id }, { memberId: swap.targetId });
      if (other) {
        await updateVersioned(t, dutyShifts, { id: other.id }, { memberId: swap.requesterId });
      }
    }
    const status = accept ? "accepted" : "declined";
    await t.update(dutySwaps).set({ status, decidedAt: now }).where(eq(dutySwaps.id, swapId));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "duty_shift",
      subjectId: shift.id,
      action: accept ? "swap.accepted" : "swap.declined",
      fromState: "pending",
      toState: status,
      data: { swapId, requesterId: swap.requesterId, targetId: swap.targetId },
    });
    // The request is answered: its notice to the asked member is read, in this transaction.
    await settleNoticesAbout(t, [swap.targetId], { type: "duty_swap", id: swap.id });
    await notify(t, {
      userIds: [swap.requesterId],
      subject: accept ? "换班已确认" : "换班被拒绝",
      body: `${user.displayName}${accept ? "接受" : "拒绝"}了您 ${formatBeijingRange(shift.startsAt, shift.endsAt)} 的换班申请。`,
      link: "/member/rota",
    });
    return status;
  });
}

/** The requester withdraws a pending request. */
export async function withdrawSwap(swapId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const [swap] = await t.select().from(dutySwaps).where(eq(dutySwaps.id, swapId)).for("update");
    if (!swap) throw new DomainError("换班申请不存在", "not_found");
    assertAllowed(SWAP_RULES.withdraw, { actors: swapActors(user.id, swap), state: swap.status });
    await t.update(dutySwaps).set({ status: "withdrawn", decidedAt: new Date() }).where(eq(dutySwaps.id, swapId));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "duty_shift",
      subjectId: swap.shiftId,
      action: "swap.withdrawn",
      fromState: "pending",
      toState: "withdrawn",
      data: { swapId },
    });
    // Nothing is left to answer: the asked member's request notice is read.
    await settleNoticesAbout(t, [swap.targetId], { type: "duty_swap", id: swap.id });
  });
}
