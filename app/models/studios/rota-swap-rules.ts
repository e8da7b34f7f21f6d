// Duty swaps (换班) as data: the member on duty asks a colleague to take (or
// swap) a shift that has not begun; only the asked member accepts or declines;
// the requester may withdraw while it is pending. One pending request per
// shift. rota-swaps.server.ts checks every action here; the member's rota page
// takes its `can` flags from it.
// Pure: no I/O.
import { swapStatusEnum } from "../../../db/studios.schema";
import type { Rule } from "../platform/state-table";

export type SwapStatus = (typeof swapStatusEnum.enumValues)[number];
/** A request's state; for `request`, the shift's: `none` while it has no pending request. */
export type SwapState = "none" | SwapStatus;

export const SWAP_STATES: readonly SwapState[] = ["none", ...swapStatusEnum.enumValues];

/** `holder`: the member on duty for the shift; `requester` and `target`: the two members of a request. */
export type SwapActor = "holder" | "requester" | "target";

export type SwapAction = "request" | "accept" | "decline" | "withdraw";

const ALREADY_DECIDED = { message: "这个换班申请已处理", code: "conflict" } as const;
const NOT_TARGET = { message: "只有被邀请的委员可以答复这个换班申请", code: "forbidden" } as const;

export const SWAP_RULES: Record<SwapAction, Rule<SwapState, SwapActor>> = {
  // Also: the shift has not begun, and the colleague (and their shift) belong to the studio.
  request: {
    from: ["none"],
    to: "pending",
    actors: ["holder"],
    label: "申请换班",
    refuse: { actor: { message: "只能为自己的值班申请换班", code: "forbidden" }, state: { message: "这次值班已有待确认的换班申请", code: "conflict" } },
  },
  // Also: both shifts still belong to whom they did, have not begun, and overlap nothing.
  accept: { from: ["pending"], to: "accepted", actors: ["target"], label: "接受换班", refuse: { actor: NOT_TARGET, state: ALREADY_DECIDED } },
  decline: { from: ["pending"], to: "declined", actors: ["target"], label: "拒绝换班", refuse: { actor: NOT_TARGET, state: ALREADY_DECIDED } },
  withdraw: {
    from: ["pending"],
    to: "withdrawn",
    actors: ["requester"],
    label: "撤回换班申请",
    refuse: { actor: { message: "只有申请人可以撤回", code: "forbidden" }, state: ALREADY_DECIDED },
  },
};

/** The actor's relations to a request (or, with no request, to the shift). */
export function swapActors(userId: string, swap: { requesterId: string; targetId: string } | null, shift?: { memberId: string }): SwapActor[] {
  const actors: SwapActor[] = [];
  if (shift && shift.memberId === userId) actors.push("holder");
  if (swap?.requesterId === userId) actors.push("requester");
  if (swap?.targetId === userId) actors.push("target");
  return actors;
}
