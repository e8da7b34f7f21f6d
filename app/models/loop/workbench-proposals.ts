// Which of a proposer's proposals the workbench lists at once. A workbench is for
// the work at hand: everything still moving is listed, and of the finished ones
// (已办结, 已撤回) only the latest few; /member/proposals lists them all.
import type { PROPOSAL_STATE_LABELS } from "../../utils/labels";

type State = keyof typeof PROPOSAL_STATE_LABELS;

/** Finished: nothing more happens to them (the member has evaluated the reply, or withdrew). */
const FINISHED: ReadonlySet<State> = new Set<State>(["closed", "withdrawn"]);

/** How many finished proposals the workbench shows (newest first, as the list comes). */
export const RECENT_FINISHED = 5;

/**
 * The proposals to list on the workbench, in the given order (newest first): every
 * unfinished one and the first `RECENT_FINISHED` finished ones, and how many finished
 * ones are left out.
 */
export function workbenchShare<P extends { state: State }>(proposals: readonly P[]): { shown: P[]; finishedLeftOut: number } {
  let finished = 0;
  const shown = proposals.filter((p) => !FINISHED.has(p.state) || ++finished <= RECENT_FINISHED);
  return { shown, finishedLeftOut: proposals.length - shown.length };
}
