import { and, eq, like, lt, notLike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { loginThrottle } from "../../db/schema";

// Throttling without lockout (decision 012; security review, issue 14, items
// 5 and 10). Failed sign-ins slow the one who fails, with delays that double,
// and never lock anyone out for good:
// - per account and client address: 3 failures free, then 1 s, 2 s, 4 s … up
//   to 15 minutes between tries from that address;
// - per client address over all accounts (spraying): 20 free, then the same;
// - per account over all addresses that have never signed in to it
//   (distributed guessing): 30 free an hour, then doubling delays, so at most
//   about 42 failures an hour reach an account. An address the account signed
//   in from in the last 90 days is "known" and not held by this rule: the
//   owner keeps signing in from their usual places during an attack.
// Delays are per key and stored in the database, so every app server sees
// them. A refused try (too early) is not checked and not counted.
// Registration uses the same mechanism per address.

export interface ThrottleRule {
  /** Events in the window before delays start. */
  free: number;
  windowMs: number;
  /** The longest delay. */
  maxDelayMs: number;
}

const MINUTE = 60_000;
export const THROTTLE = {
  pair: { free: 3, windowMs: 15 * MINUTE, maxDelayMs: 15 * MINUTE },
  address: { free: 20, windowMs: 15 * MINUTE, maxDelayMs: 15 * MINUTE },
  account: { free: 30, windowMs: 60 * MINUTE, maxDelayMs: 60 * MINUTE },
  registration: { free: 3, windowMs: 60 * MINUTE, maxDelayMs: 60 * MINUTE },
  knownForMs: 90 * 24 * 60 * MINUTE,
} as const satisfies Record<string, ThrottleRule | number>;

/**
 * One name per account however it is typed: NFKC (full-width letters), no
 * whitespace anywhere (also zero-width), lower case. Logins, throttling and
 * new accounts all use it.
 */
export function normaliseLoginName(username: string) {
  return username
    .normalize("NFKC")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "")
    .toLowerCase();
}

export const accountKey = (username: string) => `user:${normaliseLoginName(username)}`;
export const ipKey = (ip: string) => `ip:${ip}`;
export const pairKey = (username: string, ip: string) => `pair:${normaliseLoginName(username)}|${ip}`;
export const knownKey = (username: string, ip: string) => `known:${normaliseLoginName(username)}|${ip}`;
export const registrationKey = (ip: string) => `register:${ip}`;

/** The delay after the n-th event in a window: none up to `free`, then 1 s, 2 s, 4 s … capped. */
export function delayAfter(n: number, rule: ThrottleRule): number {
  if (n < rule.free) return 0;
  const exponent = Math.min(n - rule.free, 30);
  return Math.min(1000 * 2 ** exponent, rule.maxDelayMs);
}

/** When the key may be tried again, if that is still ahead; otherwise null. */
export async function waitUntil(db: DbOrTx, key: string, now = new Date()): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.key, key));
  if (!row?.lockedUntil) return null;
  return row.lockedUntil > now ? row.lockedUntil : null;
}

/** Count one event for the key and set the next allowed moment. One statement, so concurrent failures cannot lose a count. */
export async function recordFailure(db: DbOrTx, key: string, rule: ThrottleRule, now = new Date()) {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  // postgres.js cannot bind a Date inside a raw sql fragment: pass ISO text, cast.
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const fresh = sql`${loginThrottle.windowStartedAt} < ${at(windowStart)}`;
  const count = sql`case when ${fresh} then 1 else ${loginThrottle.failures} + 1 end`;
  // delay (ms) = 0 below `free`, else min(1000 · 2^(count − free), max); computed in SQL from the new count.
  const delayMs = sql`case when ${count} < ${rule.free} then 0 else least(1000 * power(2, least(${count} - ${rule.free}, 30)), ${rule.maxDelayMs}) end`;
  const first = delayAfter(1, rule);
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: first ? new Date(now.getTime() + first) : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: count,
        windowStartedAt: sql`case when ${fresh} then ${at(now)} else ${loginThrottle.windowStartedAt} end`,
        lockedUntil: sql`${at(now)} + (${delayMs}) * interval '1 millisecond'`,
      },
    })
    .returning({ failures: loginThrottle.failures });
  if (Math.random() < 0.02) await forgetOldEntries(db, now);
  return row.failures;
}

export async function clearFailures(db: DbOrTx, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Remember that the account signed in from this address (it then counts as known for 90 days). */
export async function rememberAddress(db: DbOrTx, username: string, ip: string, now = new Date()) {
  await db
    .insert(loginThrottle)
    .values({ key: knownKey(username, ip), failures: 0, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({ target: loginThrottle.key, set: { windowStartedAt: now } });
}

export async function isKnownAddress(db: DbOrTx, username: string, ip: string, now = new Date()) {
  const [row] = await db.select({ at: loginThrottle.windowStartedAt }).from(loginThrottle).where(eq(loginThrottle.key, knownKey(username, ip)));
  return !!row && now.getTime() - row.at.getTime() < THROTTLE.knownForMs;
}

/** Rows whose window and delay are long over (a day), and known addresses past 90 days. */
export async function forgetOldEntries(db: DbOrTx, now = new Date()) {
  const dayAgo = new Date(now.getTime() - 24 * 60 * MINUTE);
  const knownSince = new Date(now.getTime() - THROTTLE.knownForMs);
  await db
    .delete(loginThrottle)
    .where(
      or(
        and(notLike(loginThrottle.key, "known:%"), lt(loginThrottle.windowStartedAt, dayAgo), or(sql`${loginThrottle.lockedUntil} is null`, lt(loginThrottle.lockedUntil, dayAgo))),
        and(like(loginThrottle.key, "known:%"), lt(loginThrottle.windowStartedAt, knownSince)),
      ),
    );
}

/** "请 N 秒后再试" / "请 N 分钟后再试" for a moment ahead. */
export function retryText(until: Date, now = new Date()) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return { seconds, text: seconds < 120 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟` };
}
