// Queries per request: every statement drizzle sends (including lucia's and
// raw `db.execute`) is counted in the async context it was sent from. The
// request log reports each request's count, the benchmark prints it per page,
// and tests bound it (no query per row: no N+1). The same async context also
// holds what a request may read once and share between its loaders (requestMemo).
import { AsyncLocalStorage } from "node:async_hooks";

interface RequestScope {
  queries: number;
  memo?: Map<string, unknown>;
}

const store = new AsyncLocalStorage<RequestScope>();

/** drizzle's logger hook: one call per statement. */
export const queryCounter = {
  logQuery() {
    const counter = store.getStore();
    if (counter) counter.queries++;
  },
};

/** Run `fn` with a fresh counter; `counter.queries` keeps counting what it starts. */
export function countingQueries<T>(fn: () => T): { result: T; counter: { queries: number } } {
  const counter: RequestScope = { queries: 0 };
  const result = store.run(counter, fn);
  return { result, counter };
}

/** How many statements `fn` sent (awaits it). */
export async function queriesOf(fn: () => Promise<unknown>): Promise<number> {
  const { result, counter } = countingQueries(fn);
  await result;
  return counter.queries;
}

/**
 * `make()` once per request and key: later calls in the same request get the
 * first result. Outside a request (tests, tools) it simply calls `make`.
 */
export function requestMemo<T>(key: string, make: () => T): T {
  const scope = store.getStore();
  if (!scope) return make();
  scope.memo ??= new Map();
  if (scope.memo.has(key)) return scope.memo.get(key) as T;
  const value = make();
  scope.memo.set(key, value);
  return value;
}
