// Turning a 社情民意 raised at a studio session into a proposal draft (提案草稿)
// of the proposal loop (#4). The draft is made by the loop's own createProposal
// (its rules, validation and event); the opinion keeps the link, and the
// proposal side can show its source with opinionForProposal.
import { and, asc, eq, isNull } from "drizzle-orm";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { users } from "../../../db/schema";
import { sessionOpinions, studioSessions, studios } from "../../../db/studios.schema";
import { formatBeijing } from "../../utils/beijing-time";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { createProposal } from "../loop/proposals.server";
import type { AppUser } from "../directory/users.server";
import { isMember } from "../../auth/permissions";

/** Opinions of a session with their proposal drafts (state, case number once accepted). */
export function opinionsWithProposals(sessionId: number) {
  return db
    .select({
      id: sessionOpinions.id,
      title: sessionOpinions.title,
      body: sessionOpinions.body,
      raisedBy: sessionOpinions.raisedBy,
      proposalId: sessionOpinions.proposalId,
      convertedById: sessionOpinions.convertedBy,
      convertedByName: users.displayName,
      proposalState: proposals.state,
      proposalCaseNo: proposals.caseNo,
    })
    .from(sessionOpinions)
    .leftJoin(users, eq(users.id, sessionOpinions.convertedBy))
    .leftJoin(proposals, eq(proposals.id, sessionOpinions.proposalId))
    .where(eq(sessionOpinions.sessionId, sessionId))
    .orderBy(asc(sessionOpinions.id));
}

/** The opinion (and its session) a proposal was drafted from, for the proposal pages. */
export async function opinionForProposal(proposalId: number) {
  const [row] = await db
    .select({
      opinionId: sessionOpinions.id,
      title: sessionOpinions.title,
      sessionId: studioSessions.id,
      topic: studioSessions.topic,
      studioName: studios.name,
    })
    .from(sessionOpinions)
    .innerJoin(studioSessions, eq(studioSessions.id, sessionOpinions.sessionId))
    .innerJoin(studios, eq(studios.id, studioSessions.studioId))
    .where(eq(sessionOpinions.proposalId, proposalId));
  return row ? { ...row, url: `/sessions/${row.sessionId}#opinion-${row.opinionId}` } : null;
}

/**
 * A member turns an opinion into their own proposal draft. The opinion is
 * claimed first (row lock, so two clicks make one draft), the draft is made by
 * the proposal loop, then linked; if making the draft fails the claim is undone.
 */
export async function convertOpinionToProposal(opinionId: number, user: AppUser, now = new Date()) {
  if (!isMember(user)) throw new DomainError("只有政协委员可以把社情民意转为提案草稿", "forbidden");
  const source = await db.transaction(async (t) => {
    const [row] = await t
      .select({ opinion: sessionOpinions, session: studioSessions, studioName: studios.name })
      .from(sessionOpinions)
      .innerJoin(studioSessions, eq(studioSessions.id, sessionOpinions.sessionId))
      .innerJoin(studios, eq(studios.id, studioSessions.studioId))
      .where(eq(sessionOpinions.id, opinionId))
      .for("update", { of: sessionOpinions });
    if (!row) throw new DomainError("该条社情民意不存在", "not_found");
    if (row.opinion.convertedAt) throw new DomainError("该条社情民意已转为提案草稿", "conflict");
    await t.update(sessionOpinions).set({ convertedBy: user.id, convertedAt: now }).where(eq(sessionOpinions.id, opinionId));
    return row;
  });
  const { opinion, session, studioName } = source;
  const body = [
    opinion.body,
    "",
    `（来源：${studioName}“${session.topic}”协商活动（${formatBeijing(session.startsAt)}）收集的社情民意${opinion.raisedBy ? `，反映人：${opinion.raisedBy}` : ""}。）`,
  ].join("\n");
  let proposal;
  try {
    proposal = await createProposal(user, {
      title: opinion.title,
      body,
      kind: "member_proposal",
      year: Number(formatBeijing(now).slice(0, 4)),
      onBehalfOfOrganisation: false,
    });
  } catch (error) {
    await db
      .update(sessionOpinions)
      .set({ convertedBy: null, convertedAt: null })
      .where(and(eq(sessionOpinions.id, opinionId), isNull(sessionOpinions.proposalId)));
    throw error;
  }
  await db.transaction(async (t) => {
    await t.update(sessionOpinions).set({ proposalId: proposal.id }).where(eq(sessionOpinions.id, opinionId));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "studio_session",
      subjectId: session.id,
      action: "opinion.converted",
      data: { opinionId, proposalId: proposal.id },
    });
  });
  return proposal;
}
