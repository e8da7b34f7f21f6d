// Around a catalogue's entries, against a real database: the public's feedback and its
// moderation, attachments stored by content and private until published, and the
// generated-entries hook.
import { existsSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems } from "../../../db/catalogues.schema";
import { createEntry, discardEntry, submitEntry } from "./catalogue-entries.server";
import { addAttachment, removeAttachment } from "./catalogue-entry-attachments.server";
import { approveEntry } from "./catalogue-entry-review.server";
import { getAttachmentFor } from "./catalogue-entry-queries.server";
import { answerFeedback, moderateAnswer, moderateFeedback, submitFeedback } from "./catalogue-feedback.server";
import { feedbackToAnswer, listFeedback, moderationQueue } from "./catalogue-feedback-queries.server";
import { syncGeneratedEntries } from "./catalogue-sources.server";
import { queriesOf } from "../../../db/query-count";
import { getCatalogueBySlug } from "./catalogues.server";
import { createItem } from "./catalogue-items.server";
import type { AppUser } from "../directory/users.server";
import { domainError, seededUser } from "../../../tests/db-helpers";
import { baseItem } from "./catalogue-test-support";
import { withUploadsDir } from "../../../tests/uploads-dir";

const uploadsDir = withUploadsDir();

let staff: AppUser, admin: AppUser, mz: AppUser, wj: AppUser, citizen: AppUser;
let itemId: number;

beforeAll(async () => {
  [staff, admin, mz, wj, citizen] = await Promise.all(["staff", "admin", "dept-mz", "dept-wj", "citizen"].map(seededUser));
  const catalogue = await getCatalogueBySlug("shi-minzhengju");
  const item = await createItem(catalogue!.id, { ...baseItem, title: "测试：月度救助资金", position: 99 }, staff.id);
  itemId = item.id;
});

describe("feedback", () => {
  it("is public only after moderation, answered by the responsible department, and ages while unanswered", async () => {
    const catalogue = await getCatalogueBySlug("shi-minzhengju");
    const [entry] = await db
      .select({ id: catalogueEntries.id })
      .from(catalogueEntries)
      .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
      .where(and(eq(catalogueItems.catalogueId, catalogue!.id), eq(catalogueEntries.status, "published")))
      .limit(1);
    const q = await submitFeedback(entry.id, { kind: "question", body: "低保标准是否包含残疾人单独施保？" }, citizen);
    expect((await domainError(submitFeedback(entry.id, { kind: "question", body: "短" }, citizen))).field).toBe("body");
    // Before moderation: the asker sees it, the public and other users do not; the department does.
    expect((await listFeedback(entry.id, null)).map((f) => f.id)).not.toContain(q.id);
    expect((await listFeedback(entry.id, wj)).map((f) => f.id)).not.toContain(q.id);
    expect((await listFeedback(entry.id, citizen)).find((f) => f.id === q.id)).toMatchObject({ status: "pending", mine: true });
    expect((await listFeedback(entry.id, mz)).map((f) => f.id)).toContain(q.id);
    expect((await moderationQueue()).questions.map((f) => f.id)).toContain(q.id);
    // Only staff moderate; only the responsible department (or staff) answers.
    expect((await domainError(moderateFeedback(q.id, "approved", "", mz))).code).toBe("forbidden");
    expect((await domainError(answerFeedback(q.id, "答复", wj))).code).toBe("forbidden");
    await moderateFeedback(q.id, "approved", "", staff);
    const later = new Date(Date.now() + 5 * 86_400_000);
    const visible = (await listFeedback(entry.id, null, later)).find((f) => f.id === q.id)!;
    expect(visible).toMatchObject({ status: "approved", answer: null, waitingDays: 5 });
    expect((await feedbackToAnswer(mz.departmentId!)).map((f) => f.id)).toContain(q.id);
    expect((await moderationQueue()).unanswered.map((f) => f.id)).toContain(q.id);

    await answerFeedback(q.id, "包含。重度残疾人可按单人户单独纳入低保。", mz);
    // The answer waits for moderation: the public still sees the question without it.
    expect((await listFeedback(entry.id, null)).find((f) => f.id === q.id)!.answer).toBeNull();
    expect((await listFeedback(entry.id, mz)).find((f) => f.id === q.id)!.answerStatus).toBe("pending");
    await moderateAnswer(q.id, "approved", staff);
    const answered = (await listFeedback(entry.id, null)).find((f) => f.id === q.id)!;
    expect(answered).toMatchObject({ answer: "包含。重度残疾人可按单人户单独纳入低保。", answerStatus: "approved", waitingDays: null, answererName: mz.displayName });
    expect((await feedbackToAnswer(mz.departmentId!)).map((f) => f.id)).not.toContain(q.id);

    // A rejected question never becomes public, even to other signed-in users.
    const spam = await submitFeedback(entry.id, { kind: "error_report", body: "广告广告广告广告" }, citizen);
    await moderateFeedback(spam.id, "rejected", "与内容无关", staff);
    expect((await listFeedback(entry.id, wj)).map((f) => f.id)).not.toContain(spam.id);
    expect((await domainError(answerFeedback(spam.id, "答复内容", mz))).code).toBe("conflict");
    // Staff may not approve an answer they wrote themselves.
    const q2 = await submitFeedback(entry.id, { kind: "error_report", body: "表格中农村低保户数与合计不符。" }, citizen);
    await moderateFeedback(q2.id, "approved", "", admin);
    await answerFeedback(q2.id, "已核对，数据无误。", staff);
    expect((await domainError(moderateAnswer(q2.id, "approved", staff))).code).toBe("forbidden");
    await moderateAnswer(q2.id, "approved", admin);
  });

  it("is not accepted on unpublished entries", async () => {
    const d = await createEntry(itemId, { title: "草稿", body: "", periodStart: "2026-08-01", periodEnd: "2026-08-31", occurredOn: null }, mz);
    expect((await domainError(submitFeedback(d.id, { kind: "question", body: "可以提问吗？？" }, citizen))).code).toBe("invalid");
    await discardEntry(d.id, mz);
    expect(await db.select().from(catalogueEntries).where(eq(catalogueEntries.id, d.id))).toHaveLength(0);
  });
});

