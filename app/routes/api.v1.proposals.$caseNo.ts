import type { LoaderFunctionArgs } from "@remix-run/node";
import { proposalDetail, publicTimeline } from "~/models/loop/proposal-queries.server";
import { getProposalByCaseNo, isPublic } from "~/models/loop/proposals.server";
import { apiFail, apiOk } from "~/utils/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const p = params.caseNo && /^\d{4}-\d{4}$/.test(params.caseNo) ? await getProposalByCaseNo(params.caseNo) : null;
  if (!p || !isPublic(p)) apiFail(404, "not_found", "No public proposal with this case number");
  const [detail, timeline] = await Promise.all([proposalDetail(p, { includeUnpublishedReplies: false, includeEvaluationComments: false }), publicTimeline(p)]);
  return apiOk({
    data: {
      id: p.id,
      caseNo: p.caseNo,
      title: p.title,
      state: p.state,
      kind: p.kind,
      year: p.year,
      isKey: p.isKey,
      body: p.body,
      assignments: detail.assignments.map((a) => ({ id: a.id, department: a.departmentName, departmentId: a.departmentId, role: a.role, state: a.state, deadline: a.deadline, overdueDays: a.overdueDays })),
      replies: detail.replies,
      // The ratings; the proposer's comment (评价意见) is for the departments, not the public.
      evaluations: detail.evaluations.map(({ comment: _comment, ...e }) => e),
      timeline,
      document: detail.documentSlug ? `/documents/${detail.documentSlug}` : null,
    },
  });
}
