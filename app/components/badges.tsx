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

export function AssignmentBadge({ state }: { state: keyof typeof ASSIGNMENT_STATE_LABELS }) {
  const tone = state === "replied" || state === "closed" ? "ok" : state === "withdrawn" ? "muted" : "warn";
  return <span className={`badge ${tone}`}>{ASSIGNMENT_STATE_LABELS[state]}</span>;
}

export function OverdueBadge({ days }: { days: number }) {
  if (days <= 0) return null;
  return <span className="badge danger">逾期 {days} 天</span>;
}

export function KeyBadge({ isKey }: { isKey: boolean }) {
  return isKey ? <span className="badge warn">重点提案</span> : null;
}
