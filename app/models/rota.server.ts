// The duty rota (接待日值班): organisers put a resident member on duty at their
// studio; a member may ask another member of the studio to take a shift (or to
// swap it for one of theirs), and only that member can accept.
import { and, asc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../../db/schema";
import { dutyShifts, dutySwaps, studios } from "../../db/studios.schema";
import { formatBeijingRange } from "../utils/beijing-time";
import { DomainError } from "../utils/errors";
import { recordEvent } from "./events.server";
import { notify } from "./notifications.server";
import { assertCanManage, getStudioById, isStudioMember } from "./studios.server";
import type { AppUser } from "./users.server";

export type DutyShift = typeof dutyShifts.$inferSelect;

export interface ShiftInput {
  memberId: string;
  startsAt: Date;
  endsAt: Date;
  note: string;
}

async function assertNoOverlap(tx: DbOrTx, memberId: string, startsAt: Date, endsAt: Date, exceptIds: number[] = []) {
  const [clash] = await tx
    .select({ id: dutyShifts.id })
    .from(dutyShifts)
    .where(
      and(
        eq(dutyShifts.memberId, memberId),
        lt(dutyShifts.startsAt, endsAt),
        gt(dutyShifts.endsAt, startsAt),
        exceptIds.length ? sql`${dutyShifts.id} not in ${exceptIds}` : undefined,
      ),
    )
    .limit(1);
  return !clash;
}

/** An organiser puts a resident member on duty. */
export async function addShift(studioId: number, input: ShiftInput, actor: AppUser, now = new Date()) {
  if (input.endsAt <= input.startsAt) throw new DomainError("结束时间须晚于开始时间", "invalid", "endsAt");
  if (input.startsAt <= now) throw new DomainError("只能安排今后的值班", "invalid", "startsAt");
  return db.transaction(async (t) => {
    const studio = await getStudioById(studioId, t);
    if (!studio) throw new DomainError("工作室不存在", "not_found");
    assertCanManage(actor, studio);
    if (!(await isStudioMember(studioId, input.memberId, t))) throw new DomainError("只能安排本工作室的驻室委员值班", "invalid", "memberId");
    if (!(await assertNoOverlap(t, input.memberId, input.startsAt, input.endsAt))) {
      throw new DomainError("该委员在这段时间已有值班安排", "conflict", "startsAt");
    }
    const [row] = await t
      .insert(dutyShifts)
      .values({ studioId, memberId: input.memberId, startsAt: input.startsAt, endsAt: input.endsAt, note: input.note.trim(), createdBy: actor.id })
      .returning();
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "duty_shift",
      subjectId: row.id,
      action: "shift.created",
      data: { studioId, memberId: input.memberId },
    });
    await notify(t, {
      userIds: [input.memberId],
      subject: `接待日安排：${studio.name}`,
      body: `您被安排于 ${formatBeijingRange(input.startsAt, input.endsAt)} 在${studio.name}值班接待。`,
      link: "/member/rota",
    });
    return row;
  });
}

/** An organiser removes a future shift (open swap requests on it go with it). */
export async function removeShift(shiftId: number, actor: AppUser, now = new Date()) {
  return db.transaction(async (t) => {
    const [shift] = await t.select().from(dutyShifts).where(eq(dutyShifts.id, shiftId)).for("update");
    if (!shift) throw new DomainError("值班安排不存在", "not_found");
    const studio = await getStudioById(shift.studioId, t);
    assertCanManage(actor, studio!);
    if (shift.startsAt <= now) throw new DomainError("已开始的值班不能删除", "conflict");
    await t.delete(dutyShifts).where(eq(dutyShifts.id, shiftId));
    await recordEvent(t, {
      actorId: actor.id,
      subjectType: "duty_shift",
      subjectId: shiftId,
      action: "shift.removed",
      data: { studioId: shift.studioId, memberId: shift.memberId, startsAt: shift.startsAt.toISOString() },
    });
    if (shift.memberId !== actor.id) {
      await notify(t, {
        userIds: [shift.memberId],
        subject: `值班取消：${studio!.name}`,
        body: `您 ${formatBeijingRange(shift.startsAt, shift.endsAt)} 在${studio!.name}的值班已取消。`,
        link: "/member/rota",
      });
    }
  });
}

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
    if (shift.memberId !== requester.id) throw new DomainError("只能为自己的值班申请换班", "forbidden");
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
      .select({ id: dutySwaps.id })
      .from(dutySwaps)
      .where(and(eq(dutySwaps.shiftId, shift.id), eq(dutySwaps.status, "pending")));
    if (open) throw new DomainError("这次值班已有待确认的换班申请", "conflict");
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
    if (swap.targetId !== user.id) throw new DomainError("只有被邀请的委员可以答复这个换班申请", "forbidden");
    if (swap.status !== "pending") throw new DomainError("这个换班申请已处理", "conflict");
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
      await t.update(dutyShifts).set({ memberId: swap.targetId, version: sql`${dutyShifts.version} + 1` }).where(eq(dutyShifts.id, shift.id));
      if (other) {
        await t.update(dutyShifts).set({ memberId: swap.requesterId, version: sql`${dutyShifts.version} + 1` }).where(eq(dutyShifts.id, other.id));
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
    if (swap.requesterId !== user.id) throw new DomainError("只有申请人可以撤回", "forbidden");
    if (swap.status !== "pending") throw new DomainError("这个换班申请已处理", "conflict");
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
  });
}

