// A token bucket per key. Each key may burst up to `perMinute` requests and
// then gets `perMinute / 60` more every second. The API's token limit uses the
// database's buckets (takeFromDatabaseBucket), which every app process shares
// (issue 16; decision 008 had it in memory, right only for one process); the
// in-memory RateLimiter stays for single-process uses and tests.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { apiRateBuckets } from "../../db/api-tokens.schema";

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private buckets = new Map<string | number, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Spend one request for `key`, or say how many seconds until one is available. */
  take(key: string | number): RateDecision {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Forget every key (tests). Keys are token ids, so the map never outgrows the tokens table. */
  clear() {
    this.buckets.clear();
  }
}

/**
 * The same token bucket kept in the database (api_rate_buckets), for several
 * app processes on one PostgreSQL: one statement refills, decides and spends,
 * under the row's lock, so concurrent requests from any process are counted
 * once each. Clock: the database's, shared by every process.
 */
export async function takeFromDatabaseBucket(tx: DbOrTx, tokenId: number, perMinute: number): Promise<RateDecision> {
  const perSecond = perMinute / 60;
  const level = sql`least(${perMinute}::float8, ${apiRateBuckets.tokens} + extract(epoch from clock_timestamp() - ${apiRateBuckets.at}) * ${perSecond}::float8)`;
  const [row] = await tx
    .insert(apiRateBuckets)
    .values({ tokenId, tokens: perMinute - 1, at: sql`clock_timestamp()`, allowed: true })
    .onConflictDoUpdate({
      target: apiRateBuckets.tokenId,
      set: {
        allowed: sql`${level} >= 1`,
        tokens: sql`${level} - case when ${level} >= 1 then 1 else 0 end`,
        at: sql`clock_timestamp()`,
      },
    })
    .returning({ tokens: apiRateBuckets.tokens, allowed: apiRateBuckets.allowed });
  if (row.allowed) return { ok: true, remaining: Math.floor(row.tokens) };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / perSecond)) };
}
