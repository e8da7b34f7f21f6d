// The duty rota (接待日值班): organisers put a resident member on duty at their
// studio and remove future shifts. Swap requests between members are in
// rota-swaps.server.ts, the rota lists in rota-queries.server.ts.
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { dutyShifts, dutySwaps } from "../../../db/studios.schema";
import { formatBeijingRange } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { notify, settleNoticesAbout } from "../platform/notifications.server";
import { assertCanManage, getStudioById, isStudioMember } from "./studios.server";
import type { AppUser } from "../directory/users.server";

export type DutyShift = typeof dutyShifts.$inferSelect;

export interface ShiftInput {
  memberId: string;
  startsAt: Date;
  endsAt: Date;
  note: string;
}

/** True when the member has no shift overlapping the time (ignoring exceptIds). */
export async function assertNoOverlap(tx: DbOrTx, memberId: string, startsAt: Date, endsAt: Date, exceptIds: number[] = []) {
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
    // Pending swap requests on it go with it (cascade): nobody is left to answer them.
    const open = await t
      .select({ id: dutySwaps.id, targetId: dutySwaps.targetId })
      .from(dutySwaps)
      .where(and(eq(dutySwaps.status, "pending"), or(eq(dutySwaps.shiftId, shiftId), eq(dutySwaps.targetShiftId, shiftId))));
    for (const swap of open) await settleNoticesAbout(t, [swap.targetId], { type: "duty_swap", id: swap.id });
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
