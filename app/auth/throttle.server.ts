import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { loginThrottle } from "../../db/schema";

// Failed logins are counted per account and per client address in a window.
// Past the limit the key is locked for the rest of the window, so guessing a
// password is slow whether an attacker spreads tries over accounts or over IPs.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perIp: 20,
} as const;

export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** When the key is locked, the moment it opens again; otherwise null. */
export async function lockedUntil(db: DbOrTx, key: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  if (!row?.lockedUntil) return null;
  return row.lockedUntil > now ? row.lockedUntil : null;
}

/** Count one failure for the key; lock it once the limit is reached. */
export async function recordFailure(db: DbOrTx, key: string, limit: number, now = new Date()) {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const lockUntil = new Date(now.getTime() + THROTTLE.windowMs);
  // postgres.js cannot bind a Date inside a raw sql fragment: pass ISO text, cast.
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  // One statement, so concurrent failures cannot lose a count.
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} < ${at(windowStart)} then 1 else ${loginThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${at(windowStart)} then ${at(now)} else ${loginThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when (case when ${loginThrottle.windowStartedAt} < ${at(windowStart)} then 1 else ${loginThrottle.failures} + 1 end) >= ${limit} then ${at(lockUntil)} else ${loginThrottle.lockedUntil} end`,
      },
    });
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
