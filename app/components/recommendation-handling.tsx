import { Link } from "~/components/link";
import type { RecommendationHandling } from "~/models/loop/recommendation-status.server";
import { ADOPTION_LABELS, ASSIGNMENT_ROLE_LABELS, PROPOSAL_STATE_LABELS, SATISFACTION_LABELS } from "~/utils/labels";
import { AssignmentBadge, OverdueBadge, StateBadge } from "./badges";

type Handling = Pick<RecommendationHandling, "proposal" | "departments" | "adoptions">;

/** 采纳情况 in words (never colour alone). */
export function AdoptionBadge({ adoption }: { adoption: keyof typeof ADOPTION_LABELS | null }) {
  if (!adoption) return null;
  const tone = adoption === "adopted" ? "ok" : adoption === "partly" ? "warn" : "muted";
  return <span className={`badge ${tone}`}>{ADOPTION_LABELS[adoption]}</span>;
}

/**
 * Under each recommendation: the handling it is under. A proposal's show the
 * proposal's (departments, deadline, state, category, evaluation) and the
 * adoption its lead marked; a report's their own departments, adoption, progress.
 */
export function HandlingSummary({ handling }: { handling: Handling | undefined }) {
  if (!handling) return null;
  const { proposal, departments, adoptions } = handling;
  if (proposal) {
    return (
      <div className="handling">
        <p className="rec-meta">
          提案 <Link to={`/proposals/${proposal.caseNo}`}>{proposal.caseNo}</Link> · <StateBadge state={proposal.state} />
          {proposal.departments.map((d) => (
            <span key={d.assignmentId}>
              {" "}
              · {ASSIGNMENT_ROLE_LABELS[d.role]} <Link to={`/departments/${d.departmentId}`}>{d.departmentName}</Link>（期限 {d.deadline}，<AssignmentBadge state={d.state} />
              <OverdueBadge days={d.overdueDays} />）
            </span>
          ))}
          {proposal.departments.length === 0 ? <span> · {PROPOSAL_STATE_LABELS.accepted}</span> : null}
          {proposal.categories.length ? ` · 答复类别 ${proposal.categories.join("、")}` : ""}
          {proposal.evaluation
            ? ` · 评价：态度${SATISFACTION_LABELS[proposal.evaluation.attitude as keyof typeof SATISFACTION_LABELS]}，结果${SATISFACTION_LABELS[proposal.evaluation.result as keyof typeof SATISFACTION_LABELS]}`
            : ""}
        </p>
        {adoptions.length ? (
          <ul className="adoptions" aria-label="采纳情况">
            {adoptions.map((a, i) => (
              <li key={i}>
                {a.departmentName}：<AdoptionBadge adoption={a.adoption} />
                {a.reason ? ` ${a.reason}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (!departments.length) return <p className="rec-meta"><span className="badge muted">待交办</span></p>;
  return (
    <ul className="handling adoptions" aria-label="交办与采纳">
      {departments.map((d) => (
        <li key={d.assignmentId}>
          {ASSIGNMENT_ROLE_LABELS[d.role]} <Link to={`/departments/${d.departmentId}`}>{d.departmentName}</Link> · 期限 {d.deadline} · <AssignmentBadge state={d.state} />{" "}
          <OverdueBadge days={d.overdueDays} />
          {d.adoption ? (
            <>
              {" "}
              · <AdoptionBadge adoption={d.adoption} />
              {d.adoptionReason ? ` ${d.adoptionReason}` : ""}
            </>
          ) : null}
          {d.progress !== null ? ` · 进度 ${d.progress}%` : ""}
        </li>
      ))}
    </ul>
  );
}
