// The loop's actions for the JSON API: one dispatcher per subject, the same
// domain functions as the pages. Refusals come back as DomainErrors, which
// the routes turn into {error:{code,message}} with 400/403/404/409.
import { z } from "zod";
import { SATISFACTION_VALUES } from "../../../db/enums";
import type { AppUser } from "../directory/users.server";
import {
  addHandlingNote,
  assignProposal,
  decideReassignment,
  requestReassignment,
  signAssignment,
} from "./handling.server";
import { closeAfterSilence, evaluateProposal } from "./handling-closing.server";
import { reviewReply, submitReply } from "./handling-replies.server";
import { sendCoOpinion, waiveCoOpinion } from "./co-handling.server";
import { assignReport, reportAdoption } from "./recommendation-handling.server";
import {
  adoptionReportInput,
  coOpinionInput,
  noteInput,
  reassignmentDecisionInput,
  reassignmentRequestInput,
  replyInput,
  replyReviewInput,
  reportAssignmentInput,
  signInput,
  waiverInput,
} from "./loop-schemas";
import { acceptProposal, markKey, mergeProposal, reviewDecision } from "./proposal-review.server";
import { markdownField } from "../../utils/markdown-limits";
import {
  answerCosign,
  inviteCosigner,
  submitProposal,
  updateDraft,
  withdrawProposal,
} from "./proposals.server";

// Ids and versions fit an integer column: a larger number is a 400, not a database error.
const rowId = z.number().int().positive().max(2_147_483_647);
const sat = z.enum(SATISFACTION_VALUES);
export const proposalAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("edit"), title: z.string(), body: markdownField(100_000, "正文不能超过 10 万字"), version: rowId }),
  z.object({ action: z.literal("invite"), username: z.string() }),
  z.object({ action: z.literal("cosign"), confirm: z.boolean() }),
  z.object({ action: z.literal("submit") }),
  z.object({ action: z.literal("withdraw") }),
  z.object({ action: z.literal("accept"), isKey: z.boolean().default(false), supervisingLeader: z.string().nullable().default(null) }),
  z.object({ action: z.enum(["return", "reject", "convert"]), reason: z.string() }),
  z.object({ action: z.literal("merge"), intoCaseNo: z.string() }),
  z.object({ action: z.literal("mark_key"), isKey: z.boolean(), supervisingLeader: z.string().nullable().default(null) }),
  z.object({
    action: z.literal("assign"),
    mode: z.enum(["single", "lead_co", "separate"]),
    leadDepartmentId: rowId.nullable().optional(),
    coDepartmentIds: z.array(rowId).optional(),
    separateDepartmentIds: z.array(rowId).optional(),
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  }),
  z.object({ action: z.literal("evaluate"), attitude: sat, result: sat, comment: z.string().default("") }),
  z.object({ action: z.literal("close") }),
]);

export async function runProposalAction(user: AppUser, id: number, input: z.infer<typeof proposalAction>) {
  switch (input.action) {
    case "edit":
      return updateDraft(user, id, input);
    case "invite":
      return inviteCosigner(user, id, input.username);
    case "cosign":
      return answerCosign(user, id, input.confirm);
    case "submit":
      return submitProposal(user, id);
    case "withdraw":
      return withdrawProposal(user, id);
    case "accept":
      return acceptProposal(user, id, input);
    case "return":
    case "reject":
    case "convert":
      return reviewDecision(user, id, input.action, input.reason);
    case "merge":
      return mergeProposal(user, id, input.intoCaseNo);
    case "mark_key":
      return markKey(user, id, input.isKey, input.supervisingLeader);
    case "assign":
      return assignProposal(user, id, input);
    case "evaluate":
      return evaluateProposal(user, id, input);
    case "close":
      return closeAfterSilence(user, id);
  }
}

/** A department's (or staff's) step on a proposal assignment (/api/v1/assignments/{id}/actions). */
export const assignmentAction = z.discriminatedUnion("action", [
  signInput.extend({ action: z.literal("sign") }),
  reassignmentRequestInput.extend({ action: z.literal("request_reassignment") }),
  reassignmentDecisionInput.extend({ action: z.literal("decide_reassignment") }),
  noteInput.extend({ action: z.literal("note") }),
  coOpinionInput.extend({ action: z.literal("send_opinion") }),
  waiverInput.extend({ action: z.literal("waive_opinion") }),
  replyInput.extend({ action: z.literal("reply") }),
]);

export async function runAssignmentAction(user: AppUser, id: number, input: z.infer<typeof assignmentAction>) {
  switch (input.action) {
    case "sign":
      return signAssignment(user, id, "proposal");
    case "request_reassignment":
      return requestReassignment(user, id, input.reason, "proposal");
    case "decide_reassignment":
      return decideReassignment(user, id, input.approve, input.note, "proposal");
    case "note":
      return addHandlingNote(user, id, input.kind, input.body, input.happenedOn);
    case "send_opinion":
      return sendCoOpinion(user, id, input.body);
    case "waive_opinion":
      return waiveCoOpinion(user, id, input.reason, "proposal");
    case "reply":
      return submitReply(user, id, input);
  }
}

/** A department's (or staff's) step on a report recommendation's assignment (/api/v1/recommendation-assignments/{id}/actions). */
export const recommendationAssignmentAction = z.discriminatedUnion("action", [
  signInput.extend({ action: z.literal("sign") }),
  reassignmentRequestInput.extend({ action: z.literal("request_reassignment") }),
  reassignmentDecisionInput.extend({ action: z.literal("decide_reassignment") }),
  adoptionReportInput.extend({ action: z.literal("report_adoption") }),
]);

export async function runRecommendationAssignmentAction(user: AppUser, id: number, input: z.infer<typeof recommendationAssignmentAction>) {
  switch (input.action) {
    case "sign":
      return signAssignment(user, id, "recommendation");
    case "request_reassignment":
      return requestReassignment(user, id, input.reason, "recommendation");
    case "decide_reassignment":
      return decideReassignment(user, id, input.approve, input.note, "recommendation");
    case "report_adoption":
      return reportAdoption(user, id, input);
  }
}

export const replyReview = replyReviewInput;
export const reportAssignment = reportAssignmentInput;
export { assignReport, reviewReply };
