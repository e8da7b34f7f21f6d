// Review of disclosure entries: a second person (never the author or the
// submitter) publishes a pending entry, superseding the entry it corrects, or
// sends it back with a reason. Drafting is in catalogue-entries.server.ts.
import { eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { canAuthor, canReview } from "./catalogues.server";
import { loadContext, type EntryContext } from "./catalogue-entries.server";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";

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
    const row = await updateVersioned(t, catalogueEntries, { id: entryId }, { status: "published", reviewedBy: user.id, reviewedAt: now, publishedAt: now, returnReason: null, updatedAt: now });
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.published", fromState: "pending_review", toState: "published" });
    if (ctx.entry.previousId) {
      const old = await updateVersioned(
        t,
        catalogueEntries,
        { id: ctx.entry.previousId, where: eq(catalogueEntries.status, "published"), conflict: "被更正的信息已不是发布状态" },
        { status: "superseded", supersededById: entryId, updatedAt: now },
      );
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
    const row = await updateVersioned(t, catalogueEntries, { id: entryId }, { status: "returned", returnReason: why, reviewedBy: user.id, reviewedAt: new Date() });
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.returned", fromState: "pending_review", toState: "returned", note: why });
    return row;
  });
}
