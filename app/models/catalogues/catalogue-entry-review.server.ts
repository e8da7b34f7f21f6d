// Review of disclosure entries: a second person (never the author or the
// submitter) publishes a pending entry, superseding the entry it corrects, or
// sends it back with a reason. Drafting is in catalogue-entries.server.ts.
import { eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueEntries } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { assertEntryAction, loadContext } from "./catalogue-entries.server";
import { ENTRY_RULES } from "./catalogue-entry-rules";
import { assertAllowed } from "../platform/state-table";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";

export async function approveEntry(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const ctx = await loadContext(t, entryId, true);
    assertEntryAction("approve", user, ctx);
    const now = new Date();
    const row = await updateVersioned(t, catalogueEntries, { id: entryId }, { status: "published", reviewedBy: user.id, reviewedAt: now, publishedAt: now, returnReason: null, updatedAt: now });
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.published", fromState: "pending_review", toState: "published" });
    if (ctx.entry.previousId) {
      const [previous] = await t.select({ status: catalogueEntries.status }).from(catalogueEntries).where(eq(catalogueEntries.id, ctx.entry.previousId)).for("update");
      assertAllowed(ENTRY_RULES.supersede, { state: previous.status, actors: ["system"] });
      const old = await updateVersioned(t, catalogueEntries, { id: ctx.entry.previousId }, { status: "superseded", supersededById: entryId, updatedAt: now });
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
    assertEntryAction("return", user, ctx);
    const row = await updateVersioned(t, catalogueEntries, { id: entryId }, { status: "returned", returnReason: why, reviewedBy: user.id, reviewedAt: new Date() });
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.returned", fromState: "pending_review", toState: "returned", note: why });
    return row;
  });
}
