// Attachments of disclosure entries: PDF or images stored on disk, added to
// and removed from drafts and returned entries only (a published entry's files
// are kept as they were). Each change is an event of the entry.
import { eq, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { catalogueAttachments } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { storeUpload } from "../../utils/uploads.server";
import { assertEntryAction, loadContext } from "./catalogue-entries.server";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";

export const MAX_ATTACHMENTS = 20;

export async function addAttachment(entryId: number, file: { bytes: Uint8Array; name: string }, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, responsibility } = await loadContext(t, entryId, true);
    assertEntryAction("attach", user, { entry, responsibility });
    const [{ n }] = await t.select({ n: sql<number>`count(*)::int` }).from(catalogueAttachments).where(eq(catalogueAttachments.entryId, entryId));
    if (n >= MAX_ATTACHMENTS) throw new DomainError(`每条信息最多 ${MAX_ATTACHMENTS} 个附件`, "invalid", "file");
    const stored = storeUpload(file.bytes, file.name);
    const [row] = await t.insert(catalogueAttachments).values({ entryId, ...stored, uploadedBy: user.id }).returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_entry",
      subjectId: entryId,
      action: "catalogue_entry.attachment_added",
      data: { attachmentId: row.id, fileName: row.fileName, sha256: row.sha256, size: row.size },
    });
    return row;
  });
}

export async function removeAttachment(attachmentId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const [file] = await t.select().from(catalogueAttachments).where(eq(catalogueAttachments.id, attachmentId));
    if (!file) throw new DomainError("附件不存在", "not_found");
    const { entry, responsibility } = await loadContext(t, file.entryId, true);
    assertEntryAction("detach", user, { entry, responsibility });
    await t.delete(catalogueAttachments).where(eq(catalogueAttachments.id, attachmentId));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_entry",
      subjectId: entry.id,
      action: "catalogue_entry.attachment_removed",
      data: { attachmentId, fileName: file.fileName },
    });
    return entry;
  });
}
