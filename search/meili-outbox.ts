// The Meilisearch outbox: writes become search_outbox rows in the caller's
// transaction, and a drainer applies them in order, deleting each row only once
// Meilisearch has taken it and backing off while it fails. One drainer at a
// time (an advisory lock on PostgreSQL; PGlite is single-process).
import { asc, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { db, getDatabase, rowsOf } from "../db/client";
import type { SearchEntry } from "./engine";
import { searchOutbox } from "./schema";

export type OutboxOp =
  | { op: "upsert"; payload: { entries: SearchEntry[] } }
  | { op: "remove"; payload: { ids: string[] } }
  | { op: "replace_group"; payload: { group: string; entries: SearchEntry[] } };

const DRAIN_LOCK = 4_242_005;
const MAX_BACKOFF_S = 300;

export interface DrainResult {
  applied: number;
  /** Rows still waiting (-1: another server is draining). */
  remaining: number;
  error?: string;
}

/** Record a change in the caller's transaction; it reaches Meilisearch when drained. */
export async function enqueue(tx: DbOrTx, ...items: OutboxOp[]) {
  if (items.length) await tx.insert(searchOutbox).values(items.map((item) => ({ op: item.op, payload: item.payload })));
}

/**
 * Apply waiting outbox rows in order, up to `max`: `prepare` before the first,
 * then `apply` for each. A failure stops the run at that row (later rows wait
 * behind it, so order holds) and schedules a retry with exponential back-off.
 */
export async function drainOutbox(
  max: number,
  steps: { prepare: () => Promise<void>; apply: (op: OutboxOp) => Promise<void> },
): Promise<DrainResult> {
  const run = async (t: DbOrTx): Promise<DrainResult> => {
    const rows = await t.select().from(searchOutbox).orderBy(asc(searchOutbox.id)).limit(max);
    const applied: number[] = [];
    let error: string | undefined;
    const now = Date.now();
    for (const row of rows) {
      if (row.availableAt.getTime() > now) break;
      try {
        if (!applied.length) await steps.prepare();
        await steps.apply({ op: row.op, payload: row.payload } as OutboxOp);
        applied.push(row.id);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        const delay = Math.min(2 ** row.attempts, MAX_BACKOFF_S);
        await t
          .update(searchOutbox)
          .set({
            attempts: sql`${searchOutbox.attempts} + 1`,
            lastError: error.slice(0, 1000),
            availableAt: new Date(now + delay * 1000),
          })
          .where(sql`${searchOutbox.id} = ${row.id}`);
        break;
      }
    }
    if (applied.length) await t.delete(searchOutbox).where(lte(searchOutbox.id, applied[applied.length - 1]));
    const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(searchOutbox);
    return { applied: applied.length, remaining: n, error };
  };
  if (getDatabase().engine !== "postgres") return run(db);
  // Several app servers: the one holding the lock drains, the others skip.
  return db.transaction(async (t) => {
    const [lock] = rowsOf<{ ok: boolean }>(await t.execute(sql`select pg_try_advisory_xact_lock(${DRAIN_LOCK}) as ok`));
    if (!lock.ok) return { applied: 0, remaining: -1, error: undefined };
    return run(t);
  });
}

/**
 * Drain the outbox in the background: right away while rows remain, every
 * second when idle, backing off while Meilisearch fails. Returns a stop function.
 */
/** What the worker needs of the engine: one drain step (the engine applies the rows). */
export interface OutboxDrainer {
  drain(): Promise<DrainResult>;
}

export function startOutboxWorker(engine: OutboxDrainer, onError: (message: string) => void = () => {}): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  const tick = async () => {
    let delay = 1000;
    try {
      const r = await engine.drain();
      if (r.error) {
        failures++;
        onError(r.error);
        delay = Math.min(1000 * 2 ** failures, MAX_BACKOFF_S * 1000);
      } else {
        failures = 0;
        if (r.remaining > 0 && r.applied > 0) delay = 0;
      }
    } catch (e) {
      failures++;
      onError(e instanceof Error ? e.message : String(e));
      delay = Math.min(1000 * 2 ** failures, MAX_BACKOFF_S * 1000);
    }
    if (!stopped) {
      timer = setTimeout(tick, delay);
      timer.unref();
    }
  };
  timer = setTimeout(tick, 0);
  timer.unref();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
