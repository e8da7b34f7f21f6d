// The 承办情况 table on the staff proposal page: each department's role,
// deadline and state, with the approve / refuse form for a requested
// reassignment and, for a co-handler not yet heard, the waiver of its opinion
// (免除会办意见, with a reason) — plain POST forms, so they work without
// JavaScript. Which form shows comes from the assignment state table.
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { proposalDetail } from "~/models/loop/proposal-queries.server";
import { assignmentCan } from "~/models/loop/assignment-rules";
import { ASSIGNMENT_ROLE_LABELS } from "~/utils/labels";
import { AssignmentBadge, OverdueBadge } from "./badges";

type AssignmentRow = SerializeFrom<Awaited<ReturnType<typeof proposalDetail>>["assignments"][number]>;

export function ProposalAssignmentsTable({ assignments }: { assignments: AssignmentRow[] }) {
  return (
    <>
      <h2>承办情况</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">方式</th>
            <th scope="col">期限</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id}>
              <td>{a.departmentName}</td>
              <td>{ASSIGNMENT_ROLE_LABELS[a.role]}</td>
              <td>{a.deadline}</td>
              <td>
                <AssignmentBadge state={a.state} role={a.role} /> <OverdueBadge days={a.overdueDays} />
                {a.reassignmentReason && a.state === "reassignment_requested" ? <div>申请理由：{a.reassignmentReason}</div> : null}
              </td>
              <td>
                {a.state === "reassignment_requested" ? (
                  <Form method="post" className="actions">
                    <input type="hidden" name="intent" value="reassign-decision" />
                    <input type="hidden" name="assignmentId" value={a.id} />
                    <input type="text" name="note" aria-label="处理意见" placeholder="处理意见" />
                    <button type="submit" name="decision" value="approve" className="secondary">
                      同意调整
                    </button>
                    <button type="submit" name="decision" value="refuse" className="secondary">
                      不同意
                    </button>
                  </Form>
                ) : null}
                {assignmentCan({ subject: "proposal", role: a.role, state: a.state }, "staff").waive_opinion ? (
                  <Form method="post" className="actions">
                    <input type="hidden" name="intent" value="waive-opinion" />
                    <input type="hidden" name="assignmentId" value={a.id} />
                    <input type="text" name="reason" aria-label={`免除理由：${a.departmentName}`} placeholder="免除理由" required />
                    <button type="submit" className="secondary">
                      免除会办意见
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