const memberName = alias(users, "member");

/** A studio's rota from a date on (organisers and the public studio page). */
export function studioRota(studioId: number, from = new Date(), limit = 60) {
  return db
    .select({
      id: dutyShifts.id,
      startsAt: dutyShifts.startsAt,
      endsAt: dutyShifts.endsAt,
      note: dutyShifts.note,
      memberId: dutyShifts.memberId,
      memberName: memberName.displayName,
    })
    .from(dutyShifts)
    .innerJoin(memberName, eq(memberName.id, dutyShifts.memberId))
    .where(and(eq(dutyShifts.studioId, studioId), gt(dutyShifts.endsAt, from)))
    .orderBy(asc(dutyShifts.startsAt))
    .limit(limit);
}

/** A member's own shifts and the swap requests that concern them. */
export async function memberRota(userId: string, from = new Date()) {
  const shifts = await db
    .select({
      id: dutyShifts.id,
      studioId: dutyShifts.studioId,
      studioName: studios.name,
      studioSlug: studios.slug,
      startsAt: dutyShifts.startsAt,
      endsAt: dutyShifts.endsAt,
      note: dutyShifts.note,
    })
    .from(dutyShifts)
    .innerJoin(studios, eq(studios.id, dutyShifts.studioId))
    .where(and(eq(dutyShifts.memberId, userId), gt(dutyShifts.endsAt, from)))
    .orderBy(asc(dutyShifts.startsAt));
  const requester = alias(users, "requester");
  const target = alias(users, "target");
  const otherShift = alias(dutyShifts, "other_shift");
  const swaps = await db
    .select({
      id: dutySwaps.id,
      shiftId: dutySwaps.shiftId,
      status: dutySwaps.status,
      note: dutySwaps.note,
      createdAt: dutySwaps.createdAt,
      requesterId: dutySwaps.requesterId,
      requesterName: requester.displayName,
      targetId: dutySwaps.targetId,
      targetName: target.displayName,
      shiftStartsAt: dutyShifts.startsAt,
      shiftEndsAt: dutyShifts.endsAt,
      otherStartsAt: otherShift.startsAt,
      otherEndsAt: otherShift.endsAt,
      studioName: studios.name,
    })
    .from(dutySwaps)
    .innerJoin(dutyShifts, eq(dutyShifts.id, dutySwaps.shiftId))
    .leftJoin(otherShift, eq(otherShift.id, dutySwaps.targetShiftId))
    .innerJoin(studios, eq(studios.id, dutyShifts.studioId))
    .innerJoin(requester, eq(requester.id, dutySwaps.requesterId))
    .innerJoin(target, eq(target.id, dutySwaps.targetId))
    .where(
      and(
        or(eq(dutySwaps.requesterId, userId), eq(dutySwaps.targetId, userId)),
        or(eq(dutySwaps.status, "pending"), gt(dutySwaps.decidedAt, sql`now() - interval '30 days'`)),
      ),
    )
    .orderBy(asc(dutySwaps.id));
  return { shifts, swaps };
}

/** Colleagues' future shifts in the studios the member belongs to (to pick a swap). */
export function colleagueShifts(userId: string, from = new Date()) {
  return db
    .select({
      id: dutyShifts.id,
      studioId: dutyShifts.studioId,
      memberId: dutyShifts.memberId,
      memberName: memberName.displayName,
      startsAt: dutyShifts.startsAt,
      endsAt: dutyShifts.endsAt,
    })
    .from(dutyShifts)
    .innerJoin(memberName, eq(memberName.id, dutyShifts.memberId))
    .where(
      and(
        ne(dutyShifts.memberId, userId),
        gt(dutyShifts.startsAt, from),
        sql`${dutyShifts.studioId} in (select studio_id from studio_members where user_id = ${userId})`,
      ),
    )
    .orderBy(asc(dutyShifts.startsAt));
}

/** A member's shifts for their calendar feed. */
export function shiftsOfMember(userId: string) {
  return db
    .select({ id: dutyShifts.id, startsAt: dutyShifts.startsAt, endsAt: dutyShifts.endsAt, studioName: studios.name, address: studios.address })
    .from(dutyShifts)
    .innerJoin(studios, eq(studios.id, dutyShifts.studioId))
    .where(and(eq(dutyShifts.memberId, userId), gt(dutyShifts.endsAt, sql`now() - interval '90 days'`)))
    .orderBy(asc(dutyShifts.startsAt));
}
