// The end of handling: the proposer's evaluation (评价), which closes the
// proposal (办结) or sends it back for re-handling (重办), and staff closing a
// replied proposal after the proposer's silence.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { assignments, evaluations } from "../../../db/loop.schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { addMonths, nextWorkingDay, todayInBeijing } from "../platform/calendar";
import { loadOverrides } from "../platform/calendar.server";
import { recordEvent } from "../platform/events.server";
import { notify } from "../platform/notifications.server";
import { actorsFor, check, lockProposal, transition, type Proposal } from "./proposals.server";
import { FORMAL_ROLES, departmentUserIds, setAssignmentState } from "./handling.server";

export const SILENCE_DAYS_BEFORE_CLOSE = Number(process.env.XS_SILENCE_DAYS ?? 30);

export interface EvaluationInput {
  attitude: "satisfied" | "basically_satisfied" | "unsatisfied";
  result: "satisfied" | "basically_satisfied" | "unsatisfied";
  comment: string;
}

/** 评价: 不满意 (either measure) sends the item back for re-handling with a new deadline; otherwise it is closed. */
export async function evaluateProposal(user: AppUser, proposalId: number, input: EvaluationInput) {
  const overrides = await loadOverrides();
  return db.transaction(async (t) => {
    const p = await lockProposal(t, proposalId);
    check("evaluate", p, await actorsFor(user, p, t));
    await t.insert(evaluations).values({ proposalId, userId: user.id, ...input, comment: input.comment.trim() });
    const unsatisfied = input.attitude === "unsatisfied" || input.result === "unsatisfied";
    const formal = await t
      .select()
      .from(assignments)
      .where(and(eq(assignments.proposalId, proposalId), inArray(assignments.role, FORMAL_ROLES), eq(assignments.state, "replied")));
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: proposalId, action: "proposal.evaluated", data: { ...input } });
    if (unsatisfied) {
      const deadline = nextWorkingDay(addMonths(todayInBeijing(), 1), overrides);
      for (const a of formal) await setAssignmentState(t, a, "rehandling", user.id, "rehandling", { deadline });
      await transition(t, p, "rehandling", user.id, "rehandling", {}, input.comment.trim() || null, { deadline });
      await notify(t, { userIds: await departmentUserIds(t, formal.map((a) => a.departmentId)), subject: `提案人不满意，请重办（${p.caseNo}）`, body: `新的办理期限 ${deadline}。${input.comment}`, link: `/department` });
    } else {
      await closeAssignments(t, p, user.id);
      await transition(t, p, "closed", user.id, "closed", { closedAt: new Date() });
    }
  });
}

async function closeAssignments(t: DbOrTx, p: Proposal, actorId: string) {
  const open = await t.select().from(assignments).where(and(eq(assignments.proposalId, p.id), notInArray(assignments.state, ["withdrawn", "closed"])));
  for (const a of open) await setAssignmentState(t, a, "closed", actorId, "closed");
}

/** Whole days since the proposal's replies were complete (0 before). */
export function daysSinceReply(p: { repliedAt: Date | null }, now = new Date()) {
  return p.repliedAt ? Math.floor((now.getTime() - p.repliedAt.getTime()) / 86_400_000) : 0;
}

/** Staff close a replied proposal whose proposer stayed silent for the configured period. */
export async function closeAfterSilence(user: AppUser, proposalId: number, now = new Date()) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, proposalId);
    check("close", p, await actorsFor(user, p, t));
    const since = daysSinceReply(p, now);
    if (since < SILENCE_DAYS_BEFORE_CLOSE) {
      throw new DomainError(`答复后 ${SILENCE_DAYS_BEFORE_CLOSE} 天内提案人未评价才能直接办结（已过 ${since} 天）`, "conflict");
    }
    await closeAssignments(t, p, user.id);
    await transition(t, p, "closed", user.id, "closed_after_silence", { closedAt: now }, `答复后 ${since} 天未评价`);
  });
}
