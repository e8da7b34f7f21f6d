// The proposal workflow's state table (loop-rules.ts) checked against the domain functions:
// every action in every state by every kind of actor is refused with the table's message
// or done with the table's result.
import { assignmentOf, draftProposal, marksForAssignment } from "./loop-test-support";
import { describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import type { ProposalState } from "../../../db/loop.schema";
import { type AppUser } from "../directory/users.server";
import { PROPOSAL_RULES, refusal, type Actor, type ProposalAction } from "./loop-rules";
import { acceptProposal, reviewDecision } from "./proposal-review.server";
import { actorsFor, getProposal, submitProposal, withdrawProposal } from "./proposals.server";
import { assignProposal, signAssignment } from "./handling.server";
import { closeAfterSilence, evaluateProposal } from "./handling-closing.server";
import { reviewReply, submitReply } from "./handling-replies.server";
import { departmentIdByName, domainError, seededUser } from "../../../tests/db-helpers";

describe("the transition table, exhaustively", () => {
  const STATES: ProposalState[] = ["draft", "submitted", "accepted", "assigned", "replied", "closed", "withdrawn"];
  const ACTIONS: ProposalAction[] = ["submit", "withdraw", "accept", "return", "reject", "convert", "assign", "evaluate", "close"];

  async function proposalIn(state: ProposalState, author: AppUser, staff: AppUser, mzUser: AppUser) {
    const p = await draftProposal(author, `状态 ${state}`);
    if (state === "draft") return p.id;
    if (state === "withdrawn") return (await withdrawProposal(author, p.id), p.id);
    await submitProposal(author, p.id);
    if (state === "submitted") return p.id;
    await acceptProposal(staff, p.id, { isKey: false, supervisingLeader: null });
    if (state === "accepted") return p.id;
    await assignProposal(staff, p.id, { mode: "single", leadDepartmentId: await departmentIdByName("市民政局") });
    if (state === "assigned") return p.id;
    const a = await assignmentOf(p.id, await departmentIdByName("市民政局"));
    await signAssignment(mzUser, a.id);
    const r = await submitReply(mzUser, a.id, { kind: "formal", category: "A", body: "已办理", consentToPublish: true, adoptions: await marksForAssignment(a.id) });
    await reviewReply(staff, r.id, true, "");
    if (state === "replied") return p.id;
    await evaluateProposal(author, p.id, { attitude: "satisfied", result: "satisfied", comment: "" });
    return p.id;
  }

  async function attempt(action: ProposalAction, u: AppUser, id: number) {
    switch (action) {
      case "submit":
        return submitProposal(u, id);
      case "withdraw":
        return withdrawProposal(u, id);
      case "accept":
        return acceptProposal(u, id, { isKey: false, supervisingLeader: null });
      case "return":
      case "reject":
      case "convert":
        return reviewDecision(u, id, action, "理由");
      case "assign":
        return assignProposal(u, id, { mode: "single", leadDepartmentId: await departmentIdByName("市卫生健康委员会") });
      case "evaluate":
        return evaluateProposal(u, id, { attitude: "satisfied", result: "satisfied", comment: "" });
      case "close":
        return closeAfterSilence(u, id, new Date(Date.now() + 40 * 86_400_000));
      default:
        throw new Error(action);
    }
  }

  it("matches the table for author, another member, staff, a department and the public", { timeout: 240_000 }, async () => {
    const [author, other, staff, mz, citizen] = await Promise.all([seededUser("member"), seededUser("member2"), seededUser("staff"), seededUser("dept-mz"), seededUser("citizen")]);
    let checked = 0;
    for (const state of STATES) {
      const shared = await proposalIn(state, author, staff, mz);
      for (const action of ACTIONS) {
        for (const u of [author, other, staff, mz, citizen]) {
          const before = (await getProposal(shared))!;
          const actors: Actor[] = await actorsFor(u, before);
          const expected = refusal(action, state, actors);
          if (expected === null) {
            // Allowed: do it on a fresh proposal in the same state.
            const fresh = await proposalIn(state, author, staff, mz);
            await attempt(action, u, fresh);
            const after = (await getProposal(fresh))!;
            const to = PROPOSAL_RULES[action].to;
            if (to) expect(after.state, `${action} from ${state}`).toBe(to);
          } else {
            const error = await domainError(attempt(action, u, shared));
            expect(error.message, `${action} by ${u.username} in ${state}`).toBe(expected);
            expect((await getProposal(shared))!.version).toBe(before.version);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(STATES.length * ACTIONS.length * 5);
    const [{ n }] = await db.select({ n: proposals.id }).from(proposals).limit(1);
    expect(n).toBeGreaterThan(0);
  });
});
