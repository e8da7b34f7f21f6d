// Entries of disclosure items: draft → pending review → published, or sent
// back with a reason; a second person reviews (never the author or the
// submitter). A published entry is never edited: a correction is a new entry
// (revision n+1) that supersedes it when published, and the old one stays
// readable with the difference shown. Attachments are PDF or images on disk.
// Every change runs in one transaction with its event. Reads are in
// catalogue-entry-queries.server.ts.
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { db } from "../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogues, type CatalogueEntryStatus } from "../../db/catalogues.schema";
import { DomainError } from "../utils/errors";
import { cleanText } from "../utils/markdown.server";
import { storeUpload } from "../utils/uploads.server";
import { todayInBeijing } from "./calendar";
import { canAuthor, canReview, responsibilityOf, type Catalogue, type CatalogueItem, type Responsibility } from "./catalogues.server";
import { isPeriodic, isValidDay } from "./disclosure-schedule";
import { recordEvent } from "./events.server";
import type { AppUser } from "./users.server";

export type Entry = typeof catalogueEntries.$inferSelect;

export const MAX_ATTACHMENTS = 20;
export const PUBLIC_STATUSES: CatalogueEntryStatus[] = ["published", "superseded"];
export const EDITABLE: CatalogueEntryStatus[] = ["draft", "returned"];

export interface EntryInput {
  title: string;
  body: string;
  periodStart: string | null;
  periodEnd: string | null;
  occurredOn: string | null;
  correctionNote?: string | null;
}

interface EntryContext {
  entry: Entry;
  item: CatalogueItem;
  catalogue: Catalogue;
  responsibility: Responsibility;
}

export async function loadContext(t: DbOrTx, entryId: number, lock = false): Promise<EntryContext> {
  const query = t
    .select({ entry: catalogueEntries, item: catalogueItems, catalogue: catalogues })
    .from(catalogueEntries)
    .innerJoin(catalogueItems, eq(catalogueItems.id, catalogueEntries.itemId))
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(eq(catalogueEntries.id, entryId));
  const [row] = lock ? await query.for("update", { of: catalogueEntries }) : await query;
  if (!row) throw new DomainError("公开信息不存在", "not_found");
  return { ...row, responsibility: responsibilityOf(row.item, row.catalogue) };
}

async function loadItem(t: DbOrTx, itemId: number) {
  const [row] = await t
    .select({ item: catalogueItems, catalogue: catalogues })
    .from(catalogueItems)
    .innerJoin(catalogues, eq(catalogues.id, catalogueItems.catalogueId))
    .where(eq(catalogueItems.id, itemId));
  if (!row) throw new DomainError("公开事项不存在", "not_found");
  return { ...row, responsibility: responsibilityOf(row.item, row.catalogue) };
}

function requireAuthor(user: AppUser, r: Responsibility) {
  if (!canAuthor(user, r)) throw new DomainError("只有该事项的责任单位或信息公开工作人员可以编辑", "forbidden");
}

function validate(input: EntryInput, item: CatalogueItem): EntryInput {
  // Titles are plain text everywhere (pages, feeds, CSV): markup is removed.
  const title = cleanText(input.title).replace(/\s+/g, " ").trim();
  if (!title) throw new DomainError("请填写标题", "invalid", "title");
  if (title.length > 200) throw new DomainError("标题不能超过 200 个字符", "invalid", "title");
  const body = input.body.replace(/\r\n/g, "\n").trim();
  if (body.length > 100_000) throw new DomainError("正文不能超过 10 万字", "invalid", "body");
  for (const field of ["periodStart", "periodEnd", "occurredOn"] as const) {
    const v = input[field];
    if (v && !isValidDay(v)) throw new DomainError("日期格式应为 2026-03-31，且须是真实日期", "invalid", field);
  }
  const { periodStart, periodEnd, occurredOn } = input;
  if ((periodStart && !periodEnd) || (!periodStart && periodEnd)) {
    throw new DomainError("请同时填写所属期间的起止日期", "invalid", periodStart ? "periodEnd" : "periodStart");
  }
  if (periodStart && periodEnd && periodEnd < periodStart) throw new DomainError("结束日期不能早于开始日期", "invalid", "periodEnd");
  if (isPeriodic(item.frequency) && !periodStart) {
    throw new DomainError("按期公开的事项须填写所属期间", "invalid", "periodStart");
  }
  if (item.frequency === "event" && !occurredOn) {
    throw new DomainError("请填写事项发生（信息形成）日期", "invalid", "occurredOn");
  }
  if (occurredOn && occurredOn > todayInBeijing()) throw new DomainError("信息形成日期不能晚于今天", "invalid", "occurredOn");
  const correctionNote = input.correctionNote?.trim() || null;
  if (correctionNote && correctionNote.length > 1000) throw new DomainError("更正说明不能超过 1000 个字符", "invalid", "correctionNote");
  return { title, body, periodStart, periodEnd, occurredOn, correctionNote };
}

// ——— Workflow ———

