// Entries of disclosure items: an author drafts, edits, submits or discards
// an entry, and starts a correction of a published one (a new entry, revision
// n+1, that supersedes it when published). Review (publish or send back) is in
// catalogue-entry-review.server.ts, attachments in
// catalogue-entry-attachments.server.ts, reads in catalogue-entry-queries.server.ts.
// Every change runs in one transaction with its event.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogues, type CatalogueEntryStatus } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { markdownProblem } from "../../utils/markdown-limits";
import { cleanText } from "../../utils/markdown.server";
import { todayInBeijing } from "../platform/calendar";
import { canAuthor, responsibilityOf, type Catalogue, type CatalogueItem, type Responsibility } from "./catalogues.server";
import { isPeriodic, isValidDay } from "./disclosure-schedule";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";

export type Entry = typeof catalogueEntries.$inferSelect;

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

export interface EntryContext {
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

export function requireAuthor(user: AppUser, r: Responsibility) {
  if (!canAuthor(user, r)) throw new DomainError("只有该事项的责任单位或信息公开工作人员可以编辑", "forbidden");
}

function validate(input: EntryInput, item: CatalogueItem): EntryInput {
  // Titles are plain text everywhere (pages, feeds, CSV): markup is removed.
  const title = cleanText(input.title).replace(/\s+/g, " ").trim();
  if (!title) throw new DomainError("请填写标题", "invalid", "title");
  if (title.length > 200) throw new DomainError("标题不能超过 200 个字符", "invalid", "title");
  const body = input.body.replace(/\r\n/g, "\n").trim();
  if (body.length > 100_000) throw new DomainError("正文不能超过 10 万字", "invalid", "body");
  const problem = markdownProblem(body, 100_000);
  if (problem) throw new DomainError(problem, "invalid", "body");
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
    const row = await updateVersioned(t, catalogueEntries, { id: entryId, expectedVersion: input.version, conflict: "该信息已被他人修改，请查看最新内容后重新提交" }, value);
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
    const row = await updateVersioned(t, catalogueEntries, { id: entryId }, { status: "pending_review", submittedBy: user.id, submittedAt: new Date() });
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.submitted", fromState: entry.status, toState: "pending_review" });
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