describe("attachments", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it("store PDFs and images by content, refuse other types, keep names harmless and stay private until published", async () => {
    const d = await createEntry(itemId, { title: "附件测试", body: "", periodStart: "2026-07-01", periodEnd: "2026-07-31", occurredOn: null }, mz);
    const a = await addAttachment(d.id, { bytes: pdf, name: "../../etc/passwd/救助资金明细.pdf" }, mz);
    expect(a).toMatchObject({ fileName: "救助资金明细.pdf", mimeType: "application/pdf", size: pdf.length });
    expect(a.storedName).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.pdf$/);
    expect(existsSync(path.join(uploadsDir(), "uploads", a.storedName))).toBe(true);
    // The type comes from the bytes, not the name.
    const img = await addAttachment(d.id, { bytes: png, name: "photo.pdf" }, mz);
    expect(img).toMatchObject({ mimeType: "image/png", fileName: "photo.png" });
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.from("<html><script>alert(1)</script>"), name: "x.pdf" }, mz))).field).toBe("file");
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.from("MZ\x90\x00"), name: "setup.exe" }, mz))).field).toBe("file");
    expect((await domainError(addAttachment(d.id, { bytes: Buffer.alloc(0), name: "empty.pdf" }, mz))).field).toBe("file");
    const big = Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await domainError(addAttachment(d.id, { bytes: big, name: "big.pdf" }, mz))).message).toContain("10 MB");
    expect((await domainError(addAttachment(d.id, { bytes: pdf, name: "x.pdf" }, wj))).code).toBe("forbidden");
    // Private while a draft.
    expect(await getAttachmentFor(a.id, null)).toBeNull();
    expect(await getAttachmentFor(a.id, citizen)).toBeNull();
    expect((await getAttachmentFor(a.id, mz))!.id).toBe(a.id);
    await removeAttachment(img.id, mz);
    await submitEntry(d.id, mz);
    await approveEntry(d.id, staff);
    expect((await getAttachmentFor(a.id, null))!.storedName).toBe(a.storedName);
    // Attachments of a published entry stay.
    await expect(db.delete(catalogueAttachments).where(eq(catalogueAttachments.id, a.id))).rejects.toThrow();
  });
});

describe("generated entries (提案答复公开 hook)", () => {
  it("publishes one entry per source row, idempotently, and supersedes on update", async () => {
    const tian = (await getCatalogueBySlug("tian-weiyuanhui"))!;
    const [item] = await db.select().from(catalogueItems).where(and(eq(catalogueItems.catalogueId, tian.id), eq(catalogueItems.source, "proposal_replies")));
    const reply = { ref: "proposal_reply:1:v1", title: "关于加强社区养老服务的提案的答复", body: "答复正文", publishedAt: new Date("2026-11-01T02:00:00Z") };
    expect(await syncGeneratedEntries(item.id, [reply])).toBe(1);
    expect(await syncGeneratedEntries(item.id, [reply])).toBe(0);
    expect(await syncGeneratedEntries(item.id, [{ ...reply, ref: "proposal_reply:1:v2", body: "更新后的答复", replaces: "proposal_reply:1:v1" }])).toBe(1);
    const rows = await db.select().from(catalogueEntries).where(eq(catalogueEntries.itemId, item.id));
    expect(rows.map((r) => r.status).sort()).toEqual(["published", "superseded"]);
    // Entries already listed cost no transaction: one statement however many there are.
    const many = Array.from({ length: 40 }, (_, i) => ({ ...reply, ref: `proposal_reply:${100 + i}:v1` }));
    expect(await syncGeneratedEntries(item.id, many)).toBe(40);
    expect(await queriesOf(() => syncGeneratedEntries(item.id, many))).toBe(1);
    // People cannot add entries to a generated item.
    expect((await domainError(createEntry(item.id, { title: "手工", body: "", periodStart: null, periodEnd: null, occurredOn: null }, staff))).code).toBe("invalid");
  });
});
