// 提案附件: the author attaches PDF or images while drafting. Files are checked
// by content (uploads.server: magic bytes, size, content-addressed storage
// under $XS_DATA_DIR/uploads). Who may read one follows who may read the
// proposal: author and co-signers always, staff once submitted, everyone once public.
import { and, asc, count, eq } from "drizzle-orm";
import { db } from "../../../db/client";
import { proposalAttachments } from "../../../db/loop.schema";
import { DomainError } from "../../utils/errors";
import { storeUpload } from "../../utils/uploads.server";
import { recordEvent } from "../platform/events.server";
import { actorsFor, getProposal, isPublic, lockProposal } from "./proposals.server";
import type { AppUser } from "../directory/users.server";

export const MAX_ATTACHMENTS = 10;

/**
 * May this user add or remove attachments now (the author, while drafting)?
 * Checked before an upload is read; addAttachment checks again under the lock.
 */
export async function assertMayChangeAttachments(user: AppUser, proposalId: number) {
  const p = await getProposal(proposalId);
  if (!p) throw new DomainError("提案不存在", "not_found");
  const actors = await actorsFor(user, p);
  if (!actors.includes("author")) {
    // Others may not even learn that a draft exists.
    if (!isPublic(p) && !actors.includes("cosigner") && !actors.includes("staff")) throw new DomainError("提案不存在", "not_found");
    throw new DomainError("只有提案人可以添加附件", "forbidden", "file");
  }
  if (p.state !== "draft") throw new DomainError("提交后不能再修改附件", "conflict", "file");
}

export async function addAttachment(user: AppUser, proposalId: number, bytes: Uint8Array, originalName: string) {
  return db.transaction(async (t) => {
    const p = await lockProposal(t, proposalId);
    const actors = await actorsFor(user, p, t);
    if (!actors.includes("author")) throw new DomainError("只有提案人可以添加附件", "forbidden", "file");
    if (p.state !== "draft") throw new DomainError("提交后不能再修改附件", "conflict", "file");
    const [{ n }] = await t.select({ n: count() }).from(proposalAttachments).where(eq(proposalAttachments.proposalId, proposalId));
    if (n >= MAX_ATTACHMENTS) throw new DomainError(`附件不能超过 ${MAX_ATTACHMENTS} 个`, "conflict", "file");
    const stored = storeUpload(bytes, originalName);
    const [row] = await t.insert(proposalAttachments).values({ proposalId, ...stored, uploadedBy: user.id }).returning();
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: proposalId, action: "proposal.attachment_added", data: { attachmentId: row.id, fileName: row.fileName, size: row.size } });
    return row;
  });
}

export async function removeAttachment(user: AppUser, attachmentId: number) {
  return db.transaction(async (t) => {
    const [a] = await t.select().from(proposalAttachments).where(eq(proposalAttachments.id, attachmentId));
    if (!a) throw new DomainError("附件不存在", "not_found");
    const p = await lockProposal(t, a.proposalId);
    if (!(await actorsFor(user, p, t)).includes("author")) throw new DomainError("只有提案人可以删除附件", "forbidden");
    if (p.state !== "draft") throw new DomainError("提交后不能再修改附件", "conflict");
    await t.delete(proposalAttachments).where(and(eq(proposalAttachments.id, attachmentId)));
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: p.id, action: "proposal.attachment_removed", data: { attachmentId, fileName: a.fileName } });
  });
}

export function listAttachments(proposalId: number) {
  return db
    .select({ id: proposalAttachments.id, fileName: proposalAttachments.fileName, size: proposalAttachments.size, mimeType: proposalAttachments.mimeType })
    .from(proposalAttachments)
    .where(eq(proposalAttachments.proposalId, proposalId))
    .orderBy(asc(proposalAttachments.id));
}

/** The attachment if this viewer may read it, else null (the route answers 404). */
export async function readableAttachment(user: AppUser | null, attachmentId: number) {
  const [a] = await db.select().from(proposalAttachments).where(eq(proposalAttachments.id, attachmentId));
  if (!a) return null;
  const p = (await getProposal(a.proposalId))!;
  if (isPublic(p)) return a;
  const actors = await actorsFor(user, p);
  if (actors.includes("author") || actors.includes("cosigner")) return a;
  if (actors.includes("staff") && p.state !== "draft" && p.state !== "withdrawn") return a;
  return null;
}
