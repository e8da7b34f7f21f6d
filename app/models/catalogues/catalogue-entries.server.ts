// Entries of disclosure items: an author drafts, edits, submits or discards
// an entry, and starts a correction of a published one (a new entry, revision
// n+1, that supersedes it when published). Review (publish or send back) is in
// catalogue-entry-review.server.ts, attachments in
// catalogue-entry-attachments.server.ts, reads in catalogue-entry-queries.server.ts.
// Every change runs in one transaction with its event.
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { catalogueAttachments, catalogueEntries, catalogueItems, catalogues } from "../../../db/catalogues.schema";
import { DomainError } from "../../utils/errors";
import { markdownProblem } from "../../utils/markdown-limits";
import { cleanText } from "../../utils/markdown.server";
import { todayInBeijing } from "../platform/calendar";
import { entryActors, responsibilityOf, type Catalogue, type CatalogueItem, type Responsibility } from "./catalogues.server";
import { ENTRY_RULES, type EntryAction } from "./catalogue-entry-rules";
import { assertAllowed, refusalOf, type Check } from "../platform/state-table";
import { isPeriodic, isValidDay } from "./disclosure-schedule";
import { recordEvent } from "../platform/events.server";
import type { AppUser } from "../directory/users.server";
import { updateVersioned } from "../platform/versioned.server";

export type Entry = typeof catalogueEntries.$inferSelect;


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

/**
 * Check an action on an entry (none yet: `create`) against the state table, in
 * the rule's order or only the given checks (when the caller interleaves its own).
 */
export function assertEntryAction(
  action: EntryAction,
  user: AppUser,
  ctx: { entry?: Pick<Entry, "status" | "authorId" | "submittedBy">; responsibility: Responsibility },
  checks?: readonly Check[],
) {
  assertAllowed(ENTRY_RULES[action], { state: ctx.entry?.status ?? "new", actors: entryActors(user, ctx.responsibility, ctx.entry) }, checks);
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

/**
 * Why this user may not start an entry under the item (null: they may): the
 * table's `create` rule, then the item's own conditions. createEntry throws it;
 * the item page offers the form when it is null.
 */
export function creationRefusal(
  user: AppUser | null,
  { item, catalogue, responsibility }: { item: CatalogueItem; catalogue: Pick<Catalogue, "active">; responsibility: Responsibility },
): DomainError | null {
  const refusal = refusalOf(ENTRY_RULES.create, { state: "new", actors: entryActors(user, responsibility) });
  if (refusal) return new DomainError(refusal.message, refusal.code);
  if (item.source !== "manual") return new DomainError("该事项的公开信息由系统自动生成，不能手工新建", "invalid");
  if (!item.active || !catalogue.active) return new DomainError("该事项已停用", "invalid");
  return null;
}

// ——— Workflow ———

export async function createEntry(itemId: number, input: EntryInput, user: AppUser) {
  return db.transaction(async (t) => {
    const found = await loadItem(t, itemId);
    const refused = creationRefusal(user, found);
    if (refused) throw refused;
    const { item } = found;
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
    assertEntryAction("edit", user, { entry, responsibility });
    const value = validate({ ...input, correctionNote: entry.previousId ? input.correctionNote : null }, item);
    const row = await updateVersioned(t, catalogueEntries, { id: entryId, expectedVersion: input.version, conflict: "该信息已被他人修改，请查看最新内容后重新提交" }, value);
    await recordEvent(t, { actorId: user.id, subjectType: "catalogue_entry", subjectId: entryId, action: "catalogue_entry.updated", fromState: entry.status, toState: row.status });
    return row;
  });
}

export async function submitEntry(entryId: number, user: AppUser) {
  return db.transaction(async (t) => {
    const { entry, item, responsibility } = await loadContext(t, entryId, true);
    assertEntryAction("submit", user, { entry, responsibility });
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
    assertEntryAction("correct", user, { entry, responsibility }, ["actor"]);
    if (item.source !== "manual") throw new DomainError("自动生成的信息随来源更新，不能手工更正", "invalid");
    assertEntryAction("correct", user, { entry, responsibility }, ["state"]);
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
    assertEntryAction("discard", user, { entry, responsibility });
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
