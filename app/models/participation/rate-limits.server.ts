// Rate limits for public texts (opinions, leads), per account and per client
// address. Kept in the database (participation_posts) so every app server sees
// the same counts; each key is locked for the rest of the transaction
// (pg_advisory_xact_lock) before it is counted, so concurrent posts queue and
// the limit is exact. Withdrawn texts still count: withdrawing is not a way
// around the limit. Addresses are stored as a hash, and rows older than the
// longest window are pruned as new ones arrive.
import { createHash } from "node:crypto";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { participationPosts } from "../../../db/participation.schema";
import { DomainError } from "../../utils/errors";

export type PostKind = "opinion" | "lead";

interface Limit {
  max: number;
  windowMinutes: number;
}

/** At most `max` texts of a kind within `windowMinutes`, per account and per address. */
export const POST_LIMITS: Record<PostKind, { account: Limit; address: Limit }> = {
  opinion: { account: { max: 5, windowMinutes: 10 }, address: { max: 20, windowMinutes: 10 } },
  lead: { account: { max: 5, windowMinutes: 24 * 60 }, address: { max: 20, windowMinutes: 24 * 60 } },
};

const KEEP_MINUTES = 24 * 60;

export function addressKey(ip: string) {
  return `ip:${createHash("sha256").update(ip.trim().toLowerCase()).digest("hex").slice(0, 32)}`;
}

function retryText(minutes: number) {
  return minutes >= 60 ? `${Math.ceil(minutes / 60)} 小时` : `${Math.max(1, minutes)} 分钟`;
}

/**
 * Take one slot for a text of `kind` by this account from this address, or
 * throw a "throttled" DomainError saying when to try again. Call inside the
 * transaction that stores the text: a rollback gives the slot back.
 */
export async function takePostSlot(t: DbOrTx, kind: PostKind, userId: string, ip: string | null | undefined, now = new Date(), limits = POST_LIMITS[kind]) {
  const keys: [string, Limit, string][] = [[`acct:${userId}`, limits.account, "您的账号"]];
  if (ip && ip !== "unknown") keys.push([addressKey(ip), limits.address, "您所在的网络地址"]);
  // Locks in a fixed order, so two transactions never wait on each other crosswise.
  for (const key of keys.map((k) => k[0]).sort()) await t.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  for (const [key, limit, who] of keys) {
    const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
    const recent = await t
      .select({ postedAt: participationPosts.postedAt })
      .from(participationPosts)
      .where(and(eq(participationPosts.key, key), eq(participationPosts.kind, kind), gte(participationPosts.postedAt, since)))
      .orderBy(asc(participationPosts.postedAt));
    if (recent.length >= limit.max) {
      const freeAt = recent[recent.length - limit.max].postedAt.getTime() + limit.windowMinutes * 60_000;
      const minutes = Math.ceil((freeAt - now.getTime()) / 60_000);
      const what = kind === "opinion" ? "意见" : "线索";
      throw new DomainError(`${who}提交${what}过于频繁（${limit.windowMinutes >= 60 ? `${limit.windowMinutes / 60} 小时` : `${limit.windowMinutes} 分钟`}内最多 ${limit.max} 条），请 ${retryText(minutes)}后再试`, "throttled");
    }
  }
  await t.insert(participationPosts).values(keys.map(([key]) => ({ key, kind, postedAt: now })));
  await t.delete(participationPosts).where(and(inArray(participationPosts.key, keys.map((k) => k[0])), lt(participationPosts.postedAt, new Date(now.getTime() - KEEP_MINUTES * 60_000))));
}
