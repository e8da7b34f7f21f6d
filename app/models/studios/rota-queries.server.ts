// Reading the duty rota: a studio's rota, a member's own shifts with the swap
// requests that concern them, colleagues' shifts to swap with, and the shifts
// of a member's calendar feed. Changes are in rota.server.ts and rota-swaps.server.ts.
import { and, asc, eq, gt, ne, or, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { alias } from "drizzle-orm/pg-core";
import { users } from "../../../db/schema";
import { dutyShifts, dutySwaps, studios } from "../../../db/studios.schema";
import { allows, canMap } from "../platform/state-table";
import { SWAP_RULES, swapActors, type SwapState } from "./rota-swap-rules";

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

/**
 * A member's own shifts and the swap requests that concern them, each with
 * what the member may do (from the swap table, rota-swap-rules.ts): ask for a
 * swap of a shift that has not begun and has no pending request; accept,
 * decline or withdraw a pending request.
 */
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
  const stateOfShift = (shiftId: number): SwapState => (swaps.some((w) => w.shiftId === shiftId && w.status === "pending") ? "pending" : "none");
  return {
    shifts: shifts.map((s) => ({
      ...s,
      swapState: stateOfShift(s.id),
      can: { request: s.startsAt > from && allows(SWAP_RULES.request, { actors: ["holder"], state: stateOfShift(s.id) }) },
    })),
    swaps: swaps.map((w) => {
      const facts = { actors: swapActors(userId, w), state: w.status };
      return { ...w, can: canMap(SWAP_RULES, ["accept", "decline", "withdraw"], facts) };
    }),
  };
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
