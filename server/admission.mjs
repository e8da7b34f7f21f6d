// Admission control for the Remix handler: at most `limit` requests have their
// loaders and render running at once; the others wait their turn in arrival order.
//
// Why: node interleaves every request it has accepted. With 32 requests in flight,
// each one's loaders and render take turns with 31 others, and which one finishes
// last is close to chance — a few wait for many rounds, so the slowest 1 % took
// about twice the mean (decision 014, "Admission"). Working on a few at a time
// (enough to keep the database busy while JavaScript runs) and queueing the rest
// first come, first served makes a request's latency its place in the queue plus
// its own work.
//
// A turn covers producing the response (loaders, actions, render), not sending it:
// a slow client reading a large export must not hold a turn. A request whose client
// has gone while it waited is skipped. When `maxQueue` requests already wait, a new
// one is turned away at once (the caller answers 503 with Retry-After) instead of
// holding its socket for a turn that is minutes away.

/**
 * @param {{ limit: number, maxQueue: number }} options
 */
export function createAdmission({ limit, maxQueue }) {
  let active = 0;
  /** @type {({ res: import("node:http").ServerResponse, admit: (ok: boolean) => void } | undefined)[]} */
  let queue = [];
  let head = 0;

  const gone = (res) => res.destroyed || res.writableEnded;

  return {
    /**
     * Waits for a turn. Resolves "admitted" (call `leave()` when the response is made),
     * "gone" (the client left while waiting: nothing to answer) or "full" (the queue is full).
     * @param {import("node:http").ServerResponse} res
     * @returns {Promise<"admitted" | "gone" | "full">}
     */
    async enter(res) {
      if (active < limit) {
        active++;
        return "admitted";
      }
      if (queue.length - head >= maxQueue) return "full";
      const ok = await new Promise((admit) => queue.push({ res, admit }));
      return ok ? "admitted" : "gone";
    },
    /** Ends a turn and hands it to the first waiting request whose client is still there. */
    leave() {
      active--;
      while (head < queue.length && active < limit) {
        const next = queue[head];
        queue[head++] = undefined;
        if (!next) continue;
        if (gone(next.res)) {
          next.admit(false);
          continue;
        }
        active++;
        next.admit(true);
      }
      if (head === queue.length) {
        queue = [];
        head = 0;
      }
    },
    stats: () => ({ active, waiting: queue.length - head }),
  };
}
