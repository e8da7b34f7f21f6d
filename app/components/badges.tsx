import { ASSIGNMENT_STATE_LABELS, PROPOSAL_STATE_LABELS } from "~/utils/labels";

type ProposalState = keyof typeof PROPOSAL_STATE_LABELS;
const TONE: Partial<Record<ProposalState, string>> = {
  assigned: "warn",
  rehandling: "warn",
  replied: "ok",
  closed: "ok",
  not_accepted: "muted",
  withdrawn: "muted",
  merged: "muted",
  converted: "muted",
};

/** Status in words plus colour, never colour alone. */
export function StateBadge({ state }: { state: ProposalState }) {
  return <span className={`badge ${TONE[state] ?? "muted"}`}>{PROPOSAL_STATE_LABELS[state]}</span>;
}

/**
 * An assignment's state. Give the role for a proposal's assignment: a co-handler (会办) whose
 * opinion is sent is in state `replied`, but it has sent its 会办意见, not a reply (答复 is the lead's).
 */
export function AssignmentBadge({ state, role }: { state: keyof typeof ASSIGNMENT_STATE_LABELS; role?: string }) {
  const tone = state === "replied" || state === "closed" ? "ok" : state === "withdrawn" ? "muted" : "warn";
  const label = role === "co" && state === "replied" ? "已送会办意见" : ASSIGNMENT_STATE_LABELS[state];
  return <span className={`badge ${tone}`}>{label}</span>;
}

export function OverdueBadge({ days }: { days: number }) {
  if (days <= 0) return null;
  return <span className="badge danger">逾期 {days} 天</span>;
}

export function KeyBadge({ isKey }: { isKey: boolean }) {
  return isKey ? <span className="badge warn">重点提案</span> : null;
}