export async function createEntry(itemId: number, input: EntryInput, user: AppUser) {
  return db.transaction(async (t) => {
    const { item, catalogue, responsibility } = await loadItem(t, itemId);
    requireAuthor(user, responsibility);
    if (item.source !== "manual") throw new DomainError("该事项的公开信息由系统自动生成，不能手工新建", "invalid");
    if (!item.active || !catalogue.active) throw new DomainError("该事项已停用", "invalid");
    const value = validate({ ...input, correctionNote: null }, item);
    const [row] = await t
      .insert(catalogueEntries)
      .values({ ...value, itemId, authorId: user.id, status: "draft" })
      .returning();
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_entry",
      subjectId: row.id,
      action: "catalogue_entry.created",
      toState: "draft",
      data: { itemId, title: row.title },
    });
    return row;
  });
}

export async function updateEntry(entryId: number, input: EntryInput & { version: number }, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, item, responsibility } = await loadContext(t, entryId, true);
    requireAuthor(user, responsibility);
    if (!EDITABLE.includes(entry.status)) throw new DomainError("只有草稿或被退回的信息可以修改；已发布的信息请发起更正", "conflict");
    const value = validate({ ...input, correctionNote: entry.previousId ? input.correctionNote : null }, item);
    const [row] = await t
      .update(catalogueEntries)
      .set({ ...value, version: sql`${catalogueEntries.version} + 1`, updatedAt: new Date() })
      .where(and(eq(catalogueEntries.id, entryId), eq(catalogueEntries.version, input.version)))
      .returning();
    if (!row) throw new DomainError("该信息已被他人修改，请查看最新内容后重新提交", "conflict");
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.updated", fromState: entry.status, toState: row.status });
    return row;
  });
}

export async function submitEntry(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, item, responsibility } = await loadContext(t, entryId, true);
    requireAuthor(user, responsibility);
    if (!EDITABLE.includes(entry.status)) throw new DomainError("该信息不是草稿，不能提交审核", "conflict");
    // Re-check what a reviewer will read (an item's rules may have changed since the draft).
    validate(entry, item);
    if (entry.previousId && !entry.correctionNote) throw new DomainError("请填写更正说明", "invalid", "correctionNote");
    const [row] = await t
      .update(catalogueEntries)
      .set({ status: "pending_review", submittedBy: user.id, submittedAt: new Date(), version: sql`${catalogueEntries.version} + 1`, updatedAt: new Date() })
      .where(eq(catalogueEntries.id, entryId))
      .returning();
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.submitted", fromState: entry.status, toState: "pending_review" });
    return row;
  });
}

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

/** Start correcting a published entry: a new draft (revision n+1) with the same content and attachments. */
export async function startCorrection(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, item, responsibility } = await loadContext(t, entryId, true);
    requireAuthor(user, responsibility);
    if (item.source !== "manual") throw new DomainError("自动生成的信息随来源更新，不能手工更正", "invalid");
    if (entry.status !== "published") throw new DomainError("只有当前发布的信息可以更正", "conflict");
    const [open] = await t.select().from(catalogueEntries).where(eq(catalogueEntries.previousId, entryId));
    if (open) return open;
    const [row] = await t
      .insert(catalogueEntries)
      .values({
        itemId: entry.itemId,
        previousId: entry.id,
        revision: entry.revision + 1,
        title: entry.title,
        body: entry.body,
        periodStart: entry.periodStart,
        periodEnd: entry.periodEnd,
        occurredOn: entry.occurredOn,
        status: "draft",
        authorId: user.id,
      })
      .returning();
    const files = await t.select().from(catalogueAttachments).where(eq(catalogueAttachments.entryId, entryId)).orderBy(asc(catalogueAttachments.id));
    if (files.length) {
      await t.insert(catalogueAttachments).values(
        files.map((f) => ({ entryId: row.id, fileName: f.fileName, storedName: f.storedName, mimeType: f.mimeType, size: f.size, sha256: f.sha256, uploadedBy: f.uploadedBy })),
      );
    }
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_entry",
      subjectId: row.id,
      action: "catalogue_entry.correction_started",
      toState: "draft",
      data: { corrects: entryId, revision: row.revision },
    });
    return row;
  });
}

/** Throw away a draft or returned entry that was never published. */
export async function discardEntry(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, responsibility } = await loadContext(t, entryId, true);
    requireAuthor(user, responsibility);
    if (!EDITABLE.includes(entry.status)) throw new DomainError("只有草稿或被退回的信息可以删除", "conflict");
    await t.delete(catalogueAttachments).where(eq(catalogueAttachments.entryId, entryId));
    await t.delete(catalogueEntries).where(eq(catalogueEntries.id, entryId));
    await recordEvent(t, {
      actorId: user.id,
      subjectType: "catalogue_entry",
      subjectId: entryId,
      action: "catalogue_entry.discarded",
      fromState: entry.status,
      toState: "discarded",
      data: { itemId: entry.itemId, title: entry.title },
    });
    return entry;
  });
}

// ——— Attachments ———

export async function addAttachment(entryId: number, file: { bytes: Uint8Array; name: string }, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, responsibility } = await loadContext(t, entryId, true);
    requireAuthor(user, responsibility);
    if (!EDITABLE.includes(entry.status)) throw new DomainError("只有草稿或被退回的信息可以添加附件", "conflict", "file");
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
    requireAuthor(user, responsibility);
    if (!EDITABLE.includes(entry.status)) throw new DomainError("已提交或已发布信息的附件不能删除", "conflict");
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
