// What a department's system reads through the API: its own assignments
// (承办件) and one of them in detail. The same rules as the department
// console: another department's assignment does not exist for the caller.
import { DomainError } from "../../utils/errors";
import { overdueDays } from "./handling.server";
import { departmentInbox, getOwnAssignment, listNotes } from "./handling-queries.server";
import { proposalDetail } from "./proposal-queries.server";
import { getProposal } from "./proposals.server";
import { getRecommendation } from "../documents/recommendation-queries.server";
import type { AppUser } from "../directory/users.server";
import { isDepartmentUser } from "../../auth/permissions";

function departmentOf(user: AppUser) {
  if (!isDepartmentUser(user)) {
    throw new DomainError("只有承办单位账号或其接口令牌可以读取交办记录", "forbidden");
  }
  return user.departmentId;
}

/** The caller's department's proposal assignments, earliest deadline first, with the console's bucket. */
export async function listDepartmentAssignments(user: AppUser) {
  const inbox = await departmentInbox(departmentOf(user));
  return inbox.map((a) => ({
    id: a.id,
    caseNo: a.caseNo,
    title: a.title,
    role: a.role,
    state: a.state,
    deadline: a.deadline,
    overdueDays: a.overdueDays,
    bucket: a.bucket,
    isKey: a.isKey,
    version: a.version,
  }));
}

/** What both kinds of assignment detail start with. */
function summaryOf(row: NonNullable<Awaited<ReturnType<typeof getOwnAssignment>>>) {
  return {
    id: row.a.id,
    department: row.departmentName,
    role: row.a.role,
    state: row.a.state,
    deadline: row.a.deadline,
    overdueDays: overdueDays(row.a),
    version: row.a.version,
  };
}

/** One own assignment with the proposal's text, this department's replies and its handling notes. */
export async function departmentAssignmentDetail(user: AppUser, id: number) {
  departmentOf(user);
  const row = await getOwnAssignment(user, id, "proposal");
  if (!row?.a.proposalId) throw new DomainError("交办记录不存在", "not_found");
  const p = (await getProposal(row.a.proposalId))!;
  const [detail, notes] = await Promise.all([proposalDetail(p, { includeUnpublishedReplies: true, includeEvaluationComments: true }), listNotes(row.a.id)]);
  return {
    ...summaryOf(row),
    proposal: { id: p.id, caseNo: p.caseNo, title: p.title, state: p.state, body: p.body, url: `/proposals/${p.caseNo}` },
    replies: detail.replies
      .filter((r) => r.departmentName === row.departmentName)
      .map((r) => ({ id: r.id, kind: r.kind, category: r.category, body: r.body, state: r.state, reviewNote: r.reviewNote, createdAt: r.createdAt })),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind, body: n.body, happenedOn: n.happenedOn, createdAt: n.createdAt.toISOString() })),
  };
}

/** One own report-recommendation assignment: the recommendation, adoption and progress reported. */
export async function departmentRecommendationAssignmentDetail(user: AppUser, id: number) {
  departmentOf(user);
  const row = await getOwnAssignment(user, id, "recommendation");
  if (!row?.a.recommendationId) throw new DomainError("交办记录不存在", "not_found");
  const found = await getRecommendation(row.a.recommendationId);
  return {
    ...summaryOf(row),
    adoption: row.a.adoption,
    adoptionReason: row.a.adoptionReason,
    progress: row.a.progress,
    recommendation: found
      ? { id: found.rec.id, title: found.rec.title, text: found.rec.text, document: { slug: found.docSlug, title: found.docTitle }, url: `/recommendations/${found.rec.id}` }
      : null,
  };
}
