// Review of disclosure entries: a second person (never the author or the
// submitter) publishes a pending entry, superseding the entry it corrects, or
// sends it back with a reason. Drafting is in catalogue-entries.server.ts.
import { and, eq, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { canAuthor, canReview } from "./catalogues.server";
import { loadContext, type EntryContext } from "./catalogue-entries.server";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";

function requireReviewer(user: AppUser, ctx: EntryContext) {
  if (!canAuthor(user, ctx.responsibility)) throw new DomainError("您不能审核该事项的信息", "forbidden");
  if (!canReview(user, ctx.responsibility, ctx.entry)) {
    throw new DomainError("不能审核自己起草或提交的信息，须由另一位工作人员审核", "forbidden");
  }
}

export async function approveEntry(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const ctx = await loadContext(t, entryId, true);
    if (ctx.entry.status !== "pending_review") throw new DomainError("该信息不在待审核状态", "conflict");
    requireReviewer(user, ctx);
    const now = new Date();
    const [row] = await t
      .update(catalogueEntries)
      .set({ status: "published", reviewedBy: user.id, reviewedAt: now, publishedAt: now, returnReason: null, version: sql`${catalogueEntries.version} + 1`, updatedAt: now })
      .where(eq(catalogueEntries.id, entryId))
      .returning();
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.published", fromState: "pending_review", toState: "published" });
    if (ctx.entry.previousId) {
      const [old] = await t
        .update(catalogueEntries)
        .set({ status: "superseded", supersededById: entryId, version: sql`${catalogueEntries.version} + 1`, updatedAt: now })
        .where(and(eq(catalogueEntries.id, ctx.entry.previousId), eq(catalogueEntries.status, "published")))
        .returning();
      if (!old) throw new DomainError("被更正的信息已不是发布状态", "conflict");
      await recordEvent(t, {
        actorId: user.id,
        subjectType: "catalogue_entry",
        subjectId: old.id,
        action: "catalogue_entry.superseded",
        fromState: "published",
        toState: "superseded",
        data: { by: entryId },
      });
    }
    return row;
  });
}

export async function returnEntry(entryId: number, reason: string, user: AppUser) {
  const why = reason.trim();
  if (!why) throw new DomainError("请填写退回理由", "invalid", "reason");
  if (why.length > 2000) throw new DomainError("退回理由不能超过 2000 个字符", "invalid", "reason");
  return db.transaction(async (t) => {
    const ctx = await loadContext(t, entryId, true);
    if (ctx.entry.status !== "pending_review") throw new DomainError("该信息不在待审核状态", "conflict");
    requireReviewer(user, ctx);
    const [row] = await t
      .update(catalogueEntries)
      .set({ status: "returned", returnReason: why, reviewedBy: user.id, reviewedAt: new Date(), version: sql`${catalogueEntries.version} + 1`, updatedAt: new Date() })
      .where(eq(catalogueEntries.id, entryId))
      .returning();
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.returned", fromState: "pending_review", toState: "returned", note: why });
    return row;
  });
}
