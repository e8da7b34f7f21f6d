// Queries per request: every statement drizzle sends (including lucia's and
// raw `db.execute`) is counted in the async context it was sent from. The
// request log reports each request's count, the benchmark prints it per page,
// and tests bound it (no query per row: no N+1).
import { AsyncLocalStorage } from "node:async_hooks";

const store = new AsyncLocalStorage<{ queries: number }>();

/** drizzle's logger hook: one call per statement. */
export const queryCounter = {
  logQuery() {
    const counter = store.getStore();
    if (counter) counter.queries++;
  },
};

/** Run `fn` with a fresh counter; `counter.queries` keeps counting what it starts. */
export function countingQueries<T>(fn: () => T): { result: T; counter: { queries: number } } {
  const counter = { queries: 0 };
  const result = store.run(counter, fn);
  return { result, counter };
}

/** How many statements `fn` sent (awaits it). */
export async function queriesOf(fn: () => Promise<unknown>): Promise<number> {
  const { result, counter } = countingQueries(fn);
  await result;
  return counter.queries;
}
